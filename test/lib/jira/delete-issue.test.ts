import { describe, expect, it } from 'vitest';
import { deleteIssueRequest, processDeleteIssueResponse } from '../../../lib/jira/delete-issue.ts';
import { API, CLOUD, empty, jiraError, rejection } from './answers.ts';

describe('delete issue', () => {
  it('says whether sub-tasks go too', () => {
    expect(deleteIssueRequest(CLOUD, 'BIG-7', { deleteSubtasks: false })).toEqual({
      method: 'DELETE',
      url: `${API}/issue/BIG-7?deleteSubtasks=false`,
      idempotent: true,
    });
    expect(deleteIssueRequest(CLOUD, 'BIG-7', { deleteSubtasks: true }).url).toBe(`${API}/issue/BIG-7?deleteSubtasks=true`);
  });

  it('accepts 204', async () => {
    await expect(processDeleteIssueResponse(empty(204))).resolves.toBeUndefined();
  });

  it('calls the sub-task refusal has_subtasks, with Jira’s message', async () => {
    const message =
      "The issue 'BIG-7' has subtasks.  You must specify the 'deleteSubtasks' parameter to delete this issue and all its subtasks.";
    expect(await rejection(processDeleteIssueResponse(jiraError(400, [message])))).toMatchObject({ code: 'has_subtasks', message });
    expect(await rejection(processDeleteIssueResponse(new Response('', { status: 400 })))).toMatchObject({
      code: 'has_subtasks',
      message: expect.stringMatching(/sub-tasks/),
    });
  });

  it('keeps another 400 a plain refusal', async () => {
    expect((await rejection(processDeleteIssueResponse(jiraError(400, ['Something else went wrong.'])))).code).toBe('jira_rejected');
  });

  it('calls 403 permission_denied and 404 issue_not_found', async () => {
    const denied = await rejection(
      processDeleteIssueResponse(jiraError(403, ['You do not have permission to delete issues in this project.'])),
    );
    expect(denied).toMatchObject({ code: 'permission_denied', message: 'You do not have permission to delete issues in this project.' });
    expect((await rejection(processDeleteIssueResponse(jiraError(404, ['Issue does not exist or you do not have permission to see it.'])))).code).toBe(
      'issue_not_found',
    );
  });
});
