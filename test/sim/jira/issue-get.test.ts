import { describe, expect, it } from 'vitest';
import { answered, call, world } from './harness.ts';

describe('GET issue', () => {
  it('returns the IssueBean with Jira-shaped fields', async () => {
    const w = world();
    const res = answered(await call(w, 'GET', 'issue/BIG-3'), 200);
    const issue = w.acme.issues.get('BIG-3')!;
    expect(res.body).toMatchObject({ id: issue.id, key: 'BIG-3', self: `https://api.atlassian.com/ex/jira/${w.acme.site.id}/rest/api/3/issue/${issue.id}` });
    const f = res.body.fields;
    expect(f.status).toMatchObject({ id: issue.statusId, statusCategory: { key: expect.stringMatching(/^(new|indeterminate|done)$/) } });
    expect(f.issuetype).toMatchObject({ name: 'Epic', hierarchyLevel: 1, subtask: false });
    expect(f.project).toMatchObject({ key: 'BIG', name: 'Big Platform' });
    expect(f.reporter).toMatchObject({ accountId: issue.fields.reporter, accountType: 'atlassian', avatarUrls: { '48x48': expect.stringMatching(/^https:/) } });
    expect(f.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    expect(f.description.type).toBe('doc');
    expect(f.comment).toMatchObject({ total: issue.comments.length, startAt: 0 });
    expect(Array.isArray(f.subtasks)).toBe(true);
    expect(f.watches).toMatchObject({ watchCount: issue.watcherAccountIds.length });
    expect('duedate' in f).toBe(true);
  });

  it('finds issues by id and by lowercase key (getIssue: case-insensitive search)', async () => {
    const w = world();
    const issue = w.acme.issues.get('BIG-7')!;
    expect((await call(w, 'GET', `issue/${issue.id}`)).body.key).toBe('BIG-7');
    expect((await call(w, 'GET', 'issue/big-7')).body.key).toBe('BIG-7');
  });

  it('answers 404 with Jira\'s text for unknown issues and issues of another site', async () => {
    const w = world();
    for (const key of ['BIG-99999', '123456789', 'GLX-1']) {
      const res = answered(await call(w, 'GET', `issue/${key}`), 404);
      expect(res.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    }
    expect((await call(w, 'GET', 'issue/GLX-1', { site: w.globex })).status).toBe(200);
  });

  it('honours fields: a list, *navigable and exclusions', async () => {
    const w = world();
    const some = await call(w, 'GET', 'issue/BIG-5', { query: { fields: 'summary,status' } });
    expect(Object.keys(some.body.fields).sort()).toEqual(['status', 'summary']);
    const repeated = await call(w, 'GET', 'issue/BIG-5', { query: { fields: ['summary', 'assignee'] } });
    expect(Object.keys(repeated.body.fields).sort()).toEqual(['assignee', 'summary']);
    const navigable = await call(w, 'GET', 'issue/BIG-5', { query: { fields: '*navigable' } });
    expect(navigable.body.fields).not.toHaveProperty('comment');
    expect(navigable.body.fields).toHaveProperty('summary');
    const minus = await call(w, 'GET', 'issue/BIG-5', { query: { fields: '-description,-comment' } });
    expect(minus.body.fields).not.toHaveProperty('description');
    expect(minus.body.fields).toHaveProperty('labels');
  });

  it('expands names, schema, transitions, editmeta and renderedFields', async () => {
    const w = world();
    const res = await call(w, 'GET', 'issue/BIG-12', { query: { expand: 'names,schema,transitions,editmeta,renderedFields', fields: 'summary,description' } });
    expect(res.violations).toEqual([]);
    expect(res.body.names).toEqual({ summary: 'Summary', description: 'Description' });
    expect(res.body.schema.summary).toEqual({ type: 'string', system: 'summary' });
    expect(res.body.transitions.length).toBeGreaterThan(0);
    expect(res.body.transitions[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), to: { statusCategory: {} } });
    expect(res.body.editmeta.fields.summary).toMatchObject({ required: true, operations: ['set'] });
    expect(res.body.renderedFields.description).toContain('<h2>');
    expect(res.body.renderedFields.description).not.toContain('javascript:');
  });
});
