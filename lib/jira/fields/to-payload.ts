// Form values → the `fields` object of createIssue (POST /rest/api/3/issue) or editIssue
// (PUT /rest/api/3/issue/{key}), plus a message per field the form must fix first.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#editing-issues
// Create leaves empty fields out, so Jira applies its defaults (priority, default assignee, …).
// Edit sends only the fields whose value changed, and sends an emptied field as null (or [] for
// multi-value fields): resending unchanged values would overwrite edits made meanwhile by others
// and, for rich text, could replace Jira's document with a lossy round trip through Markdown.
import { encodeValue } from './encode-value.ts';
import type { EncodeOptions, Encoded } from './encode-value.ts';
import type { FormField, FormPlan } from './form-plan.ts';
import type { FormValues } from './form-value.ts';
import { required } from './messages.ts';
import type { FieldError } from './messages.ts';
import { sameJson } from './same-json.ts';

export interface PayloadOptions extends EncodeOptions {
  mode: 'create' | 'edit';
  /**
   * Edit: the values the form started from (valuesFromIssue(), with rich text possibly shown as
   * Markdown). Both sides are encoded the same way before comparing, so unchanged Markdown is
   * not resent. Without it, edit sends every field present in `values`.
   */
  original?: FormValues;
}

export interface Payload {
  fields: Record<string, unknown>;
  errors: Record<string, FieldError>;
}

const MULTI = new Set(['multiselect', 'labels', 'components', 'versions']);

/** What an edit sends to empty the field. */
function cleared(field: FormField): unknown {
  return MULTI.has(field.kind.kind) ? [] : null;
}

function wire(field: FormField, encoded: Encoded & { ok: true }): unknown {
  return encoded.empty ? cleared(field) : encoded.json;
}

function unchanged(field: FormField, now: unknown, opts: PayloadOptions): boolean {
  if (opts.original === undefined) return false;
  const before = encodeValue(field, opts.original[field.fieldId], opts);
  return before.ok && sameJson(wire(field, before), now);
}

export function toPayload(plan: FormPlan, values: FormValues, opts: PayloadOptions): Payload {
  const fields: Record<string, unknown> = {};
  const errors: Record<string, FieldError> = {};
  const edit = opts.mode === 'edit';
  for (const field of plan.fields) {
    const value = values[field.fieldId];
    // Edit: a field the form does not hold a value for is left as it is.
    if (edit && value === undefined) continue;
    const encoded = encodeValue(field, value, opts);
    if (!encoded.ok) {
      errors[field.fieldId] = encoded.error;
      continue;
    }
    const out = wire(field, encoded);
    if (edit && unchanged(field, out, opts)) continue;
    if (encoded.empty) {
      // Create: Jira fills a required field that has a default when it is left out.
      const jiraFills = !edit && field.hasDefaultValue;
      if (field.required && !jiraFills) errors[field.fieldId] = required(field.fieldId, field.name);
      if (!edit || field.required) continue;
    }
    fields[field.fieldId] = out;
  }
  return { fields, errors };
}
