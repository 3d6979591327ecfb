import { describe, expect, it } from 'vitest';
import { createRouter } from './router.ts';
import type { Route } from './types.ts';

function route(method: Route['method'], pattern: string, tag: string): Route {
  return { host: 'api.atlassian.com', method, pattern, handler: () => ({ status: 200, body: tag }) };
}

describe('router', () => {
  const router = createRouter([
    route('GET', '/ex/jira/:cloudId/rest/api/3/issue/:issueIdOrKey', 'get issue'),
    route('GET', '/ex/jira/:cloudId/rest/api/3/issue/createmeta', 'createmeta'),
    route('POST', '/ex/jira/:cloudId/rest/api/3/issue', 'create'),
  ]);

  it('captures and decodes parameters', () => {
    const match = router.match('api.atlassian.com', 'GET', '/ex/jira/c1/rest/api/3/issue/A%2DB-1');
    expect(match).toMatchObject({ kind: 'found', params: { cloudId: 'c1', issueIdOrKey: 'A-B-1' } });
  });

  it('prefers literal segments over parameters', () => {
    const match = router.match('api.atlassian.com', 'GET', '/ex/jira/c1/rest/api/3/issue/createmeta');
    expect(match.kind === 'found' && match.route.pattern.endsWith('createmeta')).toBe(true);
  });

  it('lets a later registration override an equal pattern', () => {
    const local = createRouter([route('POST', '/ex/jira/:cloudId/rest/api/3/issue', 'first')]);
    local.add(route('POST', '/ex/jira/:id/rest/api/3/issue', 'second'));
    const match = local.match('api.atlassian.com', 'POST', '/ex/jira/c/rest/api/3/issue');
    expect(match.kind === 'found' && match.route.pattern).toBe('/ex/jira/:id/rest/api/3/issue');
  });

  it('tells a wrong method from an unknown path, and separates hosts', () => {
    expect(router.match('api.atlassian.com', 'DELETE', '/ex/jira/c/rest/api/3/issue')).toEqual({
      kind: 'method-not-allowed',
      allowed: ['POST'],
    });
    expect(router.match('api.atlassian.com', 'GET', '/ex/jira/c/rest/api/3/nothing')).toEqual({ kind: 'not-found' });
    expect(router.match('auth.atlassian.com', 'POST', '/ex/jira/c/rest/api/3/issue')).toEqual({ kind: 'not-found' });
  });
});
