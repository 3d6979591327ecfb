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
    ['', /Type an issue key/],
    ['   ', /Type an issue key/],
    ['123', /Add the project key before the number, e.g. ABC-123/],
    ['BIG', /BIG looks like a project key/],
    ['big-', /BIG looks like a project key/],
    ['A-1', /at least two characters/],
    ['1AB-2', /starts with a letter/],
    ['BIG 12', /no spaces/],
    ['BIG-12: Login fails', /no spaces/],
    ['BIG-1x', /looks like ABC-123/],
    ['B!G-1', /looks like ABC-123/],
    ['javascript:alert(1)', /https:\/\//],
    ['ftp://acme.atlassian.net/browse/BIG-1', /https:\/\//],
    ['https://acme.atlassian.net/jira/your-work', /does not point to an issue/],
    ['https://acme.atlassian.net/jira/software/projects/BIG/issues/', /does not point to an issue/],
    ['https://acme.atlassian.net/browse/BIG', /not an issue key/],
    ['https://acme.atlassian.net/jira/software/projects/BIG/boards/1?selectedIssue=oops', /not an issue key/],
    ['https://', /cannot be read/],
  ])('refuses %j with a clear message', (input, message) => {
    const result = parseIssueReference(input);
    expect(result).toEqual({ error: { code: 'invalid_issue_key', message: expect.stringMatching(message) } });
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
