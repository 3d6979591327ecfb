import { describe, expect, it } from 'vitest';
import { getIssueRequest, ISSUE_VIEW_FIELDS, processGetIssueResponse } from '../../../lib/jira/get-issue.ts';
import { API, CLOUD, issueType, jiraError, json, rejection, status, user } from './answers.ts';

const description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Steps' }] }] };

function bean(fields: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    expand: 'renderedFields,names,schema',
    id: '10100',
    key: 'BIG-7',
    self: `${API}/issue/10100`,
    fields: {
      summary: 'Login fails',
      status: status('10000', 'To Do', 'new'),
      issuetype: issueType('10002', 'Bug'),
      project: { self: `${API}/project/1`, id: '1', key: 'BIG', name: 'Big Platform', avatarUrls: { '48x48': 'https://a/p.png' } },
      created: '2026-11-01T10:00:00.000+0000',
      updated: '2026-11-02T10:00:00.000+0000',
      priority: { id: '3', name: 'Medium', iconUrl: 'https://acme.atlassian.net/images/icons/priorities/medium.svg' },
      assignee: null,
      reporter: user('u-1', 'Ada Lovelace'),
      labels: ['auth'],
      description,
      subtasks: [
        {
          id: '10101',
          key: 'BIG-8',
          self: `${API}/issue/10101`,
          fields: { summary: 'Write test', status: status('10003', 'Done', 'done'), issuetype: issueType('10004', 'Sub-task', true) },
        },
      ],
      parent: { id: '10001', key: 'BIG-1', fields: { summary: 'Epic one' } },
      customfield_10050: { id: '1', value: 'Critical' },
      ...fields,
    },
    ...extra,
  };
}

describe('get issue', () => {
  it('names the view’s fields plus the caller’s, comma-separated, and the expansions', () => {
    const request = getIssueRequest(CLOUD, 'BIG-7', { fields: ['customfield_10050', 'summary'], expand: ['names', 'transitions'] });
    expect(request.method).toBe('GET');
    expect(request.idempotent).toBe(true);
    const url = new URL(request.url);
    expect(url.pathname).toBe(`/ex/jira/${CLOUD}/rest/api/3/issue/BIG-7`);
    expect(url.searchParams.get('fields')).toBe([...ISSUE_VIEW_FIELDS, 'customfield_10050'].join(','));
    expect(url.searchParams.get('expand')).toBe('names,transitions');
    expect(new URL(getIssueRequest(CLOUD, 'BIG-7', { fields: [] }).url).searchParams.has('expand')).toBe(false);
  });

  it('returns the issue view', async () => {
    const issue = await processGetIssueResponse(json(bean()));
    expect(issue).toEqual({
      id: '10100',
      key: 'BIG-7',
      summary: 'Login fails',
      status: { id: '10000', name: 'To Do', categoryKey: 'new' },
      issuetype: { id: '10002', name: 'Bug', subtask: false, iconUrl: expect.stringMatching(/^https:/) },
      priority: { id: '3', name: 'Medium', iconUrl: 'https://acme.atlassian.net/images/icons/priorities/medium.svg' },
      reporter: { accountId: 'u-1', displayName: 'Ada Lovelace', avatarUrl: 'https://avatar-management.example/u-1.png' },
      created: '2026-11-01T10:00:00.000+0000',
      updated: '2026-11-02T10:00:00.000+0000',
      labels: ['auth'],
      description,
      subtasks: [
        {
          id: '10101',
          key: 'BIG-8',
          summary: 'Write test',
          status: { id: '10003', name: 'Done', categoryKey: 'done' },
          issuetype: { id: '10004', name: 'Sub-task', subtask: true, iconUrl: expect.stringMatching(/^https:/) },
        },
      ],
      parent: { id: '10001', key: 'BIG-1', summary: 'Epic one' },
      project: { id: '1', key: 'BIG', name: 'Big Platform', avatarUrl: 'https://a/p.png' },
      otherFields: { customfield_10050: { id: '1', value: 'Critical' } },
    });
  });

  it('reads empty fields as Jira sends them (null)', async () => {
    const issue = await processGetIssueResponse(
      json(bean({ priority: null, reporter: null, labels: [], description: null, subtasks: [], parent: undefined })),
    );
    expect(issue).toMatchObject({ labels: [], description: null, subtasks: [] });
    expect(issue).not.toHaveProperty('priority');
    expect(issue).not.toHaveProperty('reporter');
    expect(issue).not.toHaveProperty('parent');
  });

  it('adds names and transitions when expanded', async () => {
    const issue = await processGetIssueResponse(
      json(
        bean({}, {
          names: { summary: 'Summary', customfield_10050: 'Severity' },
          transitions: [{ id: '11', name: 'Start progress', to: status('10001', 'In Progress', 'indeterminate') }],
        }),
      ),
    );
    expect(issue.names).toEqual({ summary: 'Summary', customfield_10050: 'Severity' });
    expect(issue.transitions).toEqual([
      { id: '11', name: 'Start progress', to: { id: '10001', name: 'In Progress', categoryKey: 'indeterminate' }, fields: [] },
    ]);
  });

  it('calls a 404 issue_not_found with Jira’s message', async () => {
    const error = await rejection(
      processGetIssueResponse(jiraError(404, ['Issue does not exist or you do not have permission to see it.'])),
    );
    expect(error).toMatchObject({
      code: 'issue_not_found',
      message: 'Issue does not exist or you do not have permission to see it.',
      details: { status: 404 },
    });
    const bare = await rejection(processGetIssueResponse(new Response('', { status: 404 })));
    expect(bare).toMatchObject({ code: 'issue_not_found', message: expect.stringMatching(/does not exist/) });
  });

  it('keeps 401 as not_connected', async () => {
    expect((await rejection(processGetIssueResponse(json({ code: 401, message: 'Unauthorized' }, 401)))).code).toBe('not_connected');
  });

  it.each([
    ['no status', { status: undefined }],
    ['a summary that is not text', { summary: 42 }],
    ['labels that are not a list', { labels: 'auth' }],
  ])('refuses an issue with %s as bad_response', async (_name, fields) => {
    expect((await rejection(processGetIssueResponse(json(bean(fields))))).code).toBe('bad_response');
  });
});
