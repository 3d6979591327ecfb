// What a form holds for each kind of field, before it becomes Jira's JSON. Text-like inputs hold
// strings ('' when empty); pickers hold ids or small references (null when empty); multi-value
// fields hold arrays. Rich text holds either an ADF document (as Jira returned it, or converted by
// the caller) or a Markdown string the caller's converter turns into ADF.
import type { UserRef as JiraUser } from '../views/user.ts';
import type { KindName } from './field-kind.ts';
import { isRecord } from './options.ts';

/** An Atlassian Document Format document: `{type:"doc", version:1, content:[…]}`. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}

/** A person: a Jira user as the worker sends it (lib/jira/issue-parts.ts), whose name and avatar
 *  may be missing when read back from an issue's JSON (from-issue.ts). */
export interface UserRef extends Pick<JiraUser, 'accountId'>, Partial<Omit<JiraUser, 'accountId'>> {}

export interface IssueRef {
  key: string;
  summary?: string;
}

export type FormValue = string | number | string[] | UserRef | IssueRef | AdfDoc | null;
export type FormValues = Record<string, FormValue | undefined>;

/** The value each kind's control works with (documentation for the UI; values are checked at runtime). */
export interface ValueOfKind {
  text: string;
  adf: AdfDoc | string | null;
  select: string | null;
  multiselect: string[];
  priority: string | null;
  user: UserRef | null;
  labels: string[];
  date: string;
  datetime: string;
  number: string | number;
  components: string[];
  versions: string[];
  parent: IssueRef | null;
}

export function isAdfDoc(value: unknown): value is AdfDoc {
  return isRecord(value) && value.type === 'doc' && Array.isArray(value.content);
}

const ARRAY_KINDS: ReadonlySet<KindName> = new Set(['multiselect', 'labels', 'components', 'versions']);
const STRING_KINDS: ReadonlySet<KindName> = new Set(['text', 'date', 'datetime', 'number']);

/** The value of an untouched, empty control of `kind`. */
export function emptyValue(kind: KindName): FormValue {
  if (ARRAY_KINDS.has(kind)) return [];
  if (STRING_KINDS.has(kind)) return '';
  return null;
}
