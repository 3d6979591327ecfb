import { describe, expect, it } from 'vitest';
import { TYPE_TASK } from '../seed/jira-catalog.ts';
import { answered, call, world } from './harness.ts';

describe('myself', () => {
  it('describes the signed-in user', async () => {
    const w = world();
    const res = await call(w, 'GET', 'myself');
    expect(res.violations).toEqual([]);
    expect(res.body).toMatchObject({
      accountId: w.me.accountId, accountType: 'atlassian', displayName: w.me.displayName, emailAddress: w.me.emailAddress,
      active: true, timeZone: w.me.timeZone, self: expect.stringContaining('/rest/api/3/user?accountId='),
    });
    for (const size of ['16x16', '24x24', '32x32', '48x48']) expect(res.body.avatarUrls[size]).toMatch(/^https:\/\//);
  });
});

describe('project/search', () => {
  it('lists the projects, filtered to where the user may create with action=create', async () => {
    const w = world();
    const all = await call(w, 'GET', 'project/search');
    expect(all.violations).toEqual([]);
    expect(all.body.values.map((p: { key: string }) => p.key)).toEqual(['BIG', 'OPS', 'WEB']);
    expect(all.body).toMatchObject({ startAt: 0, maxResults: 50, total: 3, isLast: true });
    expect(all.body.values[0]).toMatchObject({ id: '10000', name: 'Big Platform', projectTypeKey: 'software', simplified: false, style: 'classic', avatarUrls: { '48x48': expect.any(String) } });
    const creatable = await call(w, 'GET', 'project/search', { query: { action: 'create' } });
    expect(creatable.body.values.map((p: { key: string }) => p.key)).toEqual(['BIG', 'WEB']);
  });

  it('filters by query on key or name, and pages', async () => {
    const w = world();
    expect((await call(w, 'GET', 'project/search', { query: { query: 'web' } })).body.values.map((p: { key: string }) => p.key)).toEqual(['WEB']);
    expect((await call(w, 'GET', 'project/search', { query: { query: 'platf' } })).body.values.map((p: { key: string }) => p.key)).toEqual(['BIG']);
    const first = await call(w, 'GET', 'project/search', { query: { maxResults: '2' } });
    expect(first.violations).toEqual([]);
    expect(first.body).toMatchObject({ isLast: false, total: 3, nextPage: expect.stringContaining('startAt=2') });
    const second = await call(w, 'GET', 'project/search', { query: { maxResults: '2', startAt: '2' } });
    expect(second.body.values.map((p: { key: string }) => p.key)).toEqual(['WEB']);
    expect(second.body.isLast).toBe(true);
    const expanded = await call(w, 'GET', 'project/search', { query: { expand: 'issueTypes,lead', keys: 'BIG' } });
    expect(expanded.violations).toEqual([]);
    expect(expanded.body.values[0].issueTypes.map((t: { name: string }) => t.name)).toContain('Bug');
  });

  it('differs per site', async () => {
    const w = world();
    const res = await call(w, 'GET', 'project/search', { site: w.globex });
    expect(res.body.values.map((p: { key: string }) => p.key)).toEqual(['GLX', 'MKT', 'SUP']);
  });
});

describe('user/assignable/search', () => {
  it('returns active assignable users matching the start of a name or email', async () => {
    const w = world();
    const all = await call(w, 'GET', 'user/assignable/search', { query: { project: 'BIG', query: '' } });
    expect(all.violations).toEqual([]);
    const inactive = w.state.users.find((u) => !u.active)!;
    expect(all.body.map((u: { accountId: string }) => u.accountId)).not.toContain(inactive.accountId);
    expect(all.body.length).toBe(w.state.users.filter((u) => u.active).length);
    const bruno = await call(w, 'GET', 'user/assignable/search', { query: { project: 'BIG', query: 'oka' } });
    expect(bruno.body.map((u: { displayName: string }) => u.displayName)).toEqual(['Bruno Okafor']);
    const byIssue = await call(w, 'GET', 'user/assignable/search', { query: { issueKey: 'BIG-1', query: 'alana.g' } });
    expect(byIssue.body.map((u: { accountId: string }) => u.accountId)).toEqual([w.me.accountId]);
    const paged = await call(w, 'GET', 'user/assignable/search', { query: { project: 'BIG', startAt: '1', maxResults: '2' } });
    expect(paged.body).toHaveLength(2);
  });

  it('needs a project or an issue', async () => {
    const w = world();
    answered(await call(w, 'GET', 'user/assignable/search', { query: { query: 'a' } }), 400);
    expect((await call(w, 'GET', 'user/assignable/search', { query: { project: 'NOPE' } })).status).toBe(404);
  });
});

describe('issue/picker', () => {
  it('suggests issues by key prefix and summary words, in two sections', async () => {
    const w = world();
    const res = await call(w, 'GET', 'issue/picker', { query: { query: 'BIG-1' } });
    expect(res.violations).toEqual([]);
    const [hs, cs] = res.body.sections;
    expect(hs).toMatchObject({ id: 'hs', label: 'History Search' });
    expect(cs).toMatchObject({ id: 'cs', label: 'Current Search' });
    const keys = [...hs.issues, ...cs.issues].map((i: { key: string }) => i.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith('BIG-1')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const first = [...hs.issues, ...cs.issues].find((i: { key: string }) => i.key === 'BIG-1');
    expect(first).toMatchObject({ id: Number(w.acme.issues.get('BIG-1')!.id), keyHtml: '<b>BIG-1</b>', summaryText: w.acme.issues.get('BIG-1')!.fields.summary });
  });

  it('matches summary words, honours currentJQL and currentProjectId, and can hide sub-tasks', async () => {
    const w = world();
    const words = await call(w, 'GET', 'issue/picker', { query: { query: 'checkout', currentProjectId: '10000' } });
    const found = words.body.sections.flatMap((s: { issues: { key: string; summary: string }[] }) => s.issues);
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) {
      expect(i.key.startsWith('BIG-')).toBe(true);
      expect(i.summary).toContain('<b>checkout</b>');
    }
    const jql = await call(w, 'GET', 'issue/picker', { query: { query: '', currentJQL: 'project = WEB' } });
    for (const i of jql.body.sections[1].issues) expect(i.key.startsWith('WEB-')).toBe(true);
    const noSubs = await call(w, 'GET', 'issue/picker', { query: { query: 'Write tests', showSubTasks: 'false' } });
    expect(noSubs.body.sections.flatMap((s: { issues: unknown[] }) => s.issues)).toEqual([]);
  });

  it('does not offer a just-created issue before the search index has it', async () => {
    const w = world();
    await call(w, 'POST', 'issue', { body: { fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_TASK }, summary: 'Zebra crossing' } } });
    const now = await call(w, 'GET', 'issue/picker', { query: { query: 'zebra' } });
    expect(now.body.sections.flatMap((s: { issues: unknown[] }) => s.issues)).toEqual([]);
    w.advance(10_000);
    const later = await call(w, 'GET', 'issue/picker', { query: { query: 'zebra' } });
    expect(later.body.sections.flatMap((s: { issues: { summaryText: string }[] }) => s.issues).map((i: { summaryText: string }) => i.summaryText)).toEqual(['Zebra crossing']);
  });
});

describe('priorities and JQL suggestions', () => {
  it('lists priorities and suggests field values', async () => {
    const w = world();
    const priorities = await call(w, 'GET', 'priority');
    expect(priorities.body.map((p: { name: string }) => p.name)).toEqual(['Highest', 'High', 'Medium', 'Low', 'Lowest']);
    const suggestions = await call(w, 'GET', 'jql/autocompletedata/suggestions', { query: { fieldName: 'project', fieldValue: 'bi' } });
    expect(suggestions.violations).toEqual([]);
    expect(suggestions.body.results).toEqual([{ value: 'BIG', displayName: '<b>Bi</b>g Platform (BIG)' }]);
  });
});
