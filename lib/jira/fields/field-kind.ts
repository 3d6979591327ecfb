// Which form control a Jira field gets, decided from its schema (JsonTypeBean). System fields are
// known by `schema.system`; custom fields by their type key `schema.custom`, the keys Atlassian
// lists for creating custom fields (CustomFieldDefinitionJsonBean.type):
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-post
// The value each kind takes on the wire is described in "Editing issues":
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#editing-issues
// Anything this extension cannot edit faithfully is `unsupported`, named, so the UI can say
// "finish in Jira" instead of sending something Jira would refuse or misread.
import type { FieldMeta } from './field-meta.ts';
import { choicesOf } from './options.ts';
import type { Choice } from './options.ts';

export type FieldKind =
  /** Single line of text; `maxLength` where Jira enforces one (summary, textfield: 255). */
  | { kind: 'text'; maxLength?: number }
  /** Rich text: REST v3 takes an ADF document for description, environment and textarea fields. */
  | { kind: 'adf' }
  | { kind: 'select'; choices: Choice[] }
  | { kind: 'multiselect'; choices: Choice[] }
  | { kind: 'priority'; choices: Choice[] }
  /** `assignable`: pick from the project's assignable users (assignee), else any user. */
  | { kind: 'user'; assignable: boolean }
  | { kind: 'labels' }
  /** `yyyy-MM-dd` */
  | { kind: 'date' }
  /** `yyyy-MM-ddTHH:mm:ss.SSS±HHmm` */
  | { kind: 'datetime' }
  | { kind: 'number' }
  | { kind: 'components'; choices: Choice[] }
  | { kind: 'versions'; choices: Choice[] }
  /** Issue key picker: the parent of a sub-task, or the epic/parent of a child issue. */
  | { kind: 'parent' }
  /** Project and issue type: the form chooses them itself before it asks for metadata. */
  | { kind: 'hidden'; field: 'project' | 'issuetype' }
  /** `type` is the schema's custom key, system name or type, for diagnostics. */
  | { kind: 'unsupported'; name: string; type: string };

export type KindName = FieldKind['kind'];

const CUSTOM_PREFIX = 'com.atlassian.jira.plugin.system.customfieldtypes:';
const SUMMARY_MAX = 255;

function bySystem(meta: FieldMeta, system: string): FieldKind | undefined {
  const choices = choicesOf(meta.allowedValues);
  switch (system) {
    case 'summary': return { kind: 'text', maxLength: SUMMARY_MAX };
    case 'description':
    case 'environment': return { kind: 'adf' };
    case 'priority': return { kind: 'priority', choices };
    case 'assignee': return { kind: 'user', assignable: true };
    case 'reporter': return { kind: 'user', assignable: false };
    case 'labels': return { kind: 'labels' };
    case 'components': return { kind: 'components', choices };
    case 'fixVersions':
    case 'versions': return { kind: 'versions', choices };
    case 'duedate': return { kind: 'date' };
    case 'parent': return { kind: 'parent' };
    // Both are `{id}` from a fixed list, like a select.
    case 'resolution':
    case 'security': return { kind: 'select', choices };
    case 'project':
    case 'issuetype': return { kind: 'hidden', field: system };
  }
  return undefined;
}

function byCustomType(meta: FieldMeta, type: string): FieldKind | undefined {
  const choices = choicesOf(meta.allowedValues);
  switch (type) {
    case 'textfield': return { kind: 'text', maxLength: SUMMARY_MAX };
    case 'url': return { kind: 'text' };
    case 'textarea': return { kind: 'adf' };
    case 'select':
    case 'radiobuttons':
    case 'version': return { kind: 'select', choices };
    case 'multiselect':
    case 'multicheckboxes': return { kind: 'multiselect', choices };
    case 'multiversion': return { kind: 'versions', choices };
    case 'float': return { kind: 'number' };
    case 'datepicker': return { kind: 'date' };
    case 'datetime': return { kind: 'datetime' };
    case 'userpicker': return { kind: 'user', assignable: false };
    case 'labels': return { kind: 'labels' };
  }
  // cascadingselect, multiuserpicker, grouppicker, multigrouppicker, project, readonlyfield, importid.
  return undefined;
}

/** Custom types from apps (Jira Software's story points, …): only shapes whose input is certain. */
function byJsonType(meta: FieldMeta): FieldKind | undefined {
  const { type, items } = meta.schema;
  if (type === 'number') return { kind: 'number' };
  if (type === 'date') return { kind: 'date' };
  if (type === 'datetime') return { kind: 'datetime' };
  if (type === 'option') return { kind: 'select', choices: choicesOf(meta.allowedValues) };
  if (type === 'array' && items === 'option') return { kind: 'multiselect', choices: choicesOf(meta.allowedValues) };
  if (type === 'user') return { kind: 'user', assignable: false };
  // A plain `string` could be plain text or ADF depending on the app; guessing wrong loses data.
  return undefined;
}

export function fieldKind(meta: FieldMeta): FieldKind {
  const { system, custom, type } = meta.schema;
  let kind: FieldKind | undefined;
  if (system !== undefined) kind = bySystem(meta, system);
  else if (custom?.startsWith(CUSTOM_PREFIX)) kind = byCustomType(meta, custom.slice(CUSTOM_PREFIX.length));
  else if (custom !== undefined) kind = byJsonType(meta);
  return kind ?? { kind: 'unsupported', name: meta.name, type: custom ?? system ?? type };
}
