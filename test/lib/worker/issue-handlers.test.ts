// The issue actions as the worker runs them, against the real simulator (OpenAPI-checked), with
// the number of Jira requests each one costs taken from the simulator's log.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_RECENT_QUERIES } from '../../../lib/storage/recent-queries.ts';
import { CREATE_UNCONFIRMED_MESSAGE } from '../../../lib/worker/create-handlers.ts';
import { LOST_CREATE_CHECKS_MS } from '../../../lib/worker/lost-create.ts';
import { SEARCH_INDEX_LAG_MS } from '../../sim/jira/search-consistency.ts';
import { rejection } from '../../coded-failure.ts';
import { openCreateForm, openPopup, requiredValues, sim, SITE_URL, siteId, useSimSuite, w } from './sim-suite.ts';

useSimSuite();

function issueInSim(key: string) {
  return [...sim.state.sites[0]!.issues.values()].find((i) => i.key === key);
}

describe('create', () => {
  it('costs exactly one Jira request from a warm popup: the POST', async () => {
    await openPopup();
    const cold = await openCreateForm('BIG', 'Bug');
    expect(cold.fields.find((f) => f.fieldId === 'customfield_10050')).toMatchObject({ required: true });
    sim.clearLog();

    const warm = await openCreateForm('BIG', 'Bug');
    expect(warm.fields).toEqual(cold.fields);
    const created = await w.call('issue.create', {
      siteId,
      projectKey: 'BIG',
      issueTypeId: warm.issueTypeId,
      fields: { summary: '  Warm create  ', ...requiredValues(warm.fields) },
    });
    expect(w.jiraRequests()).toEqual([`POST /ex/jira/${siteId}/rest/api/3/issue`]);
    expect(created).toEqual({ id: expect.any(String), key: expect.stringMatching(/^BIG-\d+$/), url: `${SITE_URL}/browse/${created.key}`, summary: 'Warm create' });
    expect(issueInSim(created.key)?.id).toBe(created.id);
  });

  it('reads create metadata cold in one request per page, and every page of fields', async () => {
    await openPopup();
    sim.clearLog();
    const { fields } = await openCreateForm('BIG', 'Bug');
    const requests = w.jiraRequests();
    expect(requests.filter((r) => r.includes('/project/search'))).toHaveLength(1);
    expect(requests.filter((r) => r.endsWith('/issuetypes'))).toHaveLength(1);
    const fieldPages = requests.filter((r) => /\/issuetypes\/\d+$/.test(r)).length;
    expect(fieldPages).toBe(Math.ceil(fields.length / 50));
    expect(new Set(fields.map((f) => f.fieldId)).size).toBe(fields.length);
  });

  it('remembers the last project and type, and lists that project first', async () => {
    await openPopup();
    const before = await openCreateForm('WEB', 'Task');
    expect(before.projects.map((p) => p.key)).toEqual(['BIG', 'WEB']);
    expect(await w.call('create.lastUsed', { siteId })).toEqual({});
    await w.call('issue.create', {
      siteId,
      projectKey: 'WEB',
      issueTypeId: before.issueTypeId,
      fields: { summary: 'Remember me', ...requiredValues(before.fields) },
    });
    expect(await w.call('create.lastUsed', { siteId })).toEqual({ projectKey: 'WEB', issueTypeId: before.issueTypeId });
    sim.clearLog();
    expect((await w.call('projects.list', { siteId })).projects.map((p) => p.key)).toEqual(['WEB', 'BIG']);
    // A query is answered from the complete cached list.
    expect((await w.call('projects.list', { siteId, query: 'platf' })).projects.map((p) => p.key)).toEqual(['BIG']);
    expect(w.jiraRequests()).toEqual([]);
  });

  it('finds the site address once when the session was not loaded first, then remembers it', async () => {
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    sim.clearLog();
    const first = await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'No session yet', ...requiredValues(fields) } });
    expect(first.url).toBe(`${SITE_URL}/browse/${first.key}`);
    expect(w.jiraRequests()).toEqual([`POST /ex/jira/${siteId}/rest/api/3/issue`, 'GET /oauth/token/accessible-resources']);
    sim.clearLog();
    await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'Session known', ...requiredValues(fields) } });
    expect(w.jiraRequests()).toEqual([`POST /ex/jira/${siteId}/rest/api/3/issue`]);
  });

  it('passes Jira’s refusal on with its field messages, and reloads the screen in the background', async () => {
    await openPopup();
    const { issueTypeId } = await openCreateForm('BIG', 'Bug');
    sim.clearLog();
    const refused = await rejection(w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'No severity' } }));
    expect(refused.code).toBe('jira_rejected');
    expect(refused.details.fieldErrors?.customfield_10050).toMatch(/Severity/);
    expect(w.jiraRequests()).toHaveLength(1);
    sim.clearLog();
    await w.call('create.fields', { siteId, projectKey: 'BIG', issueTypeId });
    expect(w.jiraRequests()).toEqual([]); // answered from the cache at once...
    await w.settle();
    expect(w.jiraRequests().length).toBeGreaterThan(0); // ...and reloaded behind it
  });

  it('does not send a create again when its answer is lost, and finds the issue it made', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    sim.clearLog();
    const summary = 'Lost answer: "quotes" & café';
    w.loseNextCreateAnswer();
    const created = await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary, ...requiredValues(fields) } });

    const requests = w.jiraRequests();
    expect(requests.filter((r) => r.startsWith('POST') && r.endsWith('/rest/api/3/issue'))).toHaveLength(1);
    const made = [...sim.state.sites[0]!.issues.values()].filter((i) => i.fields.summary === summary);
    expect(made).toHaveLength(1);
    expect(created).toEqual({ id: made[0]!.id, key: made[0]!.key, url: `${SITE_URL}/browse/${made[0]!.key}`, summary });
    // Search did not see it until the index caught up: checked at 1 s, 3 s and 6 s, found then.
    expect(SEARCH_INDEX_LAG_MS).toBe(5_000);
    expect(w.waits).toEqual(LOST_CREATE_CHECKS_MS.slice(0, 3));
    expect(requests.filter((r) => r.endsWith('/search/jql'))).toHaveLength(3);
    expect(await w.call('create.lastUsed', { siteId })).toEqual({ projectKey: 'BIG', issueTypeId });
  });

  it('says create_unconfirmed when the create never arrived, without sending it again', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    sim.clearLog();
    sim.faults.next(1, { kind: 'drop' }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    const summary = 'Never arrived at all';
    const lost = await rejection(w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary, ...requiredValues(fields) } }));
    expect(lost).toMatchObject({ code: 'create_unconfirmed', message: CREATE_UNCONFIRMED_MESSAGE });
    const requests = w.jiraRequests();
    expect(requests.filter((r) => r.startsWith('POST') && r.endsWith('/rest/api/3/issue'))).toHaveLength(1);
    expect(requests.filter((r) => r.endsWith('/search/jql'))).toHaveLength(LOST_CREATE_CHECKS_MS.length);
    expect([...sim.state.sites[0]!.issues.values()].some((i) => i.fields.summary === summary)).toBe(false);
    expect(await w.call('create.lastUsed', { siteId })).toEqual({});
  });

  it('does not retry a create that met a 429, and says how long to wait', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    sim.clearLog();
    sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 3 }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    const busy = await rejection(w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'Busy', ...requiredValues(fields) } }));
    expect(busy).toMatchObject({ code: 'rate_limited', details: { retryAfterMs: 3000 } });
    expect(w.jiraRequests()).toHaveLength(1);
    expect(w.waits).toEqual([]);
    expect(w.announced).toEqual([]);
  });
});

