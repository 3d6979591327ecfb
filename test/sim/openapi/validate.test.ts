import { describe, expect, it } from 'vitest';
import { checkRequest, checkResponse } from './validate.ts';

const none = new URLSearchParams();
const json = 'application/json';

function get(path: string, query = '') {
  return checkRequest({ method: 'GET', path, query: new URLSearchParams(query), body: undefined });
}

const adf = {
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Steps to reproduce' }] }],
};

describe('checkRequest', () => {
  it('passes a valid createIssue request', () => {
    const check = checkRequest({
      method: 'POST',
      path: '/rest/api/3/issue',
      query: none,
      contentType: 'application/json; charset=utf-8',
      body: { fields: { project: { key: 'QA' }, issuetype: { id: '10001' }, summary: 'Broken', description: adf } },
    });
    expect(check).toEqual({ operationId: 'createIssue', deprecated: false, scopes: ['write:jira-work'], violations: [] });
  });

  it('reports a body that breaks the schema, with the JSON pointer', () => {
    const check = checkRequest({ method: 'POST', path: '/rest/api/3/issue', query: none, contentType: json, body: { fields: 'summary' } });
    expect(check.violations).toEqual(['POST /rest/api/3/issue request body: /fields must be object']);
  });

  it('reports a missing body, a missing Content-Type and a body the operation does not take', () => {
    expect(checkRequest({ method: 'POST', path: '/rest/api/3/issue', query: none, body: undefined }).violations)
      .toEqual(['POST /rest/api/3/issue request body: required but missing']);
    expect(checkRequest({ method: 'POST', path: '/rest/api/3/issue', query: none, body: { fields: {} } }).violations[0])
      .toContain('expected application/json');
    expect(checkRequest({ method: 'GET', path: '/rest/api/3/myself', query: none, contentType: json, body: { a: 1 } }).violations)
      .toEqual(['GET /rest/api/3/myself request body: the operation takes none']);
  });

  it('reports an undocumented query parameter (a typo of deleteSubtasks)', () => {
    const check = checkRequest({ method: 'DELETE', path: '/rest/api/3/issue/QA-1', query: new URLSearchParams('deleteSubtask=true'), body: undefined });
    expect(check.operationId).toBe('deleteIssue');
    expect(check.violations).toEqual(['DELETE /rest/api/3/issue/QA-1 query deleteSubtask is not a documented parameter of deleteIssue']);
  });

  it('reports wrong-typed and out-of-range query parameters', () => {
    expect(get('/rest/api/3/search/jql', 'jql=project%3DQA&maxResults=ten').violations)
      .toEqual(['GET /rest/api/3/search/jql query maxResults "ten" is not a valid integer']);
    expect(get('/rest/api/3/project/search', 'maxResults=500').violations)
      .toEqual(['GET /rest/api/3/project/search query maxResults must be <= 100']);
    expect(get('/rest/api/3/issue/picker', 'query=x&showSubTasks=yes').violations)
      .toEqual(['GET /rest/api/3/issue/picker query showSubTasks "yes" is not a valid boolean']);
    expect(get('/rest/api/3/project/search', 'action=write').violations[0]).toContain('query action must be equal to one of the allowed values');
    expect(get('/rest/api/3/search/jql', 'maxResults=1&maxResults=2').violations[0]).toContain('is given 2 times');
  });

  it('splits comma lists only where Jira documents them, and always accepts repetition', () => {
    expect(get('/rest/api/3/issue/QA-1', 'fields=summary,status&fields=comment').violations).toEqual([]);
    expect(get('/rest/api/3/search/jql', 'jql=x&reconcileIssues=10001&reconcileIssues=10002').violations).toEqual([]);
    expect(get('/rest/api/3/project/search', 'id=10000&id=10001').violations).toEqual([]);
    // project/search documents `id` as ampersand-separated: `id=1,2` is one item, not an integer.
    expect(get('/rest/api/3/project/search', 'id=10000,10001').violations)
      .toEqual(['GET /rest/api/3/project/search query id "10000,10001" is not a valid integer']);
  });

  it('flags the removed /rest/api/3/search as deprecated', () => {
    expect(get('/rest/api/3/search', 'jql=x').deprecated).toBe(true);
    const post = checkRequest({ method: 'POST', path: '/rest/api/3/search', query: none, contentType: json, body: { jql: 'x' } });
    expect(post).toMatchObject({ operationId: 'searchForIssuesUsingJqlPost', deprecated: true });
    expect(get('/rest/api/3/search/jql', 'jql=x').deprecated).toBe(false);
  });

  it('flags the old createmeta as deprecated but not the per-project one', () => {
    expect(get('/rest/api/3/issue/createmeta', 'projectKeys=QA')).toMatchObject({ operationId: 'getCreateIssueMeta', deprecated: true });
    expect(get('/rest/api/3/issue/createmeta/QA/issuetypes')).toMatchObject({ operationId: 'getCreateIssueMetaIssueTypes', deprecated: false });
    expect(get('/rest/api/3/issue/createmeta/QA/issuetypes/10001')).toMatchObject({ operationId: 'getCreateIssueMetaIssueTypeId', deprecated: false });
  });

  it('prefers literal path segments over templated ones', () => {
    expect(get('/rest/api/3/issue/picker', 'query=abc').operationId).toBe('getIssuePickerResource');
    expect(get('/rest/api/3/issue/QA-1').operationId).toBe('getIssue');
  });

  it('names the classic scopes', () => {
    expect(get('/rest/api/3/issue/QA-1').scopes).toContain('read:jira-work');
    expect(get('/rest/api/3/myself').scopes).toEqual(['read:jira-user']);
  });

  it('reports an unknown path or method', () => {
    for (const check of [get('/rest/api/3/issues'), checkRequest({ method: 'PATCH', path: '/rest/api/3/issue/QA-1', query: none, body: undefined })]) {
      expect(check.operationId).toBeNull();
      expect(check.violations[0]).toContain('no such operation');
    }
  });
});

