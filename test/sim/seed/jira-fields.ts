// Every field the simulated sites know, as Jira's field metadata describes them (spec:
// FieldMetadata, JsonTypeBean). Schemas copy what Jira Cloud reports for the system fields and
// for custom fields of the same types (select, multiselect, float, textfield, textarea).
import type { FieldDef } from '../types.ts';
import { priorities, resolutions } from './jira-catalog.ts';

/** Required single select on BIG's Bug screen. */
export const FIELD_SEVERITY = 'customfield_10050';
/** Number field (Jira Software's "Story point estimate" is a float custom field). */
export const FIELD_STORY_POINTS = 'customfield_10016';
export const FIELD_CUSTOMER_REF = 'customfield_10060';
export const FIELD_PLATFORMS = 'customfield_10070';
/** Multi-line text: takes ADF on REST v3 like description (createIssue). */
export const FIELD_ACCEPTANCE = 'customfield_10080';

const CF = 'com.atlassian.jira.plugin.system.customfieldtypes:';

function system(id: string, name: string, type: string, operations: string[], extra: Partial<FieldDef> = {}): FieldDef {
  return { id, name, schema: { type, system: id }, operations, hasDefaultValue: false, ...extra };
}

function custom(id: string, name: string, type: string, plugin: string, operations: string[], extra: Partial<FieldDef> = {}): FieldDef {
  const customId = Number(id.slice('customfield_'.length));
  return { id, name, schema: { type, custom: CF + plugin, customId }, operations, hasDefaultValue: false, ...extra };
}

export function fieldDefs(): FieldDef[] {
  return [
    system('summary', 'Summary', 'string', ['set']),
    system('issuetype', 'Issue Type', 'issuetype', []),
    system('project', 'Project', 'project', ['set']),
    system('parent', 'Parent', 'issuelink', ['set']),
    system('description', 'Description', 'string', ['set']),
    system('priority', 'Priority', 'priority', ['set'], { allowedValues: priorities(), hasDefaultValue: true }),
    system('assignee', 'Assignee', 'user', ['set']),
    system('reporter', 'Reporter', 'user', ['set'], { hasDefaultValue: true }),
    { ...system('labels', 'Labels', 'array', ['add', 'set', 'remove']), schema: { type: 'array', items: 'string', system: 'labels' } },
    { ...system('components', 'Components', 'array', ['add', 'set', 'remove']), schema: { type: 'array', items: 'component', system: 'components' } },
    { ...system('fixVersions', 'Fix versions', 'array', ['set', 'add', 'remove']), schema: { type: 'array', items: 'version', system: 'fixVersions' } },
    system('duedate', 'Due date', 'date', ['set']),
    system('resolution', 'Resolution', 'resolution', ['set'], { allowedValues: resolutions() }),
    custom(FIELD_SEVERITY, 'Severity', 'option', 'select', ['set'], {
      allowedValues: [
        { id: '10100', value: 'Critical' },
        { id: '10101', value: 'Major' },
        { id: '10102', value: 'Minor' },
        { id: '10103', value: 'Trivial' },
      ],
    }),
    custom(FIELD_STORY_POINTS, 'Story point estimate', 'number', 'float', ['set']),
    custom(FIELD_CUSTOMER_REF, 'Customer reference', 'string', 'textfield', ['set']),
    { ...custom(FIELD_PLATFORMS, 'Platforms', 'array', 'multiselect', ['add', 'set', 'remove'], { schema: { type: 'array', items: 'option', custom: CF + 'multiselect', customId: 10070 } }), allowedValues: [
      { id: '10200', value: 'Web' },
      { id: '10201', value: 'iOS' },
      { id: '10202', value: 'Android' },
      { id: '10203', value: 'Desktop' },
    ] },
    custom(FIELD_ACCEPTANCE, 'Acceptance criteria', 'string', 'textarea', ['set']),
    // Read-only fields: on issues, never on a screen.
    system('status', 'Status', 'status', []),
    system('creator', 'Creator', 'user', []),
    system('created', 'Created', 'datetime', []),
    system('updated', 'Updated', 'datetime', []),
    system('resolutiondate', 'Resolved', 'datetime', []),
    { ...system('subtasks', 'Sub-tasks', 'array', []), schema: { type: 'array', items: 'issuelinks', system: 'subtasks' } },
    system('watches', 'Watchers', 'watches', []),
    { ...system('comment', 'Comment', 'comments-page', ['add', 'edit', 'remove']) },
  ];
}
