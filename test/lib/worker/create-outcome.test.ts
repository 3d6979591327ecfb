// The worker owns a create's outcome (lib/worker/create-outcome.ts), run against the simulator:
// the draft goes when Jira accepts, stays when it refuses or cannot be sure, and a page that lost
// the answer learns it from the worker, also from one started after the worker that sent it.
import { describe, expect, it } from 'vitest';
import { draftKey, outcomeKey } from '../../../lib/storage/keys.ts';
import { writeOutcome } from '../../../lib/storage/write-outcome.ts';
import { createOutcomes } from '../../../lib/worker/create-outcome.ts';
import { createHandlers } from '../../../lib/worker/handlers.ts';
import { deferred } from '../../deferred.ts';
import { memoryArea } from '../../fake-storage.ts';
import { openCreateForm, openPopup, requiredValues, sim, siteId, tokens, useSimSuite, w } from './sim-suite.ts';

const SCOPE = 'create.test';

useSimSuite();

async function bug(summary: string) {
  await openPopup();
  const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
  return { siteId, projectKey: 'BIG', issueTypeId, fields: { summary, ...requiredValues(fields) } };
}

const stored = async (key: string) => (await w.deps.local.get(key))[key];
const draft = (savedAt: number) => ({ kind: 'create', savedAt, siteId, projectKey: 'BIG', fields: {} });
const withSummary = (summary: string) => [...sim.state.sites[0]!.issues.values()].filter((i) => i.fields.summary === summary);

describe('the outcome of a create', () => {
  it('once Jira accepts it: the draft typed before it was sent goes, and the next page is told it was created', async () => {
    const input = await bug('Outcome: accepted');
    await w.deps.local.set({ [draftKey(SCOPE)]: draft(w.deps.now() - 1_000) });
    const created = await w.call('issue.create', { ...input, draftScope: SCOPE });
    expect(await stored(draftKey(SCOPE))).toBeUndefined();
    expect(await stored(outcomeKey(SCOPE))).toMatchObject({ kind: 'created', key: created.key, url: created.url, summary: 'Outcome: accepted' });
    expect(await w.call('create.outcome', { scope: SCOPE })).toEqual({ kind: 'created', ...created });
  });

  it('keeps a draft saved after the create was sent: that is newer text', async () => {
    const input = await bug('Outcome: typed on');
    await w.deps.local.set({ [draftKey(SCOPE)]: draft(w.deps.now() + 60_000) });
    await w.call('issue.create', { ...input, draftScope: SCOPE });
    expect(await stored(draftKey(SCOPE))).toMatchObject({ savedAt: expect.any(Number) });
  });

  it('when Jira refuses it: the draft stays and no outcome is kept', async () => {
    const input = await bug('Outcome: refused');
    await w.deps.local.set({ [draftKey(SCOPE)]: draft(w.deps.now() - 1_000) });
    sim.faults.next(1, { kind: 'status', status: 500 }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    await expect(w.call('issue.create', { ...input, draftScope: SCOPE })).rejects.toMatchObject({ code: 'server_error' });
    expect(await stored(draftKey(SCOPE))).toBeDefined();
    expect(await stored(outcomeKey(SCOPE))).toBeUndefined();
    expect(await w.call('create.outcome', { scope: SCOPE })).toEqual({ kind: 'none' });
  });

  it('when nobody can say whether it was made: the draft stays, and the next page is told to check Jira', async () => {
    const input = await bug('Outcome: never arrived');
    await w.deps.local.set({ [draftKey(SCOPE)]: draft(w.deps.now() - 1_000) });
    sim.faults.next(1, { kind: 'drop' }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    await expect(w.call('issue.create', { ...input, draftScope: SCOPE })).rejects.toMatchObject({ code: 'create_unconfirmed' });
    expect(await stored(draftKey(SCOPE))).toBeDefined();
    const reply = await w.call('create.outcome', { scope: SCOPE });
    expect(reply).toMatchObject({ kind: 'unconfirmed', message: expect.stringMatching(/Check Jira before trying again/) });
    expect(withSummary('Outcome: never arrived')).toEqual([]);
  });

  it('a create a stopped worker left pending: the next worker finds the issue in Jira instead of sending it again', async () => {
    const input = await bug('Outcome: worker stopped');
    const sentAt = w.deps.now();
    await w.deps.local.set({ [draftKey(SCOPE)]: draft(sentAt - 1_000) });
    // The first worker sent the create and stopped before Jira's answer reached it.
    await writeOutcome(w.deps.local, SCOPE, { kind: 'pending', at: sentAt, siteId, projectKey: 'BIG', summary: 'Outcome: worker stopped' });
    const made = await sim.fetch(`https://api.atlassian.com/ex/jira/${siteId}/rest/api/3/issue`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: { ...input.fields, project: { key: 'BIG' }, issuetype: { id: input.issueTypeId } } }),
    });
    const { key } = (await made.json()) as { key: string };
    sim.clearLog();

    const next = createHandlers(w.deps, undefined, { sleep: async (ms) => w.advance(ms), random: () => 0.5 });
    const reply = await next['create.outcome']({ scope: SCOPE });
    expect(reply).toMatchObject({ kind: 'created', key, summary: 'Outcome: worker stopped' });
    expect(w.jiraRequests().filter((r) => r.startsWith('POST') && r.endsWith('/rest/api/3/issue'))).toEqual([]);
    expect(withSummary('Outcome: worker stopped')).toHaveLength(1);
    expect(await stored(draftKey(SCOPE))).toBeUndefined();
  });

  it('a page that asks while the create is still on its way waits for Jira’s answer', async () => {
    const input = await bug('Outcome: still on its way');
    sim.faults.next(1, { kind: 'delay', ms: 300 }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    const sending = w.call('issue.create', { ...input, draftScope: SCOPE });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const asked = await w.call('create.outcome', { scope: SCOPE });
    const created = await sending;
    expect(asked).toEqual({ kind: 'created', ...created });
  });
});

