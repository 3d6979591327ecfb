// One field of a stored draft, checked against the shape its kind's control works with (see
// form-value.ts). A draft is read back long after it was written, possibly by a newer release or
// from a damaged store: a value that does not fit its kind is left out, never handed to a control.
import * as z from 'zod/mini';
import type { FormValue, KindName } from '../jira/fields/index.ts';

const text = z.string();
const ids = z.array(z.string());
const user = z.object({ accountId: z.string(), displayName: z.optional(z.string()), avatarUrl: z.optional(z.string()) });
const issue = z.object({ key: z.string(), summary: z.optional(z.string()) });
const doc = z.object({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.unknown()) });

const VALUE_BY_KIND: Partial<Record<KindName, z.ZodMiniType>> = {
  text,
  date: text,
  datetime: text,
  number: z.union([text, z.number()]),
  adf: z.nullable(z.union([text, doc])),
  select: z.nullable(text),
  priority: z.nullable(text),
  multiselect: ids,
  labels: ids,
  components: ids,
  versions: ids,
  user: z.nullable(user),
  parent: z.nullable(issue),
};

export interface DraftField {
  kind: KindName;
  /** The field's name when it was saved, to label its text if the form no longer has it. */
  name: string;
  value: FormValue;
}

export const storedFieldSchema = z.object({ kind: z.string(), name: z.string(), value: z.unknown() });

/** The field as a form may use it, or undefined when its kind is unknown or its value does not fit. */
export function readDraftField(raw: z.infer<typeof storedFieldSchema>): DraftField | undefined {
  const schema = VALUE_BY_KIND[raw.kind as KindName];
  if (!schema) return undefined;
  const value = schema.safeParse(raw.value);
  return value.success ? { kind: raw.kind as KindName, name: raw.name, value: value.data as FormValue } : undefined;
}

/** What of a draft field a person can read and copy: text, Markdown, labels. */
export function draftText(field: DraftField): string {
  if (typeof field.value === 'string') return field.value;
  if (field.kind === 'labels' && Array.isArray(field.value)) return field.value.join(' ');
  return '';
}
