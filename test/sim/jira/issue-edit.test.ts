import { describe, expect, it } from 'vitest';
import { FIELD_SEVERITY } from '../seed/jira-fields.ts';
import { answered, call, doc, world } from './harness.ts';

describe('PUT issue', () => {
  it('updates the summary and moves `updated`', async () => {
    const w = world();
    w.advance(60_000);
    const res = answered(await call(w, 'PUT', 'issue/BIG-5', { body: { fields: { summary: 'Renamed' } } }), 204);
    expect(res.body).toBeUndefined();
    const issue = w.acme.issues.get('BIG-5')!;
    expect(issue.fields.summary).toBe('Renamed');
    expect(issue.updated).toBe('2026-11-23T09:01:00.000+0000');
  });

  it('applies label operations: add, remove and set', async () => {
    const w = world();
    await call(w, 'PUT', 'issue/BIG-5', { body: { fields: { labels: ['a', 'b'] } } });
    const res = await call(w, 'PUT', 'issue/BIG-5', { body: { update: { labels: [{ add: 'c' }, { remove: 'a' }, { add: 'b' }] } } });
    expect(res.status).toBe(204);
    expect(w.acme.issues.get('BIG-5')!.fields.labels).toEqual(['b', 'c']);
    await call(w, 'PUT', 'issue/BIG-5', { body: { update: { labels: [{ set: ['z'] }] } } });
    expect(w.acme.issues.get('BIG-5')!.fields.labels).toEqual(['z']);
  });

  it('returns the issue with returnIssue=true', async () => {
    const w = world();
    const res = answered(await call(w, 'PUT', 'issue/BIG-5', { query: { returnIssue: 'true' }, body: { fields: { summary: 'Shown' } } }), 200);
    expect(res.body.fields.summary).toBe('Shown');
  });

  it('refuses fields off the edit screen, empty required fields and bad values', async () => {
    const w = world();
    const res = answered(await call(w, 'PUT', 'issue/BIG-5', { body: { fields: { summary: '', project: { key: 'WEB' }, status: { id: '10003' }, description: 'text' } } }), 400);
    expect(res.body.errors).toEqual({
      summary: 'You must specify a summary of the issue.',
      project: "Field 'project' cannot be set. It is not on the appropriate screen, or unknown.",
      status: "Field 'status' cannot be set. It is not on the appropriate screen, or unknown.",
      description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
    });
    const bug = [...w.acme.issues.values()].find((i) => i.key.startsWith('BIG-') && i.issueTypeId === '10002')!;
    const clear = await call(w, 'PUT', `issue/${bug.key}`, { body: { fields: { [FIELD_SEVERITY]: null } } });
    expect(clear.body.errors).toEqual({ [FIELD_SEVERITY]: 'Severity is required.' });
  });

  it('assigns, unassigns and adds a comment through update', async () => {
    const w = world();
    const other = w.state.users[2]!;
    expect((await call(w, 'PUT', 'issue/BIG-5', { body: { fields: { assignee: { accountId: other.accountId } } } })).status).toBe(204);
    expect(w.acme.issues.get('BIG-5')!.fields.assignee).toBe(other.accountId);
    const before = w.acme.issues.get('BIG-5')!.comments.length;
    expect((await call(w, 'PUT', 'issue/BIG-5', { body: { fields: { assignee: null }, update: { comment: [{ add: { body: doc('Unassigning') } }] } } })).status).toBe(204);
    const issue = w.acme.issues.get('BIG-5')!;
    expect(issue.fields.assignee).toBeNull();
    expect(issue.comments.length).toBe(before + 1);
  });

  it('answers 404 for an unknown issue', async () => {
    const w = world();
    expect((await call(w, 'PUT', 'issue/BIG-99999', { body: { fields: { summary: 'x' } } })).status).toBe(404);
  });
});
