// One form value → the JSON Jira takes for that field in `fields` of createIssue/editIssue,
// per kind ("Editing issues": https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#editing-issues;
// input shapes per field type: https://developer.atlassian.com/server/jira/platform/jira-rest-api-examples/).
// Fixed-value fields are sent by `{id}`: ids survive renamed options, names do not.
import { isBlankAdf, plainTextToAdf } from './adf-text.ts';
import { isJiraDate, toJiraDateTime } from './dates.ts';
import type { FormField } from './form-plan.ts';
import { isAdfDoc } from './form-value.ts';
import * as msg from './messages.ts';
import type { FieldError } from './messages.ts';
import { idOf, isRecord } from './options.ts';

export type Encoded = { ok: true; empty: true } | { ok: true; empty: false; json: unknown } | { ok: false; error: FieldError };

export interface EncodeOptions {
  /** Turns Markdown typed in a rich-text field into ADF; without it text becomes plain paragraphs. */
  markdownToAdf?: ((markdown: string) => unknown) | undefined;
}

const EMPTY: Encoded = { ok: true, empty: true };
const json = (value: unknown): Encoded => ({ ok: true, empty: false, json: value });
const fail = (error: FieldError): Encoded => ({ ok: false, error });
const LABEL_MAX = 255;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function text(field: FormField, value: unknown, max: number | undefined): Encoded {
  if (typeof value !== 'string') return fail(msg.badValue(field.name));
  // A single-line field: pasted line breaks become spaces (Jira refuses them in a summary).
  const line = value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (line === '') return EMPTY;
  return max !== undefined && line.length > max ? fail(msg.textTooLong(field.fieldId, max)) : json(line);
}

function adf(field: FormField, value: unknown, opts: EncodeOptions): Encoded {
  if (typeof value === 'string') {
    if (value.trim() === '') return EMPTY;
    return json(opts.markdownToAdf ? opts.markdownToAdf(value) : plainTextToAdf(value));
  }
  if (isAdfDoc(value)) return isBlankAdf(value) ? EMPTY : json(value);
  return fail(msg.badValue(field.name));
}

function ref(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : idOf(value);
}

function single(field: FormField, value: unknown): Encoded {
  const id = ref(value);
  if (id === undefined) return fail(msg.badValue(field.name));
  return id === '' ? EMPTY : json({ id });
}

function multi(field: FormField, value: unknown): Encoded {
  if (!Array.isArray(value)) return fail(msg.badValue(field.name));
  const ids = value.map(ref);
  if (ids.some((id) => id === undefined)) return fail(msg.badValue(field.name));
  const unique = [...new Set(ids as string[])].filter((id) => id !== '');
  return unique.length === 0 ? EMPTY : json(unique.map((id) => ({ id })));
}

function user(field: FormField, value: unknown): Encoded {
  const accountId = typeof value === 'string' ? value : isRecord(value) ? value.accountId : undefined;
  if (typeof accountId !== 'string') return fail(msg.badValue(field.name));
  return accountId.trim() === '' ? EMPTY : json({ accountId: accountId.trim() });
}

function labels(field: FormField, value: unknown): Encoded {
  if (!Array.isArray(value) || !value.every((l) => typeof l === 'string')) return fail(msg.badValue(field.name));
  const list = [...new Set((value as string[]).map((l) => l.trim()).filter((l) => l !== ''))];
  const spaced = list.find((l) => /\s/.test(l));
  if (spaced !== undefined) return fail(msg.labelWithSpaces(spaced));
  const long = list.find((l) => l.length > LABEL_MAX);
  if (long !== undefined) return fail(msg.labelTooLong(long, LABEL_MAX));
  return list.length === 0 ? EMPTY : json(list);
}

function dateLike(field: FormField, value: unknown, withTime: boolean): Encoded {
  if (typeof value !== 'string') return fail(msg.badValue(field.name));
  const s = value.trim();
  if (s === '') return EMPTY;
  if (!withTime) return isJiraDate(s) ? json(s) : fail(msg.invalidDate(field.name));
  const out = toJiraDateTime(s);
  return out === undefined ? fail(msg.invalidDateTime(field.name)) : json(out);
}

function number(field: FormField, value: unknown): Encoded {
  if (typeof value === 'number') return Number.isFinite(value) ? json(value) : fail(msg.invalidNumber(field.name));
  if (typeof value !== 'string') return fail(msg.badValue(field.name));
  const s = value.trim();
  if (s === '') return EMPTY;
  const n = Number(s);
  return NUMBER.test(s) && Number.isFinite(n) ? json(n) : fail(msg.invalidNumber(field.name));
}

function parent(field: FormField, value: unknown): Encoded {
  const key = typeof value === 'string' ? value : isRecord(value) ? value.key : undefined;
  if (typeof key !== 'string') return fail(msg.badValue(field.name));
  return key.trim() === '' ? EMPTY : json({ key: key.trim().toUpperCase() });
}

/** `null` and `undefined` are an empty control of any kind. */
export function encodeValue(field: FormField, value: unknown, opts: EncodeOptions = {}): Encoded {
  if (value === null || value === undefined) return EMPTY;
  const k = field.kind;
  switch (k.kind) {
    case 'text': return text(field, value, k.maxLength);
    case 'adf': return adf(field, value, opts);
    case 'select':
    case 'priority': return single(field, value);
    case 'multiselect':
    case 'components':
    case 'versions': return multi(field, value);
    case 'user': return user(field, value);
    case 'labels': return labels(field, value);
    case 'date': return dateLike(field, value, false);
    case 'datetime': return dateLike(field, value, true);
    case 'number': return number(field, value);
    case 'parent': return parent(field, value);
  }
}
