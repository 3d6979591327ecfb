import { describe, expect, it } from 'vitest';
import { assignableUsersRequest, processAssignableUsersResponse } from '../../../lib/jira/assignable-users.ts';
import { API, CLOUD, jiraError, json, rejection, user } from './answers.ts';

describe('assignable users', () => {
  it('asks by project or by issue, always with a query', () => {
    expect(assignableUsersRequest(CLOUD, { project: 'BIG' }, ' ad ')).toEqual({
      method: 'GET',
      url: `${API}/user/assignable/search?project=BIG&query=ad&maxResults=20`,
      idempotent: true,
    });
    expect(assignableUsersRequest(CLOUD, { issueKey: 'BIG-7' }, '').url).toBe(
      `${API}/user/assignable/search?issueKey=BIG-7&query=&maxResults=20`,
    );
  });

  it('returns active people only', async () => {
    const users = await processAssignableUsersResponse(json([user('u-1', 'Ada'), user('u-2', 'Gone', false), { accountId: 'u-3' }]));
    expect(users).toEqual([
      { accountId: 'u-1', displayName: 'Ada', avatarUrl: 'https://avatar-management.example/u-1.png' },
      { accountId: 'u-3', displayName: 'u-3' },
    ]);
  });

  it('refuses a non-list as bad_response and passes a 404', async () => {
    expect((await rejection(processAssignableUsersResponse(json({ users: [] })))).code).toBe('bad_response');
    expect(await rejection(processAssignableUsersResponse(jiraError(404, ["No project could be found with key 'X'."])))).toMatchObject({
      code: 'jira_rejected',
      message: "No project could be found with key 'X'.",
    });
  });
});
