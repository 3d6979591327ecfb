import { describe, expect, it } from 'vitest';
import { processSearchResponse, SEARCH_FIELDS, searchRequest } from '../../../lib/jira/search.ts';
import { API, CLOUD, issueType, jiraError, json, rejection, status, user } from './answers.ts';

const row = (n: number, extra: Record<string, unknown> = {}) => ({
  id: String(10000 + n),
  key: `BIG-${n}`,
  fields: {
    summary: `Issue ${n}`,
    status: status('10000', 'To Do', 'new'),
    issuetype: issueType('10001', 'Task'),
    priority: null,
    assignee: null,
    updated: '2026-11-02T10:00:00.000+0000',
    ...extra,
  },
});

describe('search', () => {
  it('posts the JQL with the row fields; a read, so it may be sent again', () => {
    expect(searchRequest(CLOUD, { jql: 'project = BIG ORDER BY key', nextPageToken: 'abc', reconcileIssues: ['10500', 'x'] })).toEqual({
      method: 'POST',
      url: `${API}/search/jql`,
      body: {
        jql: 'project = BIG ORDER BY key',
        fields: [...SEARCH_FIELDS],
        maxResults: 100,
        nextPageToken: 'abc',
        reconcileIssues: [10500],
      },
      idempotent: true,
    });
    expect(searchRequest(CLOUD, { jql: 'project = BIG', maxResults: 10 }).body).toEqual({
      jql: 'project = BIG',
      fields: [...SEARCH_FIELDS],
      maxResults: 10,
    });
  });

  it('returns rows and the next page token', async () => {
    const page = await processSearchResponse(
      json({ issues: [row(1, { priority: { id: '3', name: 'Medium' }, assignee: user('u-1', 'Ada') })], nextPageToken: 'next', isLast: false }),
    );
    expect(page).toEqual({
      issues: [
        {
          id: '10001',
          key: 'BIG-1',
          summary: 'Issue 1',
          status: { id: '10000', name: 'To Do', categoryKey: 'new' },
          issuetype: { id: '10001', name: 'Task', subtask: false, iconUrl: expect.stringMatching(/^https:/) },
          priority: { id: '3', name: 'Medium' },
          assignee: { accountId: 'u-1', displayName: 'Ada', avatarUrl: 'https://avatar-management.example/u-1.png' },
          updated: '2026-11-02T10:00:00.000+0000',
        },
      ],
      nextPageToken: 'next',
      isLast: false,
    });
  });

  it.each([
    ['isLast true', { isLast: true }],
    ['a null token', { nextPageToken: null, isLast: true }],
    ['no token and no isLast', {}],
  ])('ends on %s', async (_name, extra) => {
    const page = await processSearchResponse(json({ issues: [row(1)], ...extra }));
    expect(page.isLast).toBe(true);
    expect(page).not.toHaveProperty('nextPageToken');
  });

  it('shows Jira’s JQL error as it is', async () => {
    const message = "Field 'prioritee' does not exist or you do not have permission to view it.";
    expect(await rejection(processSearchResponse(jiraError(400, [message])))).toMatchObject({ code: 'jira_rejected', message });
  });

  it('refuses rows without the asked fields (ids only) as bad_response', async () => {
    expect((await rejection(processSearchResponse(json({ issues: [{ id: '1' }], isLast: true })))).code).toBe('bad_response');
  });
});