describe('one issue', () => {
  it('gets an issue in one request, with field names and its browse link', async () => {
    await openPopup();
    sim.clearLog();
    const { issue, url } = await w.call('issue.get', { siteId, key: 'BIG-1' });
    expect(w.jiraRequests()).toEqual([`GET /ex/jira/${siteId}/rest/api/3/issue/BIG-1`]);
    expect(issue).toMatchObject({ key: 'BIG-1', project: { key: 'BIG' } });
    expect(url).toBe(`${SITE_URL}/browse/BIG-1`);
    expect(issue.names?.summary).toBe('Summary');
    for (const id of Object.keys(issue.otherFields)) expect(issue.names?.[id]).toBeDefined();
  });

  it('brings the custom fields along, for the edit form to start from', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    const created = await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'With severity', ...requiredValues(fields) } });
    const { issue } = await w.call('issue.get', { siteId, key: created.key });
    expect(issue.otherFields.customfield_10050).toMatchObject({ id: expect.any(String) });
    expect(issue.names?.customfield_10050).toBe('Severity');
  });

  it('says issue_not_found for an issue that is not there', async () => {
    await openPopup();
    expect((await rejection(w.call('issue.get', { siteId, key: 'BIG-99999' }))).code).toBe('issue_not_found');
  });

  it('waits out a 429 on a read for exactly Retry-After, then answers', async () => {
    await openPopup();
    sim.clearLog();
    sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 2 }, { method: 'GET', pathIncludes: '/rest/api/3/issue/BIG-2' });
    const { issue } = await w.call('issue.get', { siteId, key: 'BIG-2' });
    expect(issue.key).toBe('BIG-2');
    expect(w.waits).toEqual([2000]);
    // The page is told, so the user sees why the answer is slow.
    expect(w.announced).toEqual([2000]);
    expect(w.jiraRequests()).toHaveLength(2);
  });

  it('caches edit metadata, and forgets it when the issue is updated (one request)', async () => {
    await openPopup();
    sim.clearLog();
    const meta = await w.call('issue.editMeta', { siteId, key: 'BIG-3' });
    expect(meta.find((f) => f.fieldId === 'summary')).toMatchObject({ required: true });
    await w.call('issue.editMeta', { siteId, key: 'BIG-3' });
    expect(w.jiraRequests()).toEqual([`GET /ex/jira/${siteId}/rest/api/3/issue/BIG-3/editmeta`]);

    sim.clearLog();
    expect(await w.call('issue.update', { siteId, key: 'BIG-3', fields: { summary: 'Renamed from the popup' } })).toEqual({});
    expect(w.jiraRequests()).toEqual([`PUT /ex/jira/${siteId}/rest/api/3/issue/BIG-3`]);
    expect(issueInSim('BIG-3')?.fields.summary).toBe('Renamed from the popup');

    sim.clearLog();
    await w.call('issue.editMeta', { siteId, key: 'BIG-3' });
    expect(w.jiraRequests()).toHaveLength(1);
  });

  it('passes an update’s refusal on with the field’s message', async () => {
    await openPopup();
    const refused = await rejection(w.call('issue.update', { siteId, key: 'BIG-3', fields: { summary: '' } }));
    expect(refused.code).toBe('jira_rejected');
    expect(refused.details.fieldErrors?.summary).toBeDefined();
  });

  it('lists the workflow steps and takes one (one request each)', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    const created = await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'Walk me', ...requiredValues(fields) } });
    await w.call('issue.editMeta', { siteId, key: created.key });
    sim.clearLog();
    const transitions = await w.call('issue.transitions', { siteId, key: created.key });
    expect(w.jiraRequests()).toHaveLength(1);
    const resolve = transitions.find((t) => t.name === 'Resolve')!;
    const resolution = resolve.fields.find((f) => f.fieldId === 'resolution')!;
    sim.clearLog();
    await w.call('issue.transition', { siteId, key: created.key, transitionId: resolve.id, fields: { resolution: { id: resolution.allowedValues![0]!.id } } });
    expect(w.jiraRequests()).toEqual([`POST /ex/jira/${siteId}/rest/api/3/issue/${created.key}/transitions`]);
    expect((await w.call('issue.get', { siteId, key: created.key })).issue.status.categoryKey).toBe('done');
    sim.clearLog();
    await w.call('issue.editMeta', { siteId, key: created.key });
    expect(w.jiraRequests()).toHaveLength(1); // dropped by the transition
  });

  it('deletes an issue in one request', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
    const created = await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary: 'Delete me', ...requiredValues(fields) } });
    sim.clearLog();
    expect(await w.call('issue.delete', { siteId, key: created.key, deleteSubtasks: false })).toEqual({});
    expect(w.jiraRequests()).toEqual([`DELETE /ex/jira/${siteId}/rest/api/3/issue/${created.key}`]);
    expect(issueInSim(created.key)).toBeUndefined();
    expect((await rejection(w.call('issue.delete', { siteId, key: created.key, deleteSubtasks: false }))).code).toBe('issue_not_found');
  });
});

