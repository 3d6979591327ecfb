import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import {
  accessibleResourcesRequest,
  processAccessibleResourcesResponse,
} from '../../../lib/jira/accessible-resources.ts';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const site = (name: string, url = `https://${name.toLowerCase()}.atlassian.net`) => ({
  id: `${name}-id`,
  name,
  url,
  scopes: ['read:jira-work'],
  avatarUrl: 'https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/rocket.png',
});

describe('accessible resources', () => {
  it('asks the API gateway, and may be retried', () => {
    expect(accessibleResourcesRequest()).toEqual({
      method: 'GET',
      url: 'https://api.atlassian.com/oauth/token/accessible-resources',
      idempotent: true,
    });
  });

  it('returns the sites sorted by name, since Atlassian gives no order', async () => {
    const sites = await processAccessibleResourcesResponse(json([site('Zeta'), site('Acme')]));
    expect(sites.map((s) => s.name)).toEqual(['Acme', 'Zeta']);
  });

  it.each([
    ['not an array', { sites: [] }],
    ['a site URL that is not https', [site('Acme', 'javascript:alert(1)')]],
    ['a site without an id', [{ ...site('Acme'), id: '' }]],
  ])('refuses %s as bad_response', async (_name, body) => {
    const error = await processAccessibleResourcesResponse(json(body)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe('bad_response');
  });
});
