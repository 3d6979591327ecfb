import { describe, expect, it } from 'vitest';
import { editIssueRequest, processEditIssueResponse } from '../../../lib/jira/edit-issue.ts';
import { editMetaRequest, processEditMetaResponse } from '../../../lib/jira/edit-meta.ts';
import { API, CLOUD, empty, jiraError, json, rejection } from './answers.ts';

describe('edit issue', () => {
  it('puts only the changes it is given, and may be sent again', () => {
    expect(editIssueRequest(CLOUD, 'BIG-7', { fields: { summary: 'New' } })).toEqual({
      method: 'PUT',
      url: `${API}/issue/BIG-7`,
      body: { fields: { summary: 'New' } },
      idempotent: true,
    });
    expect(editIssueRequest(CLOUD, 'BIG-7', { update: { labels: [{ add: 'x' }] } }).body).toEqual({ update: { labels: [{ add: 'x' }] } });
  });

  it('accepts 204', async () => {
    await expect(processEditIssueResponse(empty(204))).resolves.toBeUndefined();
  });

  it('brings per-field errors, 404 and 403 to the UI by code', async () => {
    const rejected = await rejection(processEditIssueResponse(jiraError(400, [], { summary: 'You must specify a summary of the issue.' })));
    expect(rejected).toMatchObject({ code: 'jira_rejected', details: { fieldErrors: { summary: 'You must specify a summary of the issue.' } } });
    expect((await rejection(processEditIssueResponse(jiraError(404, ['Issue does not exist or you do not have permission to see it.'])))).code).toBe(
      'issue_not_found',
    );
    expect((await rejection(processEditIssueResponse(jiraError(403, ['No.'])))).code).toBe('permission_denied');
  });
});

describe('edit metadata', () => {
  it('asks for one issue’s editmeta', () => {
    expect(editMetaRequest(CLOUD, 'BIG-7')).toEqual({ method: 'GET', url: `${API}/issue/BIG-7/editmeta`, idempotent: true });
  });

  it('keys fields by id, taking the id from the map', async () => {
    const meta = await processEditMetaResponse(
      json({
        fields: {
          summary: { required: true, schema: { type: 'string', system: 'summary' }, name: 'Summary', key: 'summary', operations: ['set'] },
          labels: {
            required: false,
            schema: { type: 'array', items: 'string', system: 'labels' },
            name: 'Labels',
            key: 'labels',
            autoCompleteUrl: 'https://acme.atlassian.net/rest/api/1.0/labels/suggest?query=',
            operations: ['add', 'set', 'remove'],
          },
        },
      }),
    );
    expect(meta.fields.summary).toEqual({
      fieldId: 'summary',
      key: 'summary',
      name: 'Summary',
      required: true,
      schema: { type: 'string', system: 'summary' },
      operations: ['set'],
    });
    expect(meta.fields.labels).toMatchObject({ fieldId: 'labels', schema: { items: 'string' }, operations: ['add', 'set', 'remove'] });
  });

  it('reads an issue the user may not edit as no fields', async () => {
    expect(await processEditMetaResponse(json({}))).toEqual({ fields: {} });
  });

  it('refuses a field without a name as bad_response', async () => {
    const answer = json({ fields: { summary: { required: true, schema: { type: 'string' } } } });
    expect((await rejection(processEditMetaResponse(answer))).code).toBe('bad_response');
  });

  it('calls a 404 issue_not_found', async () => {
    expect((await rejection(processEditMetaResponse(jiraError(404, ['Issue does not exist or you do not have permission to see it.'])))).code).toBe(
      'issue_not_found',
    );
  });
});
