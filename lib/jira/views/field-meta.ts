// A field as the worker hands it to a form (create screen, edit screen, transition screen): ids as
// strings, allowed values without an id or a label left out, icons only over https (lib/jira/
// field-meta.ts makes it from Jira's FieldCreateMetadata and FieldMetadata).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
import * as z from 'zod/mini';

/** JsonTypeBean: `system` names a system field, `custom` is a custom field type key. Jira's JSON
 *  and the view have the same shape, so lib/jira/field-meta.ts reads Jira's with this one too. */
export const fieldSchemaSchema = z.object({
  type: z.string(),
  items: z.optional(z.string()),
  system: z.optional(z.string()),
  custom: z.optional(z.string()),
  customId: z.optional(z.number()),
});
export type FieldSchema = z.infer<typeof fieldSchemaSchema>;

export const allowedValueChildSchema = z.object({
  id: z.string(),
  value: z.optional(z.string()),
  name: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
});
export type AllowedValueChild = z.infer<typeof allowedValueChildSchema>;

/** A cascading select's option: an allowed value with its own children. */
export const allowedValueSchema = z.object({
  ...allowedValueChildSchema.shape,
  /** Versions: archived ones are not offered for new values. */
  archived: z.optional(z.boolean()),
  key: z.optional(z.string()),
  iconUrl: z.optional(z.string()),
  children: z.optional(z.array(allowedValueChildSchema)),
});
export type AllowedValue = z.infer<typeof allowedValueSchema>;

export const fieldMetaSchema = z.object({
  /** The id to send under `fields` / `update` (`summary`, `customfield_10050`). */
  fieldId: z.string(),
  key: z.string(),
  name: z.string(),
  required: z.boolean(),
  schema: fieldSchemaSchema,
  allowedValues: z.optional(z.array(allowedValueSchema)),
  hasDefaultValue: z.optional(z.boolean()),
  defaultValue: z.optional(z.unknown()),
  autoCompleteUrl: z.optional(z.string()),
  /** `set`, `add`, `remove`, `edit`: what `update` may do with the field. */
  operations: z.optional(z.array(z.string())),
});
export type FieldMeta = z.infer<typeof fieldMetaSchema>;
