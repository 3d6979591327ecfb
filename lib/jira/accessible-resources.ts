import * as z from 'zod/mini';
import { ATLASSIAN_API, type HttpRequest } from './http-request.ts';
import { processJsonResponse } from './process-json.ts';
import { siteSchema, type Site } from './site.ts';

// The sites (cloudIds) a 3LO grant covers: a bare array, in no meaningful order.
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#3-2-get-the-cloudid-for-your-site
export function accessibleResourcesRequest(): HttpRequest {
  return { method: 'GET', url: `${ATLASSIAN_API}/oauth/token/accessible-resources`, idempotent: true };
}

export async function processAccessibleResourcesResponse(response: Response): Promise<Site[]> {
  const sites = await processJsonResponse(response, z.array(siteSchema), 'the list of your sites');
  // Sorted by name so the picker does not reshuffle between visits.
  return sites.toSorted((a, b) => a.name.localeCompare(b.name));
}
