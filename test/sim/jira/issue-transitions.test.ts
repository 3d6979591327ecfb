import { describe, expect, it } from 'vitest';
import { RESOLVE_TRANSITION_ID, STATUS_DONE, STATUS_IN_PROGRESS, STATUS_TODO } from '../seed/jira-catalog.ts';
import { answered, call, doc, world } from './harness.ts';
import type { World } from './harness.ts';

function todoIssue(w: World) {
  return [...w.acme.issues.values()].find((i) => i.key.startsWith('BIG-') && i.statusId === STATUS_TODO)!;
}

describe('transitions', () => {
  it('lists the transitions from the current status, with screen fields on request', async () => {
    const w = world();
    const issue = todoIssue(w);
    const plain = await call(w, 'GET', `issue/${issue.key}/transitions`);
    expect(plain.violations).toEqual([]);
    expect(plain.body.transitions.map((t: { name: string }) => t.name)).toEqual(['Start progress', 'Resolve']);
    expect(plain.body.transitions[0]).not.toHaveProperty('fields');
    const expanded = await call(w, 'GET', `issue/${issue.key}/transitions`, { query: { expand: 'transitions.fields' } });
    expect(expanded.violations).toEqual([]);
    const resolve = expanded.body.transitions.find((t: { id: string }) => t.id === RESOLVE_TRANSITION_ID);
    expect(resolve).toMatchObject({ hasScreen: true, to: { name: 'Done', statusCategory: { key: 'done' } } });
    expect(resolve.fields.resolution).toMatchObject({ required: true, name: 'Resolution', schema: { type: 'resolution', system: 'resolution' } });
    expect(resolve.fields.resolution.allowedValues.map((r: { name: string }) => r.name)).toContain("Won't Do");
    const start = expanded.body.transitions.find((t: { id: string }) => t.id === '11');
    expect(start.fields).toEqual({});
  });

  it('moves the issue and answers 204', async () => {
    const w = world();
    const issue = todoIssue(w);
    answered(await call(w, 'POST', `issue/${issue.key}/transitions`, { body: { transition: { id: '11' } } }), 204);
    expect(issue.statusId).toBe(STATUS_IN_PROGRESS);
  });

  it('insists on the resolution when resolving, then stores it', async () => {
    const w = world();
    const issue = todoIssue(w);
    const missing = answered(await call(w, 'POST', `issue/${issue.key}/transitions`, { body: { transition: { id: RESOLVE_TRANSITION_ID } } }), 400);
    expect(missing.body).toEqual({ errorMessages: [], errors: { resolution: 'Resolution is required.' } });
    expect(issue.statusId).toBe(STATUS_TODO);
    const offScreen = await call(w, 'POST', `issue/${issue.key}/transitions`, { body: { transition: { id: RESOLVE_TRANSITION_ID }, fields: { resolution: { name: 'Done' }, summary: 'x' } } });
    expect(offScreen.body.errors).toEqual({ summary: "Field 'summary' cannot be set. It is not on the appropriate screen, or unknown." });
    const ok = await call(w, 'POST', `issue/${issue.key}/transitions`, {
      body: { transition: { id: RESOLVE_TRANSITION_ID }, fields: { resolution: { name: "Won't Do" } }, update: { comment: [{ add: { body: doc('Closing') } }] } },
    });
    expect(ok.status).toBe(204);
    expect(issue.statusId).toBe(STATUS_DONE);
    expect(issue.fields.resolution).toEqual({ id: '10001', name: "Won't Do" });
    expect(issue.fields.resolutiondate).toBe('2026-11-23T09:00:00.000+0000');
    const got = await call(w, 'GET', `issue/${issue.key}`, { query: { fields: 'resolution,status' } });
    expect(got.body.fields.resolution.name).toBe("Won't Do");
    const reopen = await call(w, 'POST', `issue/${issue.key}/transitions`, { body: { transition: { id: '61' } } });
    expect(reopen.status).toBe(204);
    expect(issue.fields.resolution).toBeNull();
  });

  it('refuses a transition that is not available, or none at all', async () => {
    const w = world();
    const issue = todoIssue(w);
    const res = answered(await call(w, 'POST', `issue/${issue.key}/transitions`, { body: { transition: { id: '61' } } }), 400);
    expect(res.body).toEqual({ errorMessages: ["Transition id '61' is not valid for this issue."], errors: {} });
    expect((await call(w, 'POST', `issue/${issue.key}/transitions`, { body: { fields: {} } })).body.errorMessages).toEqual(["Missing 'transition' identifier"]);
  });
});

describe('comments', () => {
  it('adds an ADF comment and pages through them', async () => {
    const w = world();
    const before = w.acme.issues.get('BIG-8')!.comments.length;
    const added = answered(await call(w, 'POST', 'issue/BIG-8/comment', { body: { body: doc('Looks good') } }), 201);
    expect(added.body).toMatchObject({ body: doc('Looks good'), author: { accountId: w.me.accountId }, created: '2026-11-23T09:00:00.000+0000' });
    w.advance(1000);
    await call(w, 'POST', 'issue/BIG-8/comment', { body: { body: doc('Second') } });
    const all = await call(w, 'GET', 'issue/BIG-8/comment');
    expect(all.violations).toEqual([]);
    expect(all.body).toMatchObject({ startAt: 0, total: before + 2 });
    expect(all.body.comments.at(-1).body).toEqual(doc('Second'));
    const newest = await call(w, 'GET', 'issue/BIG-8/comment', { query: { orderBy: '-created', maxResults: '1' } });
    expect(newest.body.comments).toHaveLength(1);
    expect(newest.body.comments[0].body).toEqual(doc('Second'));
    expect(Number(newest.body.comments[0].id)).toBeGreaterThan(Number(added.body.id));
  });

  it('refuses a body that is not ADF', async () => {
    const w = world();
    const res = await call(w, 'POST', 'issue/BIG-8/comment', { body: { body: 'plain' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.comment).toBe('Operation value must be an Atlassian Document (see the Atlassian Document Format)');
  });
});
