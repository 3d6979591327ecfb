// Builds the issue predicate of a where clause.
// NOT is pushed down to the terminal clauses (De Morgan), flipping each operator: Jira documents
// that "typing field != value is the same as typing NOT field = value" and that "!=" (like NOT IN,
// and !~) "will not match a field that has no value" (JQL operators reference,
// support.atlassian.com/jira-software-cloud/docs/jql-operators/). So a negated clause never
// matches an issue whose field is EMPTY, exactly as with the negative operators.
import type { Clause, Op } from './ast.ts';
import { invalid } from './errors.ts';
import { type FieldSpec, lookupField, type SetField, type TextField, type ValueLiteral } from './fields.ts';
import { display, isSingleValueFunction, type Literal, literals, type OperandEnv } from './operands.ts';
import { compileTextQuery } from './text.ts';
import type { Issue, SiteState } from '../types.ts';

export type Predicate = (issue: Issue) => boolean;

const FLIP: Record<Op, Op> = {
  '=': '!=', '!=': '=', in: 'not in', 'not in': 'in', is: 'is not', 'is not': 'is',
  '~': '!~', '!~': '~', '<': '>=', '>=': '<', '>': '<=', '<=': '>',
};
const RELATIONAL: ReadonlySet<Op> = new Set(['<', '>', '<=', '>=']);

export function compileWhere(clause: Clause, fields: Map<string, FieldSpec>, site: SiteState, env: OperandEnv): Predicate {
  const compile = (c: Clause, negated: boolean): Predicate => {
    if (c.kind === 'not') return compile(c.clause, !negated);
    if (c.kind === 'terminal') return terminal(c, negated);
    const parts = c.clauses.map((child) => compile(child, negated));
    return (c.kind === 'and') !== negated ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
  };

  const terminal = (c: Extract<Clause, { kind: 'terminal' }>, negated: boolean): Predicate => {
    checkUsage(c);
    const spec = lookupField(fields, site, c.field);
    if (!spec.ops.includes(c.op)) throw invalid.operator(c.op, c.field);
    const lits = literals(c.operand, env);
    if (!spec.empty && lits.some((l) => l.kind === 'empty')) throw invalid.emptyNotSupported(c.field);
    const op = negated ? FLIP[c.op] : c.op;
    return spec.type === 'text' ? textClause(spec, c.field, op, lits) : setClause(spec, c.field, op, lits);
  };

  return compile(clause, false);
}

/** Jira's operator-usage checks, made before the field's own validation. */
function checkUsage(c: Extract<Clause, { kind: 'terminal' }>): void {
  const { op, operand, field } = c;
  if (op === 'is' || op === 'is not') {
    if (operand.kind !== 'empty') throw invalid.nonEmptyOperand(op, field);
  } else if (op === 'in' || op === 'not in') {
    if (operand.kind === 'empty') throw invalid.emptyOperand(op, field);
    const single = operand.kind === 'value' || (operand.kind === 'function' && isSingleValueFunction(operand.name));
    if (single) throw invalid.nonListValue(op, display(operand), field);
  } else if (operand.kind === 'list') {
    throw invalid.listValue(op, display(operand), field);
  } else if (operand.kind === 'empty' && RELATIONAL.has(op)) {
    throw invalid.emptyOperand(op, field);
  }
}

function setClause(spec: SetField, field: string, op: Op, lits: Literal[]): Predicate {
  const wanted = new Set<string>();
  let wantsEmpty = false;
  for (const lit of lits) {
    if (lit.kind === 'empty') wantsEmpty = true;
    else for (const v of spec.resolve(lit as ValueLiteral, field)) wanted.add(v);
  }
  const hasWanted = (vals: string[]) => vals.some((v) => wanted.has(v));
  switch (op) {
    case '=': case 'in': return (i) => { const v = spec.read(i); return (wantsEmpty && v.length === 0) || hasWanted(v); };
    case '!=': case 'not in': return (i) => { const v = spec.read(i); return v.length > 0 && !hasWanted(v); };
    case 'is': return (i) => spec.read(i).length === 0;
    case 'is not': return (i) => spec.read(i).length > 0;
    default: {
      const target = [...wanted][0] as string;
      const compare = spec.compare as NonNullable<SetField['compare']>;
      const test = { '<': (n: number) => n < 0, '<=': (n: number) => n <= 0, '>': (n: number) => n > 0, '>=': (n: number) => n >= 0 }[op as '<'];
      return (i) => spec.read(i).some((v) => { const n = compare(v, target); return n !== null && test(n); });
    }
  }
}

function textClause(spec: TextField, field: string, op: Op, lits: Literal[]): Predicate {
  const lit = lits[0];
  const present = (i: Issue) => spec.read(i).trim() !== '';
  if (op === 'is' || (lit?.kind === 'empty' && op === '~')) return (i) => !present(i);
  if (op === 'is not' || (lit?.kind === 'empty' && op === '!~')) return present;
  if (!lit || lit.kind !== 'value') throw invalid.noValueFromFunction(lit && 'fn' in lit ? lit.fn : '', field);
  const match = compileTextQuery(lit.text, field);
  return op === '~' ? (i) => present(i) && match(spec.read(i)) : (i) => present(i) && !match(spec.read(i));
}
