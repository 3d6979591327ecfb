import * as z from 'zod/mini';
import { httpsOnly } from './issue-parts.ts';

// How Jira describes a field it will accept: create metadata (OpenAPI FieldCreateMetadata), edit
// metadata and transition screens (FieldMetadata, the same without `fieldId`). The form builder
// picks an input from `schema`, offers `allowedValues`, and marks `required`.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get

// Ids are strings almost everywhere; a few (select options on older sites) arrive as numbers.
const idSchema = z.union([z.string(), z.number()]);

const childValueSchema = z.object({
  id: idSchema,
  value: z.optional(z.string()),
  name: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
});

// One allowed value, as the issue JSON itself writes the value: options `{id, value}`, priorities,
// resolutions, components and versions `{id, name}`, projects `{id, key, name}`, issue types
// `{id, name, iconUrl}`, cascading options with `children`.
const allowedValueSchema = z.object({
  id: idSchema,
  value: z.optional(z.string()),
  name: z.optional(z.string()),
  key: z.optional(z.string()),
  iconUrl: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
  // Versions: archived ones are not offered for new values.
  archived: z.optional(z.boolean()),
  children: z.optional(z.array(z.unknown())),
});

export interface AllowedValueChild {
  id: string;
  value?: string | undefined;
  name?: string | undefined;
  disabled?: boolean | undefined;
}

export interface AllowedValue extends AllowedValueChild {
  key?: string | undefined;
  archived?: boolean | undefined;
  iconUrl?: string | undefined;
  children?: AllowedValueChild[] | undefined;
}

const fieldSchemaSchema = z.object({
  type: z.string(),
  items: z.optional(z.string()),
  system: z.optional(z.string()),
  custom: z.optional(z.string()),
  customId: z.optional(z.number()),
});

export type FieldSchema = z.infer<typeof fieldSchemaSchema>;

export const rawFieldMetaSchema = z.object({
  fieldId: z.optional(z.string()),
  key: z.optional(z.string()),
  name: z.string(),
  required: z.boolean(),
  schema: fieldSchemaSchema,
  // Checked one by one below: a value of a shape we do not know should not sink the whole form.
  allowedValues: z.optional(z.array(z.unknown())),
  hasDefaultValue: z.optional(z.boolean()),
  defaultValue: z.optional(z.unknown()),
  autoCompleteUrl: z.optional(z.string()),
  operations: z.optional(z.array(z.string())),
});

export interface FieldMeta {
  /** The id to send under `fields` / `update` (`summary`, `customfield_10050`). */
  fieldId: string;
  key: string;
  name: string;
  required: boolean;
  schema: FieldSchema;
  allowedValues?: AllowedValue[] | undefined;
  hasDefaultValue?: boolean | undefined;
  defaultValue?: unknown | undefined;
  autoCompleteUrl?: string | undefined;
  /** `set`, `add`, `remove`, `edit`: what `update` may do with the field. */
  operations?: string[] | undefined;
}

function labelled<T extends { value?: string | undefined; name?: string | undefined }>(v: T): boolean {
  return v.value !== undefined || v.name !== undefined;
}

function toChild(raw: unknown): AllowedValueChild | undefined {
  const parsed = childValueSchema.safeParse(raw);
  if (!parsed.success || !labelled(parsed.data)) return undefined;
  const { id, value, name, disabled } = parsed.data;
  return {
    id: String(id),
    ...(value === undefined ? {} : { value }),
    ...(name === undefined ? {} : { name }),
    ...(disabled === undefined ? {} : { disabled }),
  };
}

/** An allowed value we can show, or undefined for one without an id or a label. */
export function toAllowedValue(raw: unknown): AllowedValue | undefined {
  const parsed = allowedValueSchema.safeParse(raw);
  if (!parsed.success || !labelled(parsed.data)) return undefined;
  const { id, value, name, key, disabled, archived, children } = parsed.data;
  const iconUrl = httpsOnly(parsed.data.iconUrl);
  const kids = children?.map(toChild).filter((c): c is AllowedValueChild => c !== undefined);
  return {
    id: String(id),
    ...(value === undefined ? {} : { value }),
    ...(name === undefined ? {} : { name }),
    ...(key === undefined ? {} : { key }),
    ...(iconUrl === undefined ? {} : { iconUrl }),
    ...(disabled === undefined ? {} : { disabled }),
    ...(archived === undefined ? {} : { archived }),
    ...(kids === undefined ? {} : { children: kids }),
  };
}

/** FieldMeta from Jira's JSON; `id` is the map key where Jira gives no `fieldId` (editmeta, transitions). */
export function toFieldMeta(raw: z.infer<typeof rawFieldMetaSchema>, id?: string): FieldMeta {
  const fieldId = raw.fieldId ?? id ?? raw.key ?? '';
  const allowed = raw.allowedValues?.map(toAllowedValue).filter((v): v is AllowedValue => v !== undefined);
  return {
    fieldId,
    key: raw.key ?? fieldId,
    name: raw.name,
    required: raw.required,
    schema: raw.schema,
    ...(allowed === undefined ? {} : { allowedValues: allowed }),
    ...(raw.hasDefaultValue === undefined ? {} : { hasDefaultValue: raw.hasDefaultValue }),
    ...(raw.defaultValue === undefined ? {} : { defaultValue: raw.defaultValue }),
    ...(raw.autoCompleteUrl === undefined ? {} : { autoCompleteUrl: raw.autoCompleteUrl }),
    ...(raw.operations === undefined ? {} : { operations: raw.operations }),
  };
}

/** `{fieldId: FieldMetadata}` as editmeta and transition screens send it. */
export const rawFieldMetaMapSchema = z.record(z.string(), rawFieldMetaSchema);

export function toFieldMetaList(map: Record<string, z.infer<typeof rawFieldMetaSchema>>): FieldMeta[] {
  return Object.entries(map).map(([id, raw]) => toFieldMeta(raw, id));
}
