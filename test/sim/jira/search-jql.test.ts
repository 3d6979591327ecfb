import { describe, expect, it } from 'vitest';
import { TYPE_TASK } from '../seed/jira-catalog.ts';
import { SEARCH_INDEX_LAG_MS } from './search-consistency.ts';
import { answered, call, world } from './harness.ts';

const REMOVED = 'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

describe('search/jql', () => {
  it('pages through every BIG issue exactly once with nextPageToken', async () => {
    const w = world();
    const total = [...w.acme.issues.values()].filter((i) => i.key.startsWith('BIG-')).length;
    expect(total).toBeGreaterThanOrEqual(120);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const body: Record<string, unknown> = { jql: 'project = BIG ORDER BY created DESC', maxResults: 25, fields: ['summary', 'status'] };
      if (token) body.nextPageToken = token;
      const res = answered(await call(w, 'POST', 'search/jql', { body }), 200);
      expect(res.body).not.toHaveProperty('total');
      seen.push(...res.body.issues.map((i: { key: string }) => i.key));
      token = res.body.nextPageToken;
      expect(res.body.isLast).toBe(token === undefined);
      pages += 1;
    } while (token);
    expect(pages).toBe(Math.ceil(total / 25));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const created = seen.map((k) => Date.parse(w.acme.issues.get(k)!.created));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });

  it('pages the GET form the same way', async () => {
    const w = world();
    const first = await call(w, 'GET', 'search/jql', { query: { jql: 'project = BIG', maxResults: '100', fields: 'key' } });
    expect(first.violations).toEqual([]);
    expect(first.body.issues).toHaveLength(100);
    const second = await call(w, 'GET', 'search/jql', { query: { jql: 'project = BIG', maxResults: '100', fields: 'key', nextPageToken: first.body.nextPageToken } });
    expect(second.body.isLast).toBe(true);
    expect(second.body).not.toHaveProperty('nextPageToken');
    expect(first.body.issues.length + second.body.issues.length).toBe([...w.acme.issues.values()].filter((i) => i.key.startsWith('BIG-')).length);
  });

  it('returns only ids unless fields are asked for', async () => {
    const w = world();
    const res = await call(w, 'GET', 'search/jql', { query: { jql: 'assignee = currentUser()', maxResults: '5' } });
    expect(res.violations).toEqual([]);
    for (const issue of res.body.issues) expect(Object.keys(issue)).toEqual(['id']);
    const withFields = await call(w, 'GET', 'search/jql', { query: { jql: 'assignee = currentUser()', maxResults: '5', fields: 'summary,assignee', expand: 'names' } });
    expect(withFields.body.issues[0].fields.assignee.accountId).toBe(w.me.accountId);
    expect(Object.keys(withFields.body.issues[0].fields).sort()).toEqual(['assignee', 'summary']);
    expect(withFields.body.names).toEqual({ summary: 'Summary', assignee: 'Assignee' });
    expect(withFields.body.issues[0]).not.toHaveProperty('names');
  });

  it('refuses unbounded JQL, broken JQL and foreign page tokens', async () => {
    const w = world();
    for (const jql of ['', 'ORDER BY key DESC']) {
      const res = answered(await call(w, 'POST', 'search/jql', { body: { jql } }), 400);
      expect(res.body).toEqual({ errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} });
    }
    const broken = await call(w, 'POST', 'search/jql', { body: { jql: 'project = ' } });
    expect(broken.status).toBe(400);
    expect(broken.body.errorMessages[0]).toMatch(/^Error in the JQL Query:/);
    const first = await call(w, 'POST', 'search/jql', { body: { jql: 'project = BIG', maxResults: 10 } });
    const foreign = await call(w, 'POST', 'search/jql', { body: { jql: 'project = WEB', maxResults: 10, nextPageToken: first.body.nextPageToken } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errorMessages).toEqual(['The provided nextPageToken is invalid or has expired.']);
    expect((await call(w, 'POST', 'search/jql', { body: { jql: 'project = BIG', nextPageToken: 'garbage' } })).status).toBe(400);
    w.advance(8 * 86_400_000);
    expect((await call(w, 'POST', 'search/jql', { body: { jql: 'project = BIG', maxResults: 10, nextPageToken: first.body.nextPageToken } })).status).toBe(400);
  });

  it('hides a just-created issue until the index catches up, unless it is reconciled', async () => {
    const w = world();
    const created = await call(w, 'POST', 'issue', { body: { fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_TASK }, summary: 'Fresh one' } } });
    expect(created.status).toBe(201);
    const jql = 'project = BIG AND summary ~ "Fresh one"';
    const lagging = await call(w, 'POST', 'search/jql', { body: { jql, fields: ['summary'] } });
    expect(lagging.body.issues).toEqual([]);
    const reconciled = await call(w, 'POST', 'search/jql', { body: { jql, fields: ['summary'], reconcileIssues: [Number(created.body.id)] } });
    expect(reconciled.violations).toEqual([]);
    expect(reconciled.body.issues.map((i: { key: string }) => i.key)).toEqual([created.body.key]);
    const viaGet = await call(w, 'GET', 'search/jql', { query: { jql, reconcileIssues: created.body.id } });
    expect(viaGet.body.issues).toEqual([{ id: created.body.id }]);
    w.advance(SEARCH_INDEX_LAG_MS);
    expect((await call(w, 'POST', 'search/jql', { body: { jql } })).body.issues).toEqual([{ id: created.body.id }]);
  });

  it('the removed /search answers 410 for GET and POST', async () => {
    const w = world();
    for (const method of ['GET', 'POST'] as const) {
      const res = answered(await call(w, method, 'search', method === 'GET' ? { query: { jql: 'project = BIG' } } : { body: { jql: 'project = BIG' } }), 410);
      expect(res.body).toEqual({ errorMessages: [REMOVED], errors: {} });
    }
  });

  it('counts approximately with the same rules', async () => {
    const w = world();
    const res = await call(w, 'POST', 'search/approximate-count', { body: { jql: 'project = BIG' } });
    expect(res.violations).toEqual([]);
    expect(res.body.count).toBe([...w.acme.issues.values()].filter((i) => i.key.startsWith('BIG-')).length);
    expect((await call(w, 'POST', 'search/approximate-count', { body: { jql: 'order by key' } })).status).toBe(400);
  });
});
