// Kinds from real schemas. Custom field type keys: Atlassian's list for creating custom fields
// (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-post);
// system schemas as Jira Cloud's create metadata reports them.
import { describe, expect, it } from 'vitest';
import { fieldKind } from '../../../../lib/jira/fields/field-kind.ts';
import type { FieldMeta, FieldSchema } from '../../../../lib/jira/fields/field-meta.ts';
import { BUG_CREATE, FIX_VERSIONS, PRIORITY, REGION, SEVERITY } from './fixtures.ts';

const CF = 'com.atlassian.jira.plugin.system.customfieldtypes:';

function meta(schema: FieldSchema, name = 'Field'): FieldMeta {
  return { fieldId: schema.system ?? `customfield_${schema.customId ?? 1}`, name, required: false, schema };
}

const table: [string, FieldSchema, string][] = [
  ['summary', { type: 'string', system: 'summary' }, 'text'],
  ['description', { type: 'string', system: 'description' }, 'adf'],
  ['environment', { type: 'string', system: 'environment' }, 'adf'],
  ['priority', { type: 'priority', system: 'priority' }, 'priority'],
  ['assignee', { type: 'user', system: 'assignee' }, 'user'],
  ['reporter', { type: 'user', system: 'reporter' }, 'user'],
  ['labels', { type: 'array', items: 'string', system: 'labels' }, 'labels'],
  ['components', { type: 'array', items: 'component', system: 'components' }, 'components'],
  ['fixVersions', { type: 'array', items: 'version', system: 'fixVersions' }, 'versions'],
  ['versions (affects)', { type: 'array', items: 'version', system: 'versions' }, 'versions'],
  ['duedate', { type: 'date', system: 'duedate' }, 'date'],
  ['parent', { type: 'issuelink', system: 'parent' }, 'parent'],
  ['resolution', { type: 'resolution', system: 'resolution' }, 'select'],
  ['project', { type: 'project', system: 'project' }, 'hidden'],
  ['issuetype', { type: 'issuetype', system: 'issuetype' }, 'hidden'],
  ['attachment', { type: 'array', items: 'attachment', system: 'attachment' }, 'unsupported'],
  ['issuelinks', { type: 'array', items: 'issuelinks', system: 'issuelinks' }, 'unsupported'],
  ['timetracking', { type: 'timetracking', system: 'timetracking' }, 'unsupported'],
  ['textfield', { type: 'string', custom: `${CF}textfield`, customId: 10060 }, 'text'],
  ['url', { type: 'string', custom: `${CF}url`, customId: 10061 }, 'text'],
  ['textarea', { type: 'string', custom: `${CF}textarea`, customId: 10080 }, 'adf'],
  ['select', { type: 'option', custom: `${CF}select`, customId: 10050 }, 'select'],
  ['radiobuttons', { type: 'option', custom: `${CF}radiobuttons`, customId: 10051 }, 'select'],
  ['multiselect', { type: 'array', items: 'option', custom: `${CF}multiselect`, customId: 10070 }, 'multiselect'],
  ['multicheckboxes', { type: 'array', items: 'option', custom: `${CF}multicheckboxes`, customId: 10071 }, 'multiselect'],
  ['float', { type: 'number', custom: `${CF}float`, customId: 10016 }, 'number'],
  ['datepicker', { type: 'date', custom: `${CF}datepicker`, customId: 10015 }, 'date'],
  ['datetime', { type: 'datetime', custom: `${CF}datetime`, customId: 10014 }, 'datetime'],
  ['userpicker', { type: 'user', custom: `${CF}userpicker`, customId: 10013 }, 'user'],
  ['labels (custom)', { type: 'array', items: 'string', custom: `${CF}labels`, customId: 10012 }, 'labels'],
  ['version', { type: 'version', custom: `${CF}version`, customId: 10011 }, 'select'],
  ['multiversion', { type: 'array', items: 'version', custom: `${CF}multiversion`, customId: 10010 }, 'versions'],
  ['cascadingselect', { type: 'option-with-child', custom: `${CF}cascadingselect`, customId: 10090 }, 'unsupported'],
  ['multiuserpicker', { type: 'array', items: 'user', custom: `${CF}multiuserpicker`, customId: 10091 }, 'unsupported'],
  ['grouppicker', { type: 'group', custom: `${CF}grouppicker`, customId: 10092 }, 'unsupported'],
  ['readonlyfield', { type: 'string', custom: `${CF}readonlyfield`, customId: 10093 }, 'unsupported'],
  // Jira Software's own types, outside the built-in namespace.
  ['story points (JSW)', { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10026 }, 'number'],
  ['sprint', { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 }, 'unsupported'],
  ['epic link', { type: 'any', custom: 'com.pyxis.greenhopper.jira:gh-epic-link', customId: 10014 }, 'unsupported'],
  ['app text field', { type: 'string', custom: 'com.example.app:rich-notes', customId: 10200 }, 'unsupported'],
];

