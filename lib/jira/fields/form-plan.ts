// Which fields a quick create/edit form shows, in what order, and which required fields it cannot
// fill (blockers: the UI then offers to finish in Jira). Quick means short: summary and
// description lead, then the screen's other required fields, then the few optional fields people
// set most; any other optional field only when the caller asks for it by id.
// Metadata: createmeta (create) and editmeta (edit), see field-meta.ts.
import { fieldKind } from './field-kind.ts';
import type { FieldKind } from './field-kind.ts';
import type { FieldMeta } from './field-meta.ts';

export type SupportedKind = Exclude<FieldKind, { kind: 'hidden' | 'unsupported' }>;

export interface FormField {
  fieldId: string;
  name: string;
  required: boolean;
  kind: SupportedKind;
  /** Jira fills the field itself when it is left out of a create request. */
  hasDefaultValue: boolean;
  /** The default in Jira's JSON shape (e.g. priority `{id, name}`); see initialValues(). */
  defaultValue?: unknown;
  autoCompleteUrl?: string;
}

export interface Blocker {
  fieldId: string;
  name: string;
  /** The schema type behind the field, for diagnostics. */
  type: string;
}

export interface FormPlan {
  fields: FormField[];
  /** Required fields this form cannot fill: creating here would fail. */
  blockers: Blocker[];
  /** Optional fields the form could show if asked (`includeOptional`). */
  more: { fieldId: string; name: string }[];
}

export interface PlanOptions {
  mode: 'create' | 'edit';
  /** Ids of optional fields to show besides the usual ones. */
  includeOptional?: readonly string[];
}

/** The usual fields, in form order; anything else follows in metadata order. */
const USUAL = ['summary', 'description', 'priority', 'assignee', 'labels', 'components', 'duedate', 'parent'];

function rank(fieldId: string): number {
  const i = USUAL.indexOf(fieldId);
  return i === -1 ? USUAL.length : i;
}

function formField(meta: FieldMeta, kind: SupportedKind): FormField {
  const field: FormField = { fieldId: meta.fieldId, name: meta.name, required: meta.required, kind, hasDefaultValue: meta.hasDefaultValue === true };
  if (meta.defaultValue !== undefined) field.defaultValue = meta.defaultValue;
  if (meta.autoCompleteUrl !== undefined) field.autoCompleteUrl = meta.autoCompleteUrl;
  return field;
}

/** Edit may only send fields whose edit metadata offers `set` (`fields` in the request means set). */
function usable(meta: FieldMeta, mode: PlanOptions['mode']): boolean {
  return mode === 'create' || (meta.operations ?? []).includes('set');
}

export function planForm(metas: readonly FieldMeta[], opts: PlanOptions): FormPlan {
  const include = new Set(opts.includeOptional ?? []);
  const chosen: FormField[] = [];
  const blockers: Blocker[] = [];
  const more: FormPlan['more'] = [];
  for (const meta of metas) {
    if (!usable(meta, opts.mode)) continue;
    const kind = fieldKind(meta);
    if (kind.kind === 'hidden') continue;
    if (kind.kind === 'unsupported') {
      // An edit sends only what changed, so a required field it cannot show keeps its value; a
      // create omitting it fails unless Jira has a default to put there.
      if (meta.required && opts.mode === 'create' && meta.hasDefaultValue !== true) {
        blockers.push({ fieldId: meta.fieldId, name: meta.name, type: kind.type });
      }
      continue;
    }
    if (meta.required || rank(meta.fieldId) < USUAL.length || include.has(meta.fieldId)) chosen.push(formField(meta, kind));
    else more.push({ fieldId: meta.fieldId, name: meta.name });
  }
  return { fields: order(chosen), blockers, more };
}

/** Summary and description first, other required fields next, then optional ones. */
function order(fields: FormField[]): FormField[] {
  const group = (f: FormField): number => (rank(f.fieldId) < 2 ? 0 : f.required ? 1 : 2);
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => group(a.field) - group(b.field) || rank(a.field.fieldId) - rank(b.field.fieldId) || a.index - b.index)
    .map((x) => x.field);
}
