// The field metadata this model reads: FieldMeta as the worker sends it (lib/jira/views/field-meta.ts,
// the one declaration of the shape), or Jira's own FieldCreateMetadata / FieldMetadata as it comes,
// so that any caller (create form, edit form, tests) can feed it. Hence two parts are looser: `key`,
// which the model does not read, may be missing, and `allowedValues` may hold values of any shape,
// which the model reads one by one (options.ts).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get
import type { FieldMeta as FieldMetaView } from '../views/field-meta.ts';

export type { FieldSchema } from '../views/field-meta.ts';

export type FieldMeta = Omit<FieldMetaView, 'key' | 'allowedValues'> & {
  key?: string | undefined;
  /** For fields with a fixed set of values, in the same JSON shape the issue uses. */
  allowedValues?: unknown[] | undefined;
};
