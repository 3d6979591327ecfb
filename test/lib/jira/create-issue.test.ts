import { describe, expect, it } from 'vitest';
import { createIssueRequest, processCreateIssueResponse } from '../../../lib/jira/create-issue.ts';
import { API, CLOUD, jiraError, json, rejection } from './answers.ts';

describe('create issue', () => {
  it('posts fields (and update only when it has operations), and is never sent twice', () => {
    const fields = { project: { key: 'BIG' }, issuetype: { id: '10002' }, summary: 'Login fails' };
    expect(createIssueRequest(CLOUD, { fields, update: {} })).toEqual({
      method: 'POST',
      url: `${API}/issue`,
      body: { fields },
      idempotent: false,
    });
    expect(createIssueRequest(CLOUD, { fields, update: { labels: [{ add: 'x' }] } }).body).toEqual({
      fields,
      update: { labels: [{ add: 'x' }] },
    });
  });

  it('returns id, key and self', async () => {
    const created = await processCreateIssueResponse(json({ id: '10500', key: 'BIG-200', self: `${API}/issue/10500` }, 201));
    expect(created).toEqual({ id: '10500', key: 'BIG-200', self: `${API}/issue/10500` });
  });

  it('brings Jira’s per-field errors to the form', async () => {
    const error = await rejection(
      processCreateIssueResponse(
        jiraError(400, [], { customfield_10050: 'Severity is required.', summary: 'You must specify a summary of the issue.' }),
      ),
    );
    expect(error.code).toBe('jira_rejected');
    expect(error.details.fieldErrors).toEqual({
      customfield_10050: 'Severity is required.',
      summary: 'You must specify a summary of the issue.',
    });
  });

  it('calls a 403 permission_denied with Jira’s message', async () => {
    const error = await rejection(
      processCreateIssueResponse(jiraError(403, ['You do not have permission to create issues in this project.'])),
    );
    expect(error).toMatchObject({ code: 'permission_denied', message: 'You do not have permission to create issues in this project.' });
  });

  it('warns that the issue may exist when a success answer cannot be read', async () => {
    const error = await rejection(processCreateIssueResponse(json({ key: 'BIG-1' }, 201)));
    expect(error.code).toBe('bad_response');
    expect(error.message).toMatch(/before creating it again/);
    const notJson = await rejection(processCreateIssueResponse(new Response('<html>', { status: 201 })));
    expect(notJson.code).toBe('bad_response');
  });
});
