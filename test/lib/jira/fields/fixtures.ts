// Field metadata and issue JSON in the shapes Jira Cloud returns (and the simulator serves):
// createmeta for the BIG project's Bug, Story and Sub-task screens, editmeta and the fields of a
// Story. Copied and trimmed (no `self` links); kept here so these tests do not need the simulator.
import type { FieldMeta } from '../../../../lib/jira/fields/field-meta.ts';
import type { AdfDoc } from '../../../../lib/jira/fields/form-value.ts';

const API = 'https://api.atlassian.com/ex/jira/00000000-0000-4000-8000-000000000000/rest/api/3';
const ICONS = 'https://acme.atlassian.net/images/icons/priorities';
const CF = 'com.atlassian.jira.plugin.system.customfieldtypes:';

export const PROJECT: FieldMeta = {
  fieldId: 'project', key: 'project', name: 'Project', required: true, schema: { type: 'project', system: 'project' },
  hasDefaultValue: false, operations: ['set'], allowedValues: [{ id: '10000', key: 'BIG', name: 'Big Platform', projectTypeKey: 'software' }],
};
export const ISSUETYPE: FieldMeta = {
  fieldId: 'issuetype', key: 'issuetype', name: 'Issue Type', required: true, schema: { type: 'issuetype', system: 'issuetype' },
  hasDefaultValue: false, operations: [], allowedValues: [{ id: '10002', name: 'Bug', subtask: false, hierarchyLevel: 0 }],
};
export const SUMMARY: FieldMeta = {
  fieldId: 'summary', key: 'summary', name: 'Summary', required: true, schema: { type: 'string', system: 'summary' }, hasDefaultValue: false, operations: ['set'],
};
export const PARENT: FieldMeta = {
  fieldId: 'parent', key: 'parent', name: 'Parent', required: false, schema: { type: 'issuelink', system: 'parent' },
  autoCompleteUrl: `${API}/issue/picker?currentProjectId=10000&query=`, hasDefaultValue: false, operations: ['set'],
};
export const DESCRIPTION: FieldMeta = {
  fieldId: 'description', key: 'description', name: 'Description', required: false, schema: { type: 'string', system: 'description' }, hasDefaultValue: false, operations: ['set'],
};
export const SEVERITY: FieldMeta = {
  fieldId: 'customfield_10050', key: 'customfield_10050', name: 'Severity', required: true,
  schema: { type: 'option', custom: `${CF}select`, customId: 10050 }, hasDefaultValue: false, operations: ['set'],
  allowedValues: [{ value: 'Critical', id: '10100' }, { value: 'Major', id: '10101' }, { value: 'Minor', id: '10102' }, { value: 'Trivial', id: '10103' }],
};
const MEDIUM = { iconUrl: `${ICONS}/medium.svg`, name: 'Medium', id: '3' };
export const PRIORITY: FieldMeta = {
  fieldId: 'priority', key: 'priority', name: 'Priority', required: false, schema: { type: 'priority', system: 'priority' }, hasDefaultValue: true, operations: ['set'],
  allowedValues: [
    { iconUrl: `${ICONS}/highest.svg`, name: 'Highest', id: '1' }, { iconUrl: `${ICONS}/high.svg`, name: 'High', id: '2' }, MEDIUM,
    { iconUrl: `${ICONS}/low.svg`, name: 'Low', id: '4' }, { iconUrl: `${ICONS}/lowest.svg`, name: 'Lowest', id: '5' },
  ],
  defaultValue: MEDIUM,
};
export const ASSIGNEE: FieldMeta = {
  fieldId: 'assignee', key: 'assignee', name: 'Assignee', required: false, schema: { type: 'user', system: 'assignee' },
  autoCompleteUrl: `${API}/user/assignable/search?project=BIG&query=`, hasDefaultValue: false, operations: ['set'],
};
export const REPORTER: FieldMeta = {
  fieldId: 'reporter', key: 'reporter', name: 'Reporter', required: false, schema: { type: 'user', system: 'reporter' },
  autoCompleteUrl: `${API}/user/search?query=`, hasDefaultValue: true, operations: ['set'],
};
export const LABELS: FieldMeta = {
  fieldId: 'labels', key: 'labels', name: 'Labels', required: false, schema: { type: 'array', items: 'string', system: 'labels' },
  hasDefaultValue: false, operations: ['add', 'set', 'remove'],
};
export const DUEDATE: FieldMeta = {
  fieldId: 'duedate', key: 'duedate', name: 'Due date', required: false, schema: { type: 'date', system: 'duedate' }, hasDefaultValue: false, operations: ['set'],
};
export const COMPONENTS: FieldMeta = {
  fieldId: 'components', key: 'components', name: 'Components', required: false, schema: { type: 'array', items: 'component', system: 'components' },
  hasDefaultValue: false, operations: ['add', 'set', 'remove'],
  allowedValues: [{ id: '10001', name: 'API' }, { id: '10002', name: 'Web app' }, { id: '10003', name: 'Mobile' }],
};
export const FIX_VERSIONS: FieldMeta = {
  fieldId: 'fixVersions', key: 'fixVersions', name: 'Fix versions', required: false, schema: { type: 'array', items: 'version', system: 'fixVersions' },
  hasDefaultValue: false, operations: ['set', 'add', 'remove'],
  allowedValues: [
    { id: '10006', name: '1.0', archived: false, released: true, projectId: 10000 },
    { id: '10008', name: '2.0', archived: false, released: false, projectId: 10000 },
  ],
};
export const PLATFORMS: FieldMeta = {
  fieldId: 'customfield_10070', key: 'customfield_10070', name: 'Platforms', required: false,
  schema: { type: 'array', items: 'option', custom: `${CF}multiselect`, customId: 10070 }, hasDefaultValue: false, operations: ['add', 'set', 'remove'],
  allowedValues: [{ value: 'Web', id: '10200' }, { value: 'iOS', id: '10201' }, { value: 'Android', id: '10202' }, { value: 'Desktop', id: '10203' }],
};
export const CUSTOMER_REF: FieldMeta = {
  fieldId: 'customfield_10060', key: 'customfield_10060', name: 'Customer reference', required: false,
  schema: { type: 'string', custom: `${CF}textfield`, customId: 10060 }, hasDefaultValue: false, operations: ['set'],
};
export const STORY_POINTS: FieldMeta = {
  fieldId: 'customfield_10016', key: 'customfield_10016', name: 'Story point estimate', required: false,
  schema: { type: 'number', custom: `${CF}float`, customId: 10016 }, hasDefaultValue: false, operations: ['set'],
};
export const ACCEPTANCE: FieldMeta = {
  fieldId: 'customfield_10080', key: 'customfield_10080', name: 'Acceptance criteria', required: false,
  schema: { type: 'string', custom: `${CF}textarea`, customId: 10080 }, hasDefaultValue: false, operations: ['set'],
};
/** Not on the simulator's screens: a required cascading select, which this form cannot fill. */
export const REGION: FieldMeta = {
  fieldId: 'customfield_10090', key: 'customfield_10090', name: 'Region', required: true,
  schema: { type: 'option-with-child', custom: `${CF}cascadingselect`, customId: 10090 }, hasDefaultValue: false, operations: ['set'],
  allowedValues: [{ value: 'EMEA', id: '10300', children: [{ value: 'Germany', id: '10301' }] }],
};

