import { describe, expect, it } from 'vitest';
import { planForm } from '../../../../lib/jira/fields/form-plan.ts';
import type { FormPlan } from '../../../../lib/jira/fields/form-plan.ts';
import {
  BUG_CREATE,
  DESCRIPTION,
  PRIORITY,
  REGION,
  SEVERITY,
  STORY_CREATE,
  STORY_EDITMETA,
  SUBTASK_CREATE,
  SUMMARY,
  withFieldIds,
} from './fixtures.ts';

const ids = (plan: FormPlan) => plan.fields.map((f) => f.fieldId);

describe('planForm', () => {
  it('puts summary and description first, then required fields, then the usual optional ones', () => {
    const plan = planForm(BUG_CREATE, { mode: 'create' });
    expect(ids(plan)).toEqual(['summary', 'description', 'customfield_10050', 'priority', 'assignee', 'labels', 'components', 'duedate', 'parent']);
    expect(plan.blockers).toEqual([]);
    expect(plan.more).toEqual([
      { fieldId: 'reporter', name: 'Reporter' },
      { fieldId: 'fixVersions', name: 'Fix versions' },
      { fieldId: 'customfield_10070', name: 'Platforms' },
      { fieldId: 'customfield_10060', name: 'Customer reference' },
    ]);
  });

  it('leaves project and issue type to the form', () => {
    const plan = planForm(BUG_CREATE, { mode: 'create' });
    expect(ids(plan)).not.toContain('project');
    expect(ids(plan)).not.toContain('issuetype');
  });

  it('adds optional fields the caller asks for, in metadata order after the usual ones', () => {
    const plan = planForm(STORY_CREATE, { mode: 'create', includeOptional: ['customfield_10080', 'customfield_10016', 'nope'] });
    expect(ids(plan).slice(-3)).toEqual(['parent', 'customfield_10016', 'customfield_10080']);
    expect(plan.more.map((m) => m.fieldId)).toEqual(['reporter', 'fixVersions']);
  });

  it('puts a sub-task’s required parent among the required fields', () => {
    expect(ids(planForm(SUBTASK_CREATE, { mode: 'create' }))).toEqual(['summary', 'description', 'parent', 'priority', 'assignee', 'labels', 'duedate']);
  });

  it('reports a required field it cannot fill as a blocker naming it', () => {
    const plan = planForm([...BUG_CREATE, REGION], { mode: 'create' });
    expect(plan.blockers).toEqual([{ fieldId: 'customfield_10090', name: 'Region', type: 'com.atlassian.jira.plugin.system.customfieldtypes:cascadingselect' }]);
    expect(ids(plan)).not.toContain('customfield_10090');
  });

  it('does not block on a required field Jira fills with its default, nor on edits', () => {
    expect(planForm([SUMMARY, { ...REGION, hasDefaultValue: true }], { mode: 'create' }).blockers).toEqual([]);
    expect(planForm([SUMMARY, REGION], { mode: 'edit' }).blockers).toEqual([]);
  });

  it('keeps fields with a default value, optional, carrying the default', () => {
    const priority = planForm([SUMMARY, PRIORITY], { mode: 'create' }).fields[1];
    expect(priority).toMatchObject({ fieldId: 'priority', required: false, hasDefaultValue: true, defaultValue: { id: '3', name: 'Medium' } });
  });

  it('copies name, required flag and autocomplete URL', () => {
    const plan = planForm(BUG_CREATE, { mode: 'create' });
    expect(plan.fields.find((f) => f.fieldId === 'customfield_10050')).toMatchObject({ name: 'Severity', required: true, kind: { kind: 'select' } });
    expect(plan.fields.find((f) => f.fieldId === 'assignee')?.autoCompleteUrl).toContain('/user/assignable/search?project=BIG');
  });

  it('in edit mode keeps only fields whose operations include set', () => {
    const metas = withFieldIds(STORY_EDITMETA);
    const plan = planForm(metas, { mode: 'edit', includeOptional: ['comment'] });
    expect(ids(plan)).toEqual(['summary', 'description', 'priority', 'assignee', 'labels', 'components', 'duedate', 'parent']);
    const readOnly = planForm([SUMMARY, { ...DESCRIPTION, operations: [] }, { ...SEVERITY, operations: ['add'] }], { mode: 'edit' });
    expect(ids(readOnly)).toEqual(['summary']);
  });

  it('takes field ids from the editmeta keys', () => {
    expect(withFieldIds({ summary: { name: 'Summary', required: true, schema: { type: 'string', system: 'summary' } } })).toEqual([
      { fieldId: 'summary', name: 'Summary', required: true, schema: { type: 'string', system: 'summary' } },
    ]);
  });
});
