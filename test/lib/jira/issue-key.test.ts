import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import { browseUrl, parseIssueReference } from '../../../lib/jira/issue-key.ts';

describe('issue references', () => {
  it.each([
    ['ABC-123', 'ABC-123'],
    ['abc-123', 'ABC-123'],
    ['  Big-7 \n', 'BIG-7'],
    ['A1_B-9', 'A1_B-9'],
    ['https://acme.atlassian.net/browse/BIG-12', 'BIG-12'],
    ['https://acme.atlassian.net/browse/big-12/', 'BIG-12'],
    ['https://acme.atlassian.net/browse/BIG-12?focusedCommentId=1#comment-1', 'BIG-12'],
    ['acme.atlassian.net/browse/BIG-12', 'BIG-12'],
    ['https://acme.atlassian.net/jira/software/projects/BIG/boards/1?selectedIssue=BIG-44', 'BIG-44'],
    ['https://acme.atlassian.net/jira/software/c/projects/BIG/boards/1/backlog?selectedIssue=big-45', 'BIG-45'],
    ['https://acme.atlassian.net/jira/software/projects/BIG/issues/BIG-46', 'BIG-46'],
    ['https://acme.atlassian.net/jira/software/projects/BIG/issues/BIG-46?jql=project%20%3D%20BIG', 'BIG-46'],
    ['https://acme.atlassian.net/jira/core/projects/OPS/issues/OPS-3', 'OPS-3'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12', 'SUP-12'],
  ])('reads %j as %s', (input, key) => {
    expect(parseIssueReference(input)).toEqual({ key });
  });

  it.each([
    ['', { reason: 'empty' }],
    ['   ', { reason: 'empty' }],
    ['123', { reason: 'number_only', number: '123' }],
    ['BIG', { reason: 'project_only', project: 'BIG' }],
    ['big-', { reason: 'project_only', project: 'BIG' }],
    ['A-1', { reason: 'project_too_short' }],
    ['1AB-2', { reason: 'starts_with_digit' }],
    ['BIG 12', { reason: 'has_spaces' }],
    ['BIG-12: Login fails', { reason: 'has_spaces' }],
    ['BIG-1x', { reason: 'not_a_key' }],
    ['B!G-1', { reason: 'not_a_key' }],
    ['javascript:alert(1)', { reason: 'link_scheme' }],
    ['ftp://acme.atlassian.net/browse/BIG-1', { reason: 'link_scheme' }],
    ['https://acme.atlassian.net/jira/your-work', { reason: 'link_no_issue' }],
    ['https://acme.atlassian.net/jira/software/projects/BIG/issues/', { reason: 'link_no_issue' }],
    ['https://acme.atlassian.net/browse/BIG', { reason: 'link_names_not_key', named: 'BIG' }],
    ['https://acme.atlassian.net/jira/software/projects/BIG/boards/1?selectedIssue=oops', { reason: 'link_selected_not_key', named: 'oops' }],
    ['https://', { reason: 'link_unreadable' }],
  ])('refuses %j, saying why', (input, problem) => {
    expect(parseIssueReference(input)).toEqual({ error: { code: 'invalid_issue_key', ...problem } });
  });
});

describe('browse links', () => {
  it('builds {site}/browse/{key}', () => {
    expect(browseUrl('https://acme.atlassian.net', 'BIG-1')).toBe('https://acme.atlassian.net/browse/BIG-1');
    expect(browseUrl('https://acme.atlassian.net/', 'BIG-1')).toBe('https://acme.atlassian.net/browse/BIG-1');
  });

  it.each([
    ['http://acme.atlassian.net', 'https_required'],
    ['javascript:alert(1)', 'https_required'],
    ['not a url', 'invalid_url'],
    ['https://user:pw@acme.atlassian.net', 'invalid_url'],
  ])('refuses %s', (site, code) => {
    let thrown: unknown;
    try {
      browseUrl(site, 'BIG-1');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodedError);
    expect((thrown as CodedError).code).toBe(code);
  });
});
