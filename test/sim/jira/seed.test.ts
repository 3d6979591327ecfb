import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { seedSites } from '../seed/sites.ts';
import { seedUsers } from '../seed/users.ts';
import { FIELD_SEVERITY } from '../seed/jira-fields.ts';
import { TYPE_BUG, TYPE_SUBTASK } from '../seed/jira-catalog.ts';
import { isAdfDocument } from './adf.ts';
import { createState } from '../state.ts';

describe('seeded Jira sites', () => {
  const users = seedUsers();
  const sites = seedSites(createRandom(1), users);
  const [acme, globex] = sites;
  const me = users[0]!;

  it('builds two sites with generated cloud ids, the same for the same seed', () => {
    expect(sites.map((s) => s.site.name)).toEqual(['Acme', 'Globex']);
    expect(acme!.site.url).toBe('https://acme-sim.atlassian.net');
    expect(acme!.site.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = seedSites(createRandom(1), seedUsers());
    expect(again.map((s) => s.site.id)).toEqual(sites.map((s) => s.site.id));
    expect([...again[0]!.issues.values()]).toEqual([...acme!.issues.values()]);
    expect(seedSites(createRandom(2), seedUsers())[0]!.site.id).not.toBe(acme!.site.id);
  });

  it('makes the first user a member of both sites and leaves the inactive account out of Globex', () => {
    expect(acme!.memberAccountIds).toContain(me.accountId);
    expect(globex!.memberAccountIds).toContain(me.accountId);
    const inactive = users.find((u) => !u.active)!;
    expect(acme!.memberAccountIds).toContain(inactive.accountId);
    expect(globex!.memberAccountIds).not.toContain(inactive.accountId);
  });

  it('gives BIG at least 130 issues with varied statuses, people, sub-tasks and rich descriptions', () => {
    const big = acme!.projects.find((p) => p.key === 'BIG')!;
    const issues = [...acme!.issues.values()].filter((i) => i.projectId === big.id);
    expect(issues.length).toBeGreaterThanOrEqual(130);
    expect(new Set(issues.map((i) => i.statusId)).size).toBe(4);
    expect(issues.filter((i) => i.fields.assignee === me.accountId).length).toBeGreaterThan(5);
    expect(issues.filter((i) => i.fields.reporter === me.accountId).length).toBeGreaterThan(5);
    expect(issues.filter((i) => i.watcherAccountIds.includes(me.accountId)).length).toBeGreaterThan(5);
    expect(issues.some((i) => i.issueTypeId === TYPE_SUBTASK && i.parentKey !== null)).toBe(true);
    expect(new Set(issues.map((i) => i.updated.slice(0, 10))).size).toBeGreaterThan(50);
    for (const i of issues) {
      expect(i.key).toMatch(/^BIG-\d+$/);
      expect(i.id).toMatch(/^\d+$/);
      if (i.fields.description !== null && i.fields.description !== undefined) expect(isAdfDocument(i.fields.description)).toBe(true);
    }
    const rich = JSON.stringify(['BIG-3', 'BIG-12', 'BIG-20'].map((k) => acme!.issues.get(k)!.fields.description));
    for (const node of ['heading', 'bulletList', 'orderedList', 'codeBlock', 'mention', 'table', '"link"']) expect(rich).toContain(node);
  });

  it('requires Severity on BIG bugs only, and every seeded BIG bug has one', () => {
    const big = acme!.projects.find((p) => p.key === 'BIG')!;
    const web = acme!.projects.find((p) => p.key === 'WEB')!;
    expect(big.screens[TYPE_BUG]!.find((s) => s.fieldId === FIELD_SEVERITY)?.required).toBe(true);
    expect(web.screens[TYPE_BUG]!.find((s) => s.fieldId === FIELD_SEVERITY)?.required).toBe(false);
    const bugs = [...acme!.issues.values()].filter((i) => i.projectId === big.id && i.issueTypeId === TYPE_BUG);
    expect(bugs.length).toBeGreaterThan(0);
    for (const bug of bugs) expect(bug.fields[FIELD_SEVERITY]).toMatchObject({ id: expect.any(String), value: expect.any(String) });
  });

  it('keeps keys in creation order and sub-tasks after their parent', () => {
    const issues = [...acme!.issues.values()].filter((i) => i.key.startsWith('BIG-'));
    for (let n = 1; n < issues.length; n++) expect(Date.parse(issues[n]!.created)).toBeGreaterThan(Date.parse(issues[n - 1]!.created));
    for (const i of issues.filter((x) => x.issueTypeId === TYPE_SUBTASK)) {
      expect(Date.parse(i.created)).toBeGreaterThan(Date.parse(acme!.issues.get(i.parentKey!)!.created));
    }
  });

  it('seeds a bigger BIG project on request, keeping keys in sequence and the default world as it was', () => {
    const bigIssues = (state: ReturnType<typeof createState>) => {
      const site = state.sites[0]!;
      const big = site.projects.find((p) => p.key === 'BIG')!;
      return [...site.issues.values()].filter((i) => i.projectId === big.id);
    };
    expect(bigIssues(createState()).length).toBe(155);
    expect([...createState({ bigProjectIssueCount: 120 }).sites[0]!.issues.keys()]).toEqual([...acme!.issues.keys()]);
    const many = bigIssues(createState({ bigProjectIssueCount: 420 }));
    expect(many.length).toBeGreaterThanOrEqual(500);
    expect(many.map((i) => i.key)).toEqual(many.map((_, n) => `BIG-${n + 1}`));
    expect(() => createState({ bigProjectIssueCount: 0 })).toThrow(/positive integer/);
  });
});
