// An issue's comments as the worker reads and adds them, against the real simulator
// (OpenAPI-checked): pages newest first, one Jira request each, and the worker owning the
// outcome of an added comment (its draft removed once Jira has it, never sent twice).
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AdfDoc } from '../../../lib/adf/schema.ts';
import { COMMENT_PAGE_SIZE } from '../../../lib/jira/comments.ts';
import { draftKey } from '../../../lib/storage/form-keys.ts';
import { commentDraft, commentScope } from '../../../components/issue/comment-draft.ts';
import { rejection } from '../../coded-failure.ts';
import { sim, siteId, tokens, useSimSuite, w } from './sim-suite.ts';

useSimSuite();

const doc = (text: string): AdfDoc => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const textOf = (body: unknown) => JSON.stringify(body).match(/"text":"([^"]*)"/)?.[1];

/** A BIG issue nobody has commented on yet, and not used by an earlier test of this file. */
const used = new Set<string>();
function quietIssue() {
  const issue = [...sim.state.sites[0]!.issues.values()].find((i) => i.key.startsWith('BIG-') && i.comments.length === 0 && !used.has(i.key));
  if (!issue) throw new Error('no BIG issue without comments');
  used.add(issue.key);
  return issue;
}

const storedDraft = async (scope: string) => (await fakeBrowser.storage.local.get(draftKey(scope)))[draftKey(scope)];

describe('comments', () => {
  it('lists the newest first, a page at a time, in one request each', async () => {
    const { key } = quietIssue();
    for (let i = 1; i <= COMMENT_PAGE_SIZE + 2; i++) {
      await w.call('comment.add', { siteId, key, body: doc(`Comment ${i}`) });
      w.advance(60_000);
    }
    sim.clearLog();

    const latest = await w.call('comments.list', { siteId, key });
    expect(latest.comments.map((c) => textOf(c.body))).toEqual(['Comment 7', 'Comment 6', 'Comment 5', 'Comment 4', 'Comment 3']);
    expect(latest).toMatchObject({ total: 7, nextStartAt: COMMENT_PAGE_SIZE });
    expect(latest.comments[0]?.author?.displayName).toBeTruthy();
    expect(w.jiraRequests()).toEqual([`GET /ex/jira/${siteId}/rest/api/3/issue/${key}/comment`]);
    expect(sim.log[0]?.query).toMatchObject({ orderBy: '-created', startAt: '0', maxResults: String(COMMENT_PAGE_SIZE) });

    const older = await w.call('comments.list', { siteId, key, startAt: latest.nextStartAt! });
    expect(older.comments.map((c) => textOf(c.body))).toEqual(['Comment 2', 'Comment 1']);
    expect(older.nextStartAt).toBeUndefined();
  });

  it('adds a comment in one POST, Jira stores its ADF, and the worker removes its draft with no page left to hear of it', async () => {
    const issue = quietIssue();
    const scope = commentScope(siteId, issue.key);
    await fakeBrowser.storage.local.set({ [draftKey(scope)]: commentDraft(siteId, issue.key, 'Looks **good**', sim.state.now() - 1000) });
    sim.clearLog();

    const body = doc('Looks good');
    const added = await w.call('comment.add', { siteId, key: issue.key, body, draftScope: scope });
    expect(w.jiraRequests()).toEqual([`POST /ex/jira/${siteId}/rest/api/3/issue/${issue.key}/comment`]);
    expect(issue.comments.map((c) => c.body)).toEqual([body]);
    expect(added).toMatchObject({ id: issue.comments[0]!.id, body });
    expect(await storedDraft(scope)).toBeUndefined();
  });

  it('keeps text typed after the comment was sent: that is a new draft', async () => {
    const { key } = quietIssue();
    const scope = commentScope(siteId, key);
    const later = commentDraft(siteId, key, 'And one more thing', sim.state.now() + 60_000);
    await fakeBrowser.storage.local.set({ [draftKey(scope)]: later });
    await w.call('comment.add', { siteId, key, body: doc('First thing'), draftScope: scope });
    expect(await storedDraft(scope)).toEqual(later);
  });

  it('the same comment asked for again while on its way (a popup reopened with its draft) is sent once', async () => {
    const issue = quietIssue();
    const scope = commentScope(siteId, issue.key);
    sim.clearLog();
    const payload = { siteId, key: issue.key, body: doc('Only once'), draftScope: scope };
    const [first, second] = await Promise.all([w.call('comment.add', payload), w.call('comment.add', payload)]);
    expect(second).toEqual(first);
    expect(issue.comments).toHaveLength(1);
    expect(w.jiraRequests().filter((r) => r.startsWith('POST'))).toHaveLength(1);
  });

  /** The comment as Jira stores it when the POST reached it and only its answer was lost. */
  const addedInJira = (key: string, body: AdfDoc) =>
    sim.fetch(`https://api.atlassian.com/ex/jira/${siteId}/rest/api/3/issue/${key}/comment`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body }),
    });
  const dropNextComment = () => sim.faults.next(1, { kind: 'drop' }, { method: 'POST', pathIncludes: '/comment' });
  const posts = () => w.jiraRequests().filter((r) => r.startsWith('POST'));

  it('answer lost after Jira added the comment: the worker finds it in the latest comments, clears the draft, and sends nothing again', async () => {
    const issue = quietIssue();
    const scope = commentScope(siteId, issue.key);
    await fakeBrowser.storage.local.set({ [draftKey(scope)]: commentDraft(siteId, issue.key, 'Arrived', w.deps.now() - 1000) });
    const body = doc('Arrived');
    await addedInJira(issue.key, body);
    sim.clearLog();
    dropNextComment();

    const added = await w.call('comment.add', { siteId, key: issue.key, body, draftScope: scope });
    expect(added).toMatchObject({ id: issue.comments[0]!.id, body });
    expect(issue.comments).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(await storedDraft(scope)).toBeUndefined();
  });

  it('answer lost and no such comment in Jira (another text, or the same one long before): the draft stays and the page is told', async () => {
    const issue = quietIssue();
    const scope = commentScope(siteId, issue.key);
    const draft = commentDraft(siteId, issue.key, 'Lost on the way', w.deps.now() - 1000);
    await fakeBrowser.storage.local.set({ [draftKey(scope)]: draft });
    await addedInJira(issue.key, doc('Lost on the way'));
    w.advance(10 * 60_000);
    await addedInJira(issue.key, doc('Something else'));
    sim.clearLog();
    dropNextComment();

    const lost = await rejection(w.call('comment.add', { siteId, key: issue.key, body: doc('Lost on the way'), draftScope: scope }));
    expect(lost.code).toBe('network');
    expect(issue.comments).toHaveLength(2);
    expect(posts()).toHaveLength(1);
    expect(await storedDraft(scope)).toEqual(draft);
  });

  it('a refused comment keeps its draft, and says why', async () => {
    const scope = commentScope(siteId, 'BIG-99999');
    const draft = commentDraft(siteId, 'BIG-99999', 'Lost?', sim.state.now() - 1000);
    await fakeBrowser.storage.local.set({ [draftKey(scope)]: draft });
    const refused = await rejection(w.call('comment.add', { siteId, key: 'BIG-99999', body: doc('Lost?'), draftScope: scope }));
    expect(refused).toMatchObject({ code: 'issue_not_found', message: 'Issue does not exist or you do not have permission to see it.' });
    expect(await storedDraft(scope)).toEqual(draft);
  });
});
