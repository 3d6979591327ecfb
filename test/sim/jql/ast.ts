// The parsed shape of a JQL query: a where clause tree and an optional ORDER BY list.

/** 1-based, as Jira reports positions: "(line 1, character 14)". */
export interface Pos {
  line: number;
  character: number;
}

export type Op = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand =
  /** `quoted` matters: Jira reads an unquoted number as a number (an id first), a quoted one as a name. */
  | { kind: 'value'; text: string; quoted: boolean; pos: Pos }
  | { kind: 'empty'; pos: Pos }
  | { kind: 'function'; name: string; args: string[]; pos: Pos }
  | { kind: 'list'; items: Operand[]; pos: Pos };

export type Clause =
  | { kind: 'terminal'; field: string; op: Op; operand: Operand; pos: Pos }
  | { kind: 'and' | 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause };

export interface SortKey {
  field: string;
  /** null: the field's own default direction. */
  direction: 'asc' | 'desc' | null;
}

export interface Query {
  where: Clause | null;
  /** null when the query has no ORDER BY at all. */
  orderBy: SortKey[] | null;
}