describe('fieldKind', () => {
  it.each(table)('%s → %s', (_label, schema, kind) => {
    expect(fieldKind(meta(schema)).kind).toBe(kind);
  });

  it('names unsupported fields so the UI can say "finish in Jira"', () => {
    expect(fieldKind(REGION)).toEqual({ kind: 'unsupported', name: 'Region', type: `${CF}cascadingselect` });
  });

  it('reads choices from allowedValues, `value` for options and `name` for the rest', () => {
    expect(fieldKind(SEVERITY)).toEqual({
      kind: 'select',
      choices: [{ id: '10100', label: 'Critical' }, { id: '10101', label: 'Major' }, { id: '10102', label: 'Minor' }, { id: '10103', label: 'Trivial' }],
    });
    const priority = fieldKind(PRIORITY);
    expect(priority.kind === 'priority' && priority.choices[2]).toEqual({ id: '3', label: 'Medium', iconUrl: 'https://acme.atlassian.net/images/icons/priorities/medium.svg' });
    const versions = fieldKind(FIX_VERSIONS);
    expect(versions.kind === 'versions' && versions.choices.map((c) => c.label)).toEqual(['1.0', '2.0']);
  });

  it('drops archived versions and disabled options, and turns numeric ids into strings', () => {
    const kind = fieldKind({
      ...FIX_VERSIONS,
      allowedValues: [{ id: 10006, name: '1.0', archived: true }, { id: 10008, name: '2.0' }, { name: 'no id' }, { id: '3', value: 'Off', disabled: true }],
    });
    expect(kind).toEqual({ kind: 'versions', choices: [{ id: '10008', label: '2.0' }] });
  });

  it('tells the assignee picker to search assignable users only', () => {
    expect(fieldKind({ ...meta({ type: 'user', system: 'assignee' }) })).toEqual({ kind: 'user', assignable: true });
    expect(fieldKind({ ...meta({ type: 'user', system: 'reporter' }) })).toEqual({ kind: 'user', assignable: false });
  });

  it('limits single-line text to Jira’s 255 characters', () => {
    expect(fieldKind(meta({ type: 'string', system: 'summary' }))).toEqual({ kind: 'text', maxLength: 255 });
    expect(fieldKind(meta({ type: 'string', custom: `${CF}url`, customId: 1 }))).toEqual({ kind: 'text' });
  });

  it('knows every field on the BIG Bug screen', () => {
    expect(BUG_CREATE.map((m) => [m.fieldId, fieldKind(m).kind])).toEqual([
      ['project', 'hidden'], ['issuetype', 'hidden'], ['summary', 'text'], ['parent', 'parent'], ['description', 'adf'],
      ['customfield_10050', 'select'], ['priority', 'priority'], ['assignee', 'user'], ['reporter', 'user'], ['labels', 'labels'],
      ['duedate', 'date'], ['components', 'components'], ['fixVersions', 'versions'], ['customfield_10070', 'multiselect'],
      ['customfield_10060', 'text'],
    ]);
  });
});
