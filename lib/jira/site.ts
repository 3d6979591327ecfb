import * as z from 'zod/mini';

// One entry of GET https://api.atlassian.com/oauth/token/accessible-resources.
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#3-2-get-the-cloudid-for-your-site
export const siteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  url: z.url({ protocol: /^https$/ }),
  scopes: z.array(z.string()),
  avatarUrl: z.optional(z.string()),
});

export type Site = z.infer<typeof siteSchema>;
