import { describe, expect, it } from 'vitest';
import {
  addCommentRequest,
  COMMENT_PAGE_SIZE,
  getCommentsRequest,
  processAddCommentResponse,
  processGetCommentsResponse,
} from '../../../lib/jira/comments.ts';
import { API, CLOUD, jiraError, json, rejection, user } from './answers.ts';

const doc = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

// Jira's Comment, as the spec documents it (getComments, addComment).
const comment = (id: string, text: string, author: object | null = user('acc-1', 'Chen Wei')) => ({
  self: `${API}/issue/10010/comment/${id}`,
  id,
  ...(author ? { author, updateAuthor: author } : {}),
  body: doc(text),
  created: '2026-11-19T09:30:00.000+0100',
  updated: '2026-11-19T09:30:00.000+0100',
  jsdPublic: true,
});

describe('comments: reading', () => {
  it('asks for the newest first, a page at a time, and may be sent again', () => {
    expect(getCommentsRequest(CLOUD, 'BIG-7')).toEqual({
      method: 'GET',
      url: `${API}/issue/BIG-7/comment?orderBy=-created&startAt=0&maxResults=${COMMENT_PAGE_SIZE}`,
      idempotent: true,
    });
    expect(getCommentsRequest(CLOUD, 'BIG-7', 10, 3).url).toBe(`${API}/issue/BIG-7/comment?orderBy=-created&startAt=10&maxResults=3`);
  });

  it('reads a page: author with https avatar, body as sent, and where the older ones start', async () => {
    const page = await processGetCommentsResponse(json({ startAt: 0, maxResults: 2, total: 5, comments: [comment('10001', 'Newest'), comment('10000', 'Older')] }));
    expect(page.total).toBe(5);
    expect(page.nextStartAt).toBe(2);
    expect(page.comments[0]).toEqual({
      id: '10001',
      author: { accountId: 'acc-1', displayName: 'Chen Wei', avatarUrl: 'https://avatar-management.example/acc-1.png' },
      body: doc('Newest'),
      created: '2026-11-19T09:30:00.000+0100',
    });
  });

  it('ends at the last page, and keeps a comment whose author Jira does not name', async () => {
    const page = await processGetCommentsResponse(json({ startAt: 4, maxResults: 2, total: 5, comments: [comment('9', 'First ever', null)] }));
    expect(page.nextStartAt).toBeUndefined();
    expect(page.comments).toEqual([{ id: '9', body: doc('First ever'), created: '2026-11-19T09:30:00.000+0100' }]);
  });

  it('brings 404 to the UI as issue_not_found, and an unexpected shape as bad_response', async () => {
    expect((await rejection(processGetCommentsResponse(jiraError(404, ['Issue does not exist or you do not have permission to see it.'])))).code).toBe(
      'issue_not_found',
    );
    expect((await rejection(processGetCommentsResponse(json({ startAt: 0, comments: 'none' })))).code).toBe('bad_response');
  });
});

describe('comments: adding', () => {
  it('posts the ADF body once: a POST is never sent again by itself', () => {
    expect(addCommentRequest(CLOUD, 'BIG-7', doc('Hello'))).toEqual({
      method: 'POST',
      url: `${API}/issue/BIG-7/comment`,
      body: { body: doc('Hello') },
      idempotent: false,
    });
  });

  it('reads the created comment from the 201', async () => {
    const added = await processAddCommentResponse(json(comment('10002', 'Thanks'), 201));
    expect(added).toMatchObject({ id: '10002', author: { displayName: 'Chen Wei' }, body: doc('Thanks') });
  });

  it('keeps Jira’s reason for a refusal on the comment field, and tells 403 and 404 apart', async () => {
    const refused = await rejection(processAddCommentResponse(jiraError(400, [], { comment: 'Comment body can not be empty!' })));
    expect(refused).toMatchObject({ code: 'jira_rejected', details: { fieldErrors: { comment: 'Comment body can not be empty!' } } });
    expect((await rejection(processAddCommentResponse(jiraError(403, ['You do not have the permission to comment on this issue.'])))).code).toBe(
      'permission_denied',
    );
    expect((await rejection(processAddCommentResponse(jiraError(404, ['Issue does not exist or you do not have permission to see it.'])))).code).toBe(
      'issue_not_found',
    );
  });
});
