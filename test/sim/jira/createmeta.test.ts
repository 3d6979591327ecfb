import { describe, expect, it } from 'vitest';
import { FIELD_SEVERITY } from '../seed/jira-fields.ts';
import { TYPE_BUG } from '../seed/jira-catalog.ts';
import { answered, call, world } from './harness.ts';

describe('create metadata', () => {
  it('lists the issue types of a project, paged', async () => {
    const w = world();
    const all = answered(await call(w, 'GET', 'issue/createmeta/BIG/issuetypes'), 200);
    expect(all.body.issueTypes.map((t: { name: string }) => t.name)).toEqual(['Epic', 'Task', 'Bug', 'Story', 'Sub-task']);
    expect(all.body.issueTypes.find((t: { name: string }) => t.name === 'Sub-task')).toMatchObject({ subtask: true, hierarchyLevel: -1 });
    expect(all.body).toMatchObject({ startAt: 0, maxResults: 50, total: 5 });
    const second = await call(w, 'GET', 'issue/createmeta/10000/issuetypes', { query: { startAt: '2', maxResults: '2' } });
    expect(second.body.issueTypes.map((t: { name: string }) => t.name)).toEqual(['Bug', 'Story']);
  });

  it('shows the required Severity select with its options on BIG bugs', async () => {
    const w = world();
    const res = await call(w, 'GET', `issue/createmeta/BIG/issuetypes/${TYPE_BUG}`);
    expect(res.violations).toEqual([]);
    const severity = res.body.fields.find((f: { fieldId: string }) => f.fieldId === FIELD_SEVERITY);
    expect(severity).toMatchObject({
      fieldId: FIELD_SEVERITY, key: FIELD_SEVERITY, name: 'Severity', required: true, operations: ['set'], hasDefaultValue: false,
      schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: 10050 },
    });
    expect(severity.allowedValues.map((o: { value: string }) => o.value)).toEqual(['Critical', 'Major', 'Minor', 'Trivial']);
    const summary = res.body.fields.find((f: { fieldId: string }) => f.fieldId === 'summary');
    expect(summary).toMatchObject({ required: true, schema: { type: 'string', system: 'summary' } });
    const assignee = res.body.fields.find((f: { fieldId: string }) => f.fieldId === 'assignee');
    expect(assignee.autoCompleteUrl).toContain('/rest/api/3/user/assignable/search?project=BIG&query=');
    const priority = res.body.fields.find((f: { fieldId: string }) => f.fieldId === 'priority');
    expect(priority).toMatchObject({ hasDefaultValue: true, defaultValue: { name: 'Medium' } });
    const web = await call(w, 'GET', `issue/createmeta/WEB/issuetypes/${TYPE_BUG}`);
    expect(web.body.fields.find((f: { fieldId: string }) => f.fieldId === FIELD_SEVERITY).required).toBe(false);
  });

  it('pages the fields', async () => {
    const w = world();
    const all = await call(w, 'GET', `issue/createmeta/BIG/issuetypes/${TYPE_BUG}`);
    const page = await call(w, 'GET', `issue/createmeta/BIG/issuetypes/${TYPE_BUG}`, { query: { startAt: '3', maxResults: '4' } });
    expect(page.body).toMatchObject({ startAt: 3, maxResults: 4, total: all.body.total });
    expect(page.body.fields).toEqual(all.body.fields.slice(3, 7));
  });

  it('answers an unknown project or issue type with an ErrorCollection', async () => {
    const w = world();
    const res = answered(await call(w, 'GET', 'issue/createmeta/NOPE/issuetypes'), 400);
    expect(res.body).toEqual({ errorMessages: ["No project could be found with key 'NOPE'."], errors: {} });
    const type = await call(w, 'GET', 'issue/createmeta/OPS/issuetypes/10002');
    expect(type.status).toBe(400);
    expect(type.body.errorMessages).toHaveLength(1);
  });

  it('lists no issue types where the user may not create issues', async () => {
    const w = world();
    const res = await call(w, 'GET', 'issue/createmeta/OPS/issuetypes');
    expect(res.body).toMatchObject({ issueTypes: [], total: 0 });
  });
});