describe('checkResponse', () => {
  const search = (status: number, body: unknown) =>
    checkResponse({ method: 'POST', path: '/rest/api/3/search/jql', status, contentType: json, body });

  it('passes a valid SearchAndReconcileResults', () => {
    const issue = { id: '10001', key: 'QA-1', self: 'https://acme.atlassian.net/rest/api/3/issue/10001', fields: { summary: 'Broken' } };
    expect(search(200, { issues: [issue], isLast: false, nextPageToken: 'abc' })).toEqual([]);
  });

  it('reports wrong types and properties the schema does not have', () => {
    expect(search(200, { issues: [{ id: 10001 }], isLast: 'no', total: 1 })).toEqual([
      'POST /rest/api/3/search/jql response 200 body: / must NOT have additional properties (total)',
      'POST /rest/api/3/search/jql response 200 body: /isLast must be boolean',
      'POST /rest/api/3/search/jql response 200 body: /issues/0/id must be string',
    ]);
  });

  it('reports an undocumented status', () => {
    expect(checkResponse({ method: 'GET', path: '/rest/api/3/issue/QA-1', status: 403, body: { errorMessages: [], errors: {} } }))
      .toEqual(['GET /rest/api/3/issue/QA-1 response 403: status not documented for getIssue (documented: 200, 401, 404)']);
  });

  it('accepts gateway statuses anywhere and 410 from a deprecated operation', () => {
    expect(search(429, undefined)).toEqual([]);
    expect(search(503, undefined)).toEqual([]);
    const scope = { code: 401, message: 'Unauthorized; scope does not match' };
    expect(checkResponse({ method: 'POST', path: '/rest/api/3/issue', status: 401, body: scope })).toEqual([]);
    expect(checkResponse({ method: 'GET', path: '/rest/api/3/search', status: 410, body: { errorMessages: ['removed'] } })).toEqual([]);
    expect(checkResponse({ method: 'GET', path: '/rest/api/3/search/jql', status: 410, body: {} })[0]).toContain('not documented');
  });

  it('validates documented error bodies and empty 204s', () => {
    expect(checkResponse({ method: 'POST', path: '/rest/api/3/issue', status: 400, body: { errorMessages: [], errors: { summary: 1 } } }))
      .toEqual(['POST /rest/api/3/issue response 400 body: /errors/summary must be string']);
    expect(checkResponse({ method: 'DELETE', path: '/rest/api/3/issue/QA-1', status: 204, body: undefined })).toEqual([]);
    expect(checkResponse({ method: 'PUT', path: '/rest/api/3/issue/QA-1', status: 204, body: { id: '1' } })[0]).toContain('must not have a body');
  });
});
