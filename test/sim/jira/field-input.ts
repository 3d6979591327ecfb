// Reads one field value from a create/edit/transition request and checks it the way Jira does,
// per field type (spec: createIssue/editIssue "contains invalid field values" → 400 with a message
// per field). Values are returned in the stored form described in types.ts (Issue.fields).
import type { FieldDef, IssueType, Project, SiteState, User } from '../types.ts';
import { isAdfDocument } from './adf.ts';
import { isRecord } from './context.ts';
import { isJiraDate } from './dates.ts';
import { ADF_REQUIRED } from './errors.ts';
import { findIssue } from './lookup.ts';

export interface FieldEnv {
  site: SiteState;
  project: Project;
  issueType: IssueType;
  users: readonly User[];
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

const ok = (value: unknown): Parsed => ({ ok: true, value });
const fail = (error: string): Parsed => ({ ok: false, error });

/** `{id}` or `{<nameKey>}` against a list of known `{id, <nameKey>}` records. */
function byIdOrName(input: unknown, known: readonly Record<string, unknown>[], nameKey: string): Record<string, unknown> | undefined {
  if (!isRecord(input)) return undefined;
  if (input.id !== undefined) return known.find((k) => String(k.id) === String(input.id));
  if (input[nameKey] !== undefined) return known.find((k) => k[nameKey] === input[nameKey]);
  return undefined;
}

function describe(input: unknown, nameKey: string): { kind: string; value: string } {
  if (isRecord(input) && input.id !== undefined) return { kind: 'id', value: String(input.id) };
  if (isRecord(input) && input[nameKey] !== undefined) return { kind: nameKey, value: String(input[nameKey]) };
  return { kind: 'id', value: String(JSON.stringify(input)) };
}

function parseArray(input: unknown, each: (item: unknown) => Parsed): Parsed {
  if (input === null) return ok([]);
  if (!Array.isArray(input)) return fail('data was not an array');
  const out: unknown[] = [];
  for (const item of input) {
    const r = each(item);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

function parseUser(env: FieldEnv, field: FieldDef, input: unknown): Parsed {
  if (input === null) return ok(null);
  // Jira Cloud takes `{accountId}`; the spec's own createIssue example sends `{id}`.
  const accountId = isRecord(input) ? (input.accountId ?? input.id) : undefined;
  if (typeof accountId !== 'string' || accountId === '') return fail(`Specify a valid value for ${field.id}`);
  if (field.id === 'assignee' && !env.project.assignableAccountIds.includes(accountId)) return fail(`User '${accountId}' cannot be assigned issues.`);
  if (!env.site.memberAccountIds.includes(accountId)) return fail(`The ${field.id} specified is not a user.`);
  return ok(accountId);
}

function parseOption(field: FieldDef, input: unknown): Parsed {
  if (!isRecord(input)) return fail(`Specify a valid 'id' or 'name' for ${field.name}`);
  const found = byIdOrName(input, field.allowedValues ?? [], 'value');
  if (found) return ok({ id: found.id, value: found.value });
  const d = describe(input, 'value');
  return fail(`Option ${d.kind} '${d.value}' is not valid`);
}

export function parseFieldValue(env: FieldEnv, field: FieldDef, input: unknown): Parsed {
  const { site, project } = env;
  switch (field.id) {
    case 'summary': {
      if (input === null || input === '') return ok(null);
      if (typeof input !== 'string') return fail('Operation value must be a string');
      if (/[\r\n]/.test(input)) return fail('The summary is invalid because it contains newline characters.');
      if (input.length > 255) return fail('Summary must be less than 255 characters.');
      return ok(input.trim() === '' ? null : input);
    }
    case 'priority': {
      if (input === null) return ok(null);
      const found = byIdOrName(input, site.priorities, 'name');
      return found ? ok({ id: found.id, name: found.name }) : fail('The priority selected is invalid.');
    }
    case 'labels':
      return parseArray(input, (label) => {
        if (typeof label !== 'string') return fail('data was not an array');
        if (/\s/.test(label)) return fail(`The label '${label}' contains spaces which is invalid.`);
        return ok(label);
      });
    case 'components':
      return parseArray(input, (item) => {
        const found = byIdOrName(item, project.components, 'name');
        const d = describe(item, 'name');
        return found ? ok({ id: found.id, name: found.name }) : fail(d.kind === 'id' ? `Component with id '${d.value}' does not exist.` : `Component name '${d.value}' is not valid`);
      });
    case 'fixVersions':
      return parseArray(input, (item) => {
        const found = byIdOrName(item, project.versions, 'name');
        const d = describe(item, 'name');
        return found ? ok({ id: found.id, name: found.name }) : fail(`Version ${d.kind} '${d.value}' is not valid`);
      });
    case 'parent': {
      if (input === null) return ok(null);
      const ref = isRecord(input) ? (input.key ?? input.id) : undefined;
      if (typeof ref !== 'string' && typeof ref !== 'number') return fail('data was not an object');
      const parent = findIssue(site, String(ref));
      return parent ? ok(parent.key) : fail('Could not find issue by id or key.');
    }
    case 'resolution': {
      if (input === null) return ok(null);
      const found = byIdOrName(input, field.allowedValues ?? [], 'name');
      return found ? ok({ id: found.id, name: found.name }) : fail('The resolution selected is invalid.');
    }
  }
  const { type, items, custom } = field.schema;
  if (type === 'user') return parseUser(env, field, input);
  if (type === 'option') return input === null ? ok(null) : parseOption(field, input);
  if (type === 'array' && items === 'option') return parseArray(input, (item) => parseOption(field, item));
  if (type === 'number') return input === null || (typeof input === 'number' && Number.isFinite(input)) ? ok(input) : fail('Operation value must be a number');
  if (type === 'date') return input === null || (typeof input === 'string' && isJiraDate(input)) ? ok(input) : fail(`Error parsing date string: ${String(input)}`);
  if (type === 'string' && (field.id === 'description' || custom?.endsWith(':textarea'))) {
    return input === null || isAdfDocument(input) ? ok(input) : fail(ADF_REQUIRED);
  }
  if (type === 'string') {
    if (input === null) return ok(null);
    if (typeof input !== 'string') return fail('Operation value must be a string');
    return input.length > 255 ? fail('The entered text is too long. It exceeds the allowed limit of 255 characters.') : ok(input === '' ? null : input);
  }
  return fail(`Field '${field.id}' cannot be set. It is not on the appropriate screen, or unknown.`);
}
