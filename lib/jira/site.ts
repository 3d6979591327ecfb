import * as z from 'zod/mini';

// One entry of GET https://api.atlassian.com/oauth/token/accessible-resources.
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#3-2-get-the-cloudid-for-your-site
/** An absolute https: address. A plain check rather than z.url(): the popup validates sites with
 *  every session reply, and z.url's format machinery would come with it (the popup's size budget). */
const httpsUrl = z.string().check(
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }),
);

export const siteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  url: httpsUrl,
  scopes: z.array(z.string()),
  avatarUrl: z.optional(z.string()),
});

export type Site = z.infer<typeof siteSchema>;