describe('search', () => {
  it('reads one page in one request and remembers the query, newest first, at most 8', async () => {
    await openPopup();
    sim.clearLog();
    const page = await w.call('issues.search', { siteId, jql: 'project = BIG ORDER BY created DESC' });
    expect(w.jiraRequests()).toEqual([`POST /ex/jira/${siteId}/rest/api/3/search/jql`]);
    expect(page.issues.length).toBeGreaterThan(0);
    expect(page.isLast).toBe(false);
    const next = await w.call('issues.search', { siteId, jql: 'project = BIG ORDER BY created DESC', nextPageToken: page.nextPageToken! });
    expect(next.issues[0]?.key).not.toBe(page.issues[0]?.key);

    for (let i = 1; i <= MAX_RECENT_QUERIES; i++) await w.call('issues.search', { siteId, jql: `project = BIG AND key = BIG-${i}` });
    await w.call('issues.search', { siteId, jql: 'project = BIG AND key = BIG-2' });
    const { queries } = await w.call('search.recent', { siteId });
    expect(queries).toHaveLength(MAX_RECENT_QUERIES);
    expect(queries[0]).toBe('project = BIG AND key = BIG-2');
    expect(new Set(queries).size).toBe(queries.length);
    expect(queries).not.toContain('project = BIG ORDER BY created DESC');
  });

  it('does not remember a query Jira refused', async () => {
    await openPopup();
    const bad = await rejection(w.call('issues.search', { siteId, jql: 'project = BIG AND prioritee = High' }));
    expect(bad.code).toBe('jira_rejected');
    expect((await w.call('search.recent', { siteId })).queries).toEqual([]);
  });
});

describe('lookups', () => {
  it('lists assignable people by project or by issue, and suggests issues', async () => {
    await openPopup();
    sim.clearLog();
    const byProject = await w.call('users.assignable', { siteId, projectKey: 'BIG', query: '' });
    const byIssue = await w.call('users.assignable', { siteId, issueKey: 'BIG-2', query: '' });
    expect(byProject.length).toBeGreaterThan(1);
    expect(byIssue.map((u) => u.accountId).sort()).toEqual(byProject.map((u) => u.accountId).sort());
    const picked = await w.call('issues.pick', { siteId, query: 'BIG-1' });
    expect(picked[0]?.key).toBe('BIG-1');
    expect(w.jiraRequests()).toHaveLength(3);
    expect((await rejection(w.call('users.assignable', { siteId, query: 'a' }))).code).toBe('bad_message');
  });

  it('says not_connected when the profile has no tokens', async () => {
    await w.call('search.recent', { siteId }); // the profile is set up
    await fakeBrowser.storage.local.remove('auth.refresh.work');
    await fakeBrowser.storage.session.remove('auth.access.work');
    expect((await rejection(w.call('issue.get', { siteId, key: 'BIG-1' }))).code).toBe('not_connected');
  });
});
