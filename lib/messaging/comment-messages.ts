// An opened issue's comments: a page of them, newest first, and adding one. Every message names
// its site; the worker sends it as the selected profile. Pages load the reply schemas with the
// Open section (later-messages.ts).
import * as z from 'zod/mini';
import { commentPageSchema, commentViewSchema } from '../jira/views/comment.ts';

const id = z.string().check(z.minLength(1));
/** An ADF document, as lib/adf/markdown-to-adf.ts makes it; Jira checks its nodes. The shape only,
 *  with the zod parts pages already carry (README "Performance"). */
const adfDoc = z.object({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.unknown()) });

export const commentMessages = {
  /** The page of comments starting `startAt` comments back from the newest (0: the latest). */
  'comments.list': {
    request: z.object({ siteId: id, key: id, startAt: z.optional(z.number()) }),
    reply: commentPageSchema,
  },
  /** Adds the comment (ADF, converted from the page's Markdown). `draftScope` names the comment
   *  form's draft, which the worker removes once Jira accepts it, whether or not the page is still
   *  open to hear of it; the same comment asked for again while it is on its way is not sent twice. */
  'comment.add': {
    request: z.object({ siteId: id, key: id, body: adfDoc, draftScope: z.optional(z.string()) }),
    reply: commentViewSchema,
  },
} as const;
