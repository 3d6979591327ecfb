// Recursive-descent JQL parser. Precedence follows Atlassian's "Jira Cloud JQL: Understanding
// Query Order of Operations" (support.atlassian.com/jira/kb/jira-cloud-jql-order-of-operations):
// parentheses, then comparisons, then NOT, then AND, then OR. Keywords are case-insensitive and
// JQL also spells AND/OR/NOT as &&, &, ||, | and ! (JQL keywords reference).
// Error texts and positions imitate Jira's parser tests; see errors.ts.
import type { Clause, Op, Operand, Query, SortKey } from './ast.ts';
import { syntax, unsupported } from './errors.ts';
import { type Token, tokenize } from './tokenize.ts';

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc']);
const COMPARISON: ReadonlySet<string> = new Set(['=', '!=', '<', '>', '<=', '>=', '~', '!~']);
/** History operators exist in Jira but the simulator keeps no change history. */
const HISTORY = new Set(['was', 'changed']);

export function parseJql(jql: string): Query {
  return new Parser(tokenize(jql)).query();
}

class Parser {
  private i = 0;
  private readonly tokens: Token[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  query(): Query {
    let where: Clause | null = null;
    if (!this.atEnd() && !this.isWord('order')) {
      where = this.or();
      if (!this.atEnd() && !this.isWord('order')) throw this.unexpected("either 'OR' or 'AND'");
    }
    const orderBy = this.isWord('order') ? this.orderBy() : null;
    return { where, orderBy };
  }

  private or(): Clause {
    const clauses = [this.and()];
    while (this.isWord('or') || this.isSymbol('|', '||')) { this.next(); clauses.push(this.and()); }
    return clauses.length === 1 ? clauses[0] as Clause : { kind: 'or', clauses };
  }

  private and(): Clause {
    const clauses = [this.not()];
    while (this.isWord('and') || this.isSymbol('&', '&&')) { this.next(); clauses.push(this.not()); }
    return clauses.length === 1 ? clauses[0] as Clause : { kind: 'and', clauses };
  }

  private not(): Clause {
    if (this.isWord('not') || this.isSymbol('!')) { this.next(); return { kind: 'not', clause: this.not() }; }
    if (this.isSymbol('(')) {
      this.next();
      const inner = this.or();
      if (!this.isSymbol(')')) throw this.atEnd() ? syntax.expecting("')'", null) : this.unexpected("either 'OR' or 'AND'");
      this.next();
      return inner;
    }
    return this.terminal();
  }

  private terminal(): Clause {
    const field = this.peek();
    this.fieldName(field);
    this.next();
    const op = this.operator();
    return { kind: 'terminal', field: field.text, op, operand: this.operand(), pos: field.pos };
  }

  private fieldName(t: Token): void {
    if (t.kind === 'eof') throw syntax.expectingField(null);
    if (t.kind === 'string' && t.text === '') throw syntax.emptyFieldName(t.pos);
    if (t.kind === 'symbol' || (t.kind === 'word' && KEYWORDS.has(t.text.toLowerCase()))) throw syntax.expectingField(t.raw, t.pos);
  }

  private operator(): Op {
    const t = this.next();
    if (t.kind === 'symbol' && COMPARISON.has(t.text)) return t.text as Op;
    const word = t.kind === 'word' ? t.text.toLowerCase() : '';
    if (word === 'in') return 'in';
    if (word === 'not') {
      if (!this.isWord('in')) throw this.unexpected("'IN'");
      this.next();
      return 'not in';
    }
    if (word === 'is') {
      if (this.isWord('not')) { this.next(); return 'is not'; }
      if (this.peek().kind === 'symbol') throw this.unexpected("'NOT'");
      return 'is';
    }
    if (HISTORY.has(word)) throw unsupported(`the '${word.toUpperCase()}' operator (no change history is kept)`);
    throw t.kind === 'eof' ? syntax.expectingOperator(null) : syntax.expectingOperator(t.raw, t.pos);
  }

  private operand(): Operand {
    const t = this.peek();
    if (this.isSymbol('(')) return this.list();
    if (t.kind === 'eof') throw syntax.expectingOperand(null);
    if (t.kind === 'symbol') throw syntax.expectingOperand(t.raw, t.pos);
    const lower = t.text.toLowerCase();
    if (t.kind === 'word' && (lower === 'empty' || lower === 'null')) { this.next(); return { kind: 'empty', pos: t.pos }; }
    if (t.kind === 'word' && KEYWORDS.has(lower)) throw syntax.expectingOperand(t.raw, t.pos);
    this.next();
    if (this.isSymbol('(')) return this.functionCall(t);
    return { kind: 'value', text: t.text, quoted: t.kind === 'string', pos: t.pos };
  }

  private list(): Operand {
    const pos = this.next().pos;
    const items: Operand[] = [];
    for (;;) {
      items.push(this.operand());
      if (this.isSymbol(',')) { this.next(); continue; }
      if (this.isSymbol(')')) { this.next(); return { kind: 'list', items, pos }; }
      throw this.unexpected("')'");
    }
  }

  private functionCall(name: Token): Operand {
    if (name.text === '') throw syntax.emptyFunctionName(name.pos);
    this.next();
    const args: string[] = [];
    if (this.isSymbol(')')) { this.next(); return { kind: 'function', name: name.text, args, pos: name.pos }; }
    if (!this.isArgument()) throw this.unexpected("')'");
    args.push(this.next().text);
    for (;;) {
      if (this.isSymbol(')')) { this.next(); return { kind: 'function', name: name.text, args, pos: name.pos }; }
      if (!this.isSymbol(',')) throw this.unexpected("')' or ','");
      this.next();
      const t = this.peek();
      if (t.kind === 'eof') throw syntax.expectingArgument(null);
      if (this.isSymbol(')')) throw syntax.missingArgument(t.pos);
      if (!this.isArgument()) throw syntax.expectingArgument(t.raw, t.pos);
      args.push(this.next().text);
    }
  }

  private orderBy(): SortKey[] {
    this.next();
    if (!this.isWord('by')) throw this.unexpected("'by'");
    this.next();
    const keys: SortKey[] = [];
    for (;;) {
      const field = this.peek();
      this.fieldName(field);
      this.next();
      let direction: SortKey['direction'] = null;
      if (this.isWord('asc') || this.isWord('desc')) direction = this.next().text.toLowerCase() as 'asc' | 'desc';
      keys.push({ field: field.text, direction });
      if (this.atEnd()) return keys;
      if (!this.isSymbol(',')) throw this.unexpected(direction === null ? "either 'ASC' or 'DESC'" : "','");
      this.next();
    }
  }

  private unexpected(what: string): Error {
    const t = this.peek();
    return t.kind === 'eof' ? syntax.expecting(what, null) : syntax.expecting(what, t.raw, t.pos);
  }

  private isArgument(): boolean {
    const t = this.peek();
    return t.kind === 'string' || t.kind === 'word';
  }

  private peek(): Token {
    return this.tokens[this.i] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  private atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text.toLowerCase() === word;
  }

  private isSymbol(...symbols: string[]): boolean {
    const t = this.peek();
    return t.kind === 'symbol' && symbols.includes(t.text);
  }
}

