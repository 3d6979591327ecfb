import { describe, expect, it } from 'vitest';
import { issuePickerRequest, processIssuePickerResponse } from '../../../lib/jira/issue-picker.ts';
import { API, CLOUD, json, rejection } from './answers.ts';

describe('issue picker', () => {
  it('sends only the options given', () => {
    expect(issuePickerRequest(CLOUD, { query: ' login ' })).toEqual({
      method: 'GET',
      url: `${API}/issue/picker?query=login`,
      idempotent: true,
    });
    const url = new URL(issuePickerRequest(CLOUD, { query: 'BIG-1', currentJQL: 'project = BIG', currentProjectId: '1', showSubTasks: false }).url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: 'BIG-1',
      currentJQL: 'project = BIG',
      currentProjectId: '1',
      showSubTasks: 'false',
    });
  });

  it('merges the sections without repeating an issue', async () => {
    const picked = await processIssuePickerResponse(
      json({
        sections: [
          { label: 'History Search', id: 'hs', issues: [{ id: 1, key: 'BIG-1', summary: '<b>Login</b> fails', summaryText: 'Login fails' }] },
          {
            label: 'Current Search',
            id: 'cs',
            issues: [
              { id: 1, key: 'BIG-1', summaryText: 'Login fails' },
              { id: 2, key: 'BIG-2', summaryText: 'Login slow' },
            ],
          },
          { label: 'Empty', id: 'x' },
        ],
      }),
    );
    expect(picked).toEqual([
      { key: 'BIG-1', summaryText: 'Login fails' },
      { key: 'BIG-2', summaryText: 'Login slow' },
    ]);
  });

  it('refuses suggestions without keys as bad_response', async () => {
    expect((await rejection(processIssuePickerResponse(json({ sections: [{ issues: [{ id: 1 }] }] })))).code).toBe('bad_response');
  });
});
