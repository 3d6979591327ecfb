import { describe, expect, it } from 'vitest';
import { FIELD_PLATFORMS, FIELD_SEVERITY, FIELD_STORY_POINTS } from '../seed/jira-fields.ts';
import { TYPE_BUG, TYPE_STORY, TYPE_SUBTASK, TYPE_TASK } from '../seed/jira-catalog.ts';
import { call, world } from './harness.ts';
import type { World } from './harness.ts';

const bug = (fields: Record<string, unknown> = {}) => ({
  fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_BUG }, summary: 'Checkout crashes', ...fields },
});

async function create(w: World, body: unknown) {
  const res = await call(w, 'POST', 'issue', { body });
  expect(res.violations).toEqual([]);
  return res;
}

describe('POST issue', () => {
  it('refuses a BIG bug without the required Severity, in Jira\'s words', async () => {
    const w = world();
    const res = await create(w, bug());
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: [], errors: { [FIELD_SEVERITY]: 'Severity is required.' } });
  });

  it('creates the bug with Severity, storing fields and the ADF description', async () => {
    const w = world();
    const description = { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Steps' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Open checkout' }] }] }] }] };
    const other = w.state.users[1]!;
    const res = await create(w, bug({
      description,
      [FIELD_SEVERITY]: { value: 'Major' },
      [FIELD_PLATFORMS]: [{ id: '10200' }],
      priority: { name: 'High' },
      assignee: { accountId: other.accountId },
      labels: ['checkout'],
      duedate: '2026-12-24',
      components: [{ name: 'Billing' }],
    }));
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^BIG-\d+$/);
    expect(res.body.self).toBe(`https://api.atlassian.com/ex/jira/${w.acme.site.id}/rest/api/3/issue/${res.body.id}`);
    const stored = w.acme.issues.get(res.body.key)!;
    expect(stored.id).toBe(res.body.id);
    expect(stored.fields).toMatchObject({
      summary: 'Checkout crashes', description, [FIELD_SEVERITY]: { id: '10101', value: 'Major' }, [FIELD_PLATFORMS]: [{ id: '10200', value: 'Web' }],
      priority: { id: '2', name: 'High' }, assignee: other.accountId, reporter: w.me.accountId, labels: ['checkout'], duedate: '2026-12-24',
    });
    expect(stored.statusId).toBe('10000');
    const got = await call(w, 'GET', `issue/${res.body.key}`);
    expect(got.violations).toEqual([]);
    expect(got.body.fields.description).toEqual(description);
    expect(got.body.fields.components[0].name).toBe('Billing');
    expect(got.body.fields.created).toBe('2026-11-23T09:00:00.000+0000');
  });

  it('numbers new issues after the seeded ones', async () => {
    const w = world();
    const before = w.acme.nextIssueNumber.BIG!;
    const res = await create(w, { fields: { project: { id: '10000' }, issuetype: { name: 'Task' }, summary: 'A task' } });
    expect(res.body.key).toBe(`BIG-${before}`);
    expect(Number(res.body.id)).toBeGreaterThan(Math.max(...[...w.acme.issues.values()].filter((i) => i.key !== res.body.key).map((i) => Number(i.id))));
  });

  it('wants a project, an issue type and a summary', async () => {
    const w = world();
    expect((await create(w, { fields: {} })).body.errors).toEqual({ project: 'Specify a valid project ID or key', issuetype: 'Specify an issue type' });
    expect((await create(w, { fields: { project: { key: 'BIG' }, issuetype: { id: '999' } } })).body.errors).toEqual({ issuetype: 'The issue type selected is invalid.' });
    const noSummary = await create(w, { fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_TASK } } });
    expect(noSummary.body.errors).toEqual({ summary: 'You must specify a summary of the issue.' });
  });

  it('refuses fields that are not on the screen, and values of the wrong type', async () => {
    const w = world();
    const res = await create(w, bug({
      [FIELD_SEVERITY]: { value: 'Major' },
      [FIELD_STORY_POINTS]: 3,
      customfield_99999: 'x',
      description: 'plain text',
      duedate: '24/12/2026',
      labels: ['two words'],
      priority: { id: '42' },
    }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      [FIELD_STORY_POINTS]: `Field '${FIELD_STORY_POINTS}' cannot be set. It is not on the appropriate screen, or unknown.`,
      customfield_99999: "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
      description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
      duedate: 'Error parsing date string: 24/12/2026',
      labels: "The label 'two words' contains spaces which is invalid.",
      priority: 'The priority selected is invalid.',
    });
  });

  it('checks select values against the allowed options', async () => {
    const w = world();
    expect((await create(w, bug({ [FIELD_SEVERITY]: { value: 'Apocalyptic' } }))).body.errors).toEqual({ [FIELD_SEVERITY]: "Option value 'Apocalyptic' is not valid" });
    expect((await create(w, bug({ [FIELD_SEVERITY]: { id: '1' } }))).body.errors).toEqual({ [FIELD_SEVERITY]: "Option id '1' is not valid" });
    expect((await create(w, bug({ [FIELD_SEVERITY]: 'Major' }))).body.errors).toEqual({ [FIELD_SEVERITY]: "Specify a valid 'id' or 'name' for Severity" });
    expect((await create(w, bug({ [FIELD_SEVERITY]: { id: '10100' } }))).status).toBe(201);
  });

  it('rejects a description that is not a valid ADF document', async () => {
    const w = world();
    for (const description of [{ type: 'doc', version: 2, content: [] }, { type: 'doc', version: 1, content: [{ type: 'marquee' }] }, { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text' }] }] }]) {
      const res = await create(w, { fields: { project: { key: 'WEB' }, issuetype: { id: TYPE_TASK }, summary: 'x', description } });
      expect(res.body.errors.description).toBe('Operation value must be an Atlassian Document (see the Atlassian Document Format)');
    }
  });

  it('needs a parent for a sub-task, of the right level', async () => {
    const w = world();
    const sub = (parent?: unknown) => ({ fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_SUBTASK }, summary: 'Write tests', ...(parent ? { parent } : {}) } });
    expect((await create(w, sub())).body.errors).toEqual({ issuetype: 'Issue type is a sub-task but parent issue key or id not specified.' });
    expect((await create(w, sub({ key: 'BIG-99999' }))).body.errors).toEqual({ parent: 'Could not find issue by id or key.' });
    const epic = [...w.acme.issues.values()].find((i) => i.issueTypeId === '10000')!;
    expect((await create(w, sub({ key: epic.key }))).body.errors).toEqual({ parent: 'Given parent issue does not belong to appropriate hierarchy.' });
    const task = [...w.acme.issues.values()].find((i) => i.key.startsWith('BIG-') && i.issueTypeId === TYPE_TASK)!;
    const ok = await create(w, sub({ key: task.key }));
    expect(ok.status).toBe(201);
    const parent = await call(w, 'GET', `issue/${task.key}`, { query: { fields: 'subtasks' } });
    expect(parent.body.fields.subtasks.map((s: { key: string }) => s.key)).toContain(ok.body.key);
    const story = await create(w, { fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_STORY }, summary: 'Under an epic', parent: { key: epic.key } } });
    expect(story.status).toBe(201);
    expect(w.acme.issues.get(story.body.key)!.parentKey).toBe(epic.key);
  });

  it('only assigns assignable users', async () => {
    const w = world();
    const inactive = w.state.users.find((u) => !u.active)!;
    const res = await create(w, bug({ [FIELD_SEVERITY]: { value: 'Minor' }, assignee: { accountId: inactive.accountId } }));
    expect(res.body.errors).toEqual({ assignee: `User '${inactive.accountId}' cannot be assigned issues.` });
    expect((await create(w, bug({ [FIELD_SEVERITY]: { value: 'Minor' }, assignee: null }))).status).toBe(201);
  });

  it('applies update operations on create', async () => {
    const w = world();
    const res = await create(w, { ...bug({ [FIELD_SEVERITY]: { value: 'Minor' } }), update: { labels: [{ add: 'from-update' }] } });
    expect(res.status).toBe(201);
    expect(w.acme.issues.get(res.body.key)!.fields.labels).toEqual(['from-update']);
  });

  it('answers 403 where the user lacks the Create issues permission', async () => {
    const w = world();
    const res = await create(w, { fields: { project: { key: 'OPS' }, issuetype: { id: TYPE_TASK }, summary: 'Not mine' } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ errorMessages: ['You do not have permission to create issues in this project.'], errors: {} });
  });
});
