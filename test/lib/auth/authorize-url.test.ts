import { describe, expect, it } from 'vitest';
import { authorizeUrl } from '../../../lib/auth/authorize-url.ts';
import { REDIRECT, testProfile } from './helpers.ts';

describe('authorize URL', () => {
  it('carries everything Atlassian’s consent page needs', () => {
    const url = new URL(authorizeUrl(testProfile(), REDIRECT, 'st4te'));
    expect(url.origin + url.pathname).toBe('https://auth.atlassian.com/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      audience: 'api.atlassian.com',
      client_id: 'client-1',
      scope: 'read:jira-work write:jira-work read:jira-user offline_access',
      redirect_uri: REDIRECT,
      state: 'st4te',
      response_type: 'code',
      prompt: 'consent',
    });
  });

  it('writes spaces as %20, as Atlassian’s examples do', () => {
    const url = authorizeUrl(testProfile({ scopes: ['a+b', 'c'] }), REDIRECT, 's');
    expect(url).toContain('scope=a%2Bb%20c');
    expect(url).not.toContain('+');
  });

  it('keeps a query already in the endpoint, but its own parameters win', () => {
    const url = new URL(
      authorizeUrl(testProfile({ authorizationUrl: 'https://login.example.com/authorize?tenant=7&state=evil' }), REDIRECT, 's'),
    );
    expect(url.searchParams.get('tenant')).toBe('7');
    expect(url.searchParams.getAll('state')).toEqual(['s']);
  });
});
