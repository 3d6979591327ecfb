// Turns a parsed operand into the literal values a field validates: lists are flattened (Jira
// accepts nested lists), EMPTY/NULL stay a marker, and functions are called.
import type { Operand } from './ast.ts';
import { callDateFunction, isDateFunction } from './dates.ts';
import { invalid, unsupported } from './errors.ts';

export type Literal =
  | { kind: 'value'; text: string; quoted: boolean }
  | { kind: 'empty' }
  /** `fn` is the function name as written, for "provided by the function '...'" messages. */
  | { kind: 'user'; accountId: string; fn: string }
  | { kind: 'date'; ms: number; fn: string };

export interface OperandEnv {
  currentAccountId: string;
  now: number;
}

/** Functions Jira has that the simulator does not evaluate; anything else is "Unable to find". */
const KNOWN_ELSEWHERE = new Set([
  'membersof', 'opensprints', 'closedsprints', 'futuresprints', 'issuehistory', 'watchedissues',
  'votedissues', 'linkedissues', 'updatedby', 'projectsleadbyuser', 'projectswhereuserhaspermission',
  'projectswhereuserhasrole', 'releasedversions', 'unreleasedversions', 'latestreleasedversion',
  'earliestunreleasedversion', 'componentsleadbyuser', 'standardissuetypes', 'subtaskissuetypes',
  'currentlogin', 'lastlogin', 'approved', 'approver', 'breached', 'myapproval', 'mypending',
]);

export function literals(operand: Operand, env: OperandEnv): Literal[] {
  switch (operand.kind) {
    case 'value': return [{ kind: 'value', text: operand.text, quoted: operand.quoted }];
    case 'empty': return [{ kind: 'empty' }];
    case 'list': return operand.items.flatMap((item) => literals(item, env));
    case 'function': return [callFunction(operand.name, operand.args, env)];
  }
}

function callFunction(name: string, args: string[], env: OperandEnv): Literal {
  const lower = name.toLowerCase();
  if (lower === 'currentuser') {
    if (args.length !== 0) throw invalid.argumentCount(name, 0, args.length);
    return { kind: 'user', accountId: env.currentAccountId, fn: name };
  }
  if (isDateFunction(lower)) return { kind: 'date', ms: callDateFunction(name, args, env.now), fn: name };
  if (KNOWN_ELSEWHERE.has(lower)) throw unsupported(`the function '${name}()'`);
  throw invalid.noFunction(name);
}

/** currentUser() and the date functions yield one value; Jira rejects them after IN / NOT IN.
 *  (Other functions, such as membersOf(), yield lists.) */
export function isSingleValueFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'currentuser' || isDateFunction(lower);
}

/** Jira's display form of an operand in operator-usage messages: strings quoted, numbers bare. */
export function display(operand: Operand): string {
  switch (operand.kind) {
    case 'value': return !operand.quoted && /^-?\d+$/.test(operand.text) ? operand.text : `"${operand.text}"`;
    case 'empty': return 'EMPTY';
    case 'function': return `${operand.name}(${operand.args.join(', ')})`;
    case 'list': return `(${operand.items.map(display).join(', ')})`;
  }
}