const RELEASES = [COMPONENTS, FIX_VERSIONS];
const PEOPLE = [PRIORITY, ASSIGNEE, REPORTER, LABELS, DUEDATE];

/** createmeta/BIG/issuetypes/<Bug>: fields in the order Jira lists them. */
export const BUG_CREATE: FieldMeta[] = [PROJECT, ISSUETYPE, SUMMARY, PARENT, DESCRIPTION, SEVERITY, ...PEOPLE, ...RELEASES, PLATFORMS, CUSTOMER_REF];
export const STORY_CREATE: FieldMeta[] = [PROJECT, ISSUETYPE, SUMMARY, PARENT, DESCRIPTION, ...PEOPLE, ...RELEASES, STORY_POINTS, ACCEPTANCE];
export const SUBTASK_CREATE: FieldMeta[] = [PROJECT, ISSUETYPE, SUMMARY, { ...PARENT, required: true }, DESCRIPTION, ...PEOPLE];

/** editmeta of a Story: `{fields: {id: FieldMetadata}}` without `fieldId`, plus comment. */
export const STORY_EDITMETA: Record<string, Omit<FieldMeta, 'fieldId'>> = Object.fromEntries([
  ...STORY_CREATE.filter((m) => m.fieldId !== 'project' && m.fieldId !== 'issuetype').map(({ fieldId, ...rest }) => [fieldId, rest]),
  ['comment', { key: 'comment', name: 'Comment', required: false, schema: { type: 'comments-page', system: 'comment' }, hasDefaultValue: false, operations: ['add', 'edit', 'remove'] }],
]);

export const DANA = {
  accountId: '712020:2c5d8f3e-9a41-4b7e-8d0c-3f6e1a2b4c5d', accountType: 'atlassian', displayName: 'Dana Kowalski', active: true, timeZone: 'Europe/Warsaw',
  avatarUrls: { '16x16': 'https://avatars.example/DK.png?s=16', '48x48': 'https://avatars.example/DK.png?s=48' },
};

export const DESCRIPTION_ADF: AdfDoc = {
  type: 'doc', version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Happens only with ' }, { type: 'text', text: 'slow', marks: [{ type: 'strong' }] }, { type: 'text', text: ' networks.' }] }],
};

/** GET /rest/api/3/issue/BIG-6 `fields` (a Story under an epic). */
export const STORY_FIELDS: Record<string, unknown> = {
  summary: 'As an admin, I want to export my data from the report builder',
  parent: { id: '10001', key: 'BIG-2', self: `${API}/issue/10001`, fields: { summary: 'Reporting', status: { name: 'To Do' } } },
  description: DESCRIPTION_ADF,
  priority: { self: `${API}/priority/3`, ...MEDIUM },
  assignee: null,
  reporter: DANA,
  labels: ['quick-win', 'frontend'],
  duedate: '2026-11-23',
  components: [],
  fixVersions: [{ self: `${API}/version/10008`, id: '10008', name: '2.0', archived: false, released: false, projectId: 10000 }],
  customfield_10016: 8,
  customfield_10080: null,
  status: { id: '10002', name: 'In Review' },
};

/** Edit metadata is `{fields: {<fieldId>: FieldMetadata}}` without `fieldId`; add it from the key,
 *  as the worker's edit-meta processor does (lib/jira/edit-meta.ts). */
export function withFieldIds(fields: Record<string, Omit<FieldMeta, 'fieldId'>>): FieldMeta[] {
  return Object.entries(fields).map(([fieldId, meta]) => ({ ...meta, fieldId }));
}
