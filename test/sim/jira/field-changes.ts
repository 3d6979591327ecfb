// Turns the `fields` and `update` parts of a create, edit or transition request into new field
// values (spec: IssueUpdateDetails). `fields` sets values; `update` applies operations (set, add,
// remove) that each field's metadata lists in `operations`. Fields that are not on the screen are
// refused with Jira's "cannot be set" message; invalid values get a message per field.
import { isAdfDocument } from './adf.ts';
import { isRecord } from './context.ts';
import { ADF_REQUIRED, notOnScreen } from './errors.ts';
import { parseFieldValue } from './field-input.ts';
import type { FieldEnv } from './field-input.ts';
import { fieldById } from './lookup.ts';

export interface Changes {
  values: Record<string, unknown>;
  errors: Record<string, string>;
  /** ADF bodies of comments added with `update.comment[].add`. */
  comments: unknown[];
}

export interface ChangeOptions {
  /** Field ids the screen offers. */
  allowed: Set<string>;
  /** The current values (edit/transition) or {} (create). */
  current: Record<string, unknown>;
  /** Whether `update.comment` may add a comment (edit and transitions, not create). */
  allowComment: boolean;
}

function sameElement(a: unknown, b: unknown): boolean {
  if (isRecord(a) && isRecord(b)) {
    if (a.id !== undefined && b.id !== undefined) return String(a.id) === String(b.id);
    return (a.name ?? a.value) !== undefined && (a.name ?? a.value) === (b.name ?? b.value);
  }
  return a === b;
}

function applyOps(env: FieldEnv, fieldId: string, ops: unknown, start: unknown, changes: Changes): unknown {
  const field = fieldById(env.site, fieldId);
  if (!field || !Array.isArray(ops)) {
    changes.errors[fieldId] = notOnScreen(fieldId);
    return start;
  }
  let value = start;
  for (const op of ops) {
    const entry = isRecord(op) ? Object.entries(op)[0] : undefined;
    if (!entry || !field.operations.includes(entry[0])) {
      changes.errors[fieldId] = `Field '${fieldId}' does not support operation '${entry?.[0] ?? String(op)}'`;
      return start;
    }
    const [name, operand] = entry;
    if (name === 'set') {
      const r = parseFieldValue(env, field, operand);
      if (!r.ok) { changes.errors[fieldId] = r.error; return start; }
      value = r.value;
      continue;
    }
    // add / remove work on one element of a multi-value field.
    const r = parseFieldValue(env, field, [operand]);
    const list = Array.isArray(value) ? [...value] : [];
    if (name === 'remove') {
      value = list.filter((v) => !sameElement(v, operand));
    } else if (!r.ok) {
      changes.errors[fieldId] = r.error;
      return start;
    } else {
      const element = (r.value as unknown[])[0];
      value = list.some((v) => sameElement(v, element)) ? list : [...list, element];
    }
  }
  return value;
}

function addComments(ops: unknown, changes: Changes): void {
  for (const op of Array.isArray(ops) ? ops : [ops]) {
    const body = isRecord(op) && isRecord(op.add) ? op.add.body : undefined;
    if (isAdfDocument(body)) changes.comments.push(body);
    else changes.errors.comment = ADF_REQUIRED;
  }
}

export function collectChanges(env: FieldEnv, fields: Record<string, unknown>, update: Record<string, unknown>, options: ChangeOptions): Changes {
  const changes: Changes = { values: {}, errors: {}, comments: [] };
  for (const [fieldId, input] of Object.entries(fields)) {
    const field = fieldById(env.site, fieldId);
    if (!field || !options.allowed.has(fieldId)) {
      changes.errors[fieldId] = notOnScreen(fieldId);
      continue;
    }
    const r = parseFieldValue(env, field, input);
    if (r.ok) changes.values[fieldId] = r.value;
    else changes.errors[fieldId] = r.error;
  }
  for (const [fieldId, ops] of Object.entries(update)) {
    if (fieldId === 'comment' && options.allowComment) {
      addComments(ops, changes);
      continue;
    }
    if (!options.allowed.has(fieldId)) {
      changes.errors[fieldId] = notOnScreen(fieldId);
      continue;
    }
    const start = fieldId in changes.values ? changes.values[fieldId] : options.current[fieldId];
    const value = applyOps(env, fieldId, ops, start ?? null, changes);
    if (!(fieldId in changes.errors)) changes.values[fieldId] = value;
  }
  return changes;
}

/** Whether a stored value counts as empty for a required field. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** `{fields, update}` from a request body, each defaulting to {}; a message when they are not objects. */
export function readFieldsAndUpdate(body: unknown): { fields: Record<string, unknown>; update: Record<string, unknown> } | string {
  if (!isRecord(body)) return 'No content to map to Object due to end of input';
  const fields = body.fields ?? {};
  const update = body.update ?? {};
  if (!isRecord(fields) || !isRecord(update)) return 'Can not deserialize instance of the request body';
  return { fields, update };
}