describe('asking for the outcome while a create starts', () => {
  const issue = { id: '1', key: 'BIG-1', url: 'https://acme-sim.atlassian.net/browse/BIG-1', summary: 'S' };
  const pending = { siteId: 'c1', projectKey: 'BIG', summary: 'S' };

  it('before the create is even noted as pending, a page waits for it rather than looking it up', async () => {
    const { area } = memoryArea();
    const noting = deferred<void>();
    const slow = { ...area, set: async (items: Record<string, unknown>) => (await noting.promise, area.set(items)) };
    const outcomes = createOutcomes({ local: slow, now: () => 1_000 });
    const sent = deferred<typeof issue>();
    const creating = outcomes.track('create.c1', pending, () => sent.promise);
    let looked = 0;
    const asked = outcomes.resolve('create.c1', async () => {
      looked += 1;
      return issue;
    });
    noting.resolve();
    sent.resolve(issue);
    await expect(creating).resolves.toEqual(issue);
    await expect(asked).resolves.toEqual({ kind: 'created', ...issue });
    expect(looked).toBe(0);
  });

  it('two pages asking about a create a stopped worker left pending share one lookup', async () => {
    const { area } = memoryArea();
    await writeOutcome(area, 'create.c1', { kind: 'pending', at: 1_000, ...pending });
    const outcomes = createOutcomes({ local: area, now: () => 2_000 });
    let looked = 0;
    const lookup = async () => {
      looked += 1;
      return issue;
    };
    const [first, second] = await Promise.all([outcomes.resolve('create.c1', lookup), outcomes.resolve('create.c1', lookup)]);
    expect(first).toEqual({ kind: 'created', ...issue });
    expect(second).toEqual(first);
    expect(looked).toBe(1);
  });
});
