// The field metadata this model reads. It mirrors the parts of Jira's FieldCreateMetadata (create
// metadata) and FieldMetadata (edit metadata) that decide how a field is shown and sent:
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get
// It is declared here, not imported from the HTTP layer, so the field model stays plain logic
// that any caller (create form, edit form, tests) can feed.

/** JsonTypeBean: `system` names a system field, `custom` is a custom field type key. */
export interface FieldSchema {
  type: string;
  items?: string | undefined;
  system?: string | undefined;
  custom?: string | undefined;
  customId?: number | undefined;
}

export interface FieldMeta {
  /** The id the payload uses (`summary`, `customfield_10050`). Edit metadata keys its record by it. */
  fieldId: string;
  key?: string | undefined;
  name: string;
  required: boolean;
  schema: FieldSchema;
  /** For fields with a fixed set of values, in the same JSON shape the issue uses. */
  allowedValues?: unknown[] | undefined;
  hasDefaultValue?: boolean | undefined;
  defaultValue?: unknown | undefined;
  autoCompleteUrl?: string | undefined;
  /** `set`, `add`, `remove`, … Edit metadata lists what an edit may do with the field. */
  operations?: string[] | undefined;
}

/** Edit metadata is `{fields: {<fieldId>: FieldMetadata}}` without `fieldId`; add it from the key. */
export function withFieldIds(fields: Record<string, Omit<FieldMeta, 'fieldId'>>): FieldMeta[] {
  return Object.entries(fields).map(([fieldId, meta]) => ({ ...meta, fieldId }));
}
