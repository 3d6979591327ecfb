// What became of a create whose answer a page did not get (the worker stopped, or the page was
// closed and opened again): asked only then, so its reply schema loads on demand (later-messages.ts).
import * as z from 'zod/mini';
import { createdIssueSchema } from './create-messages.ts';

const created = z.object({ kind: z.literal('created'), ...createdIssueSchema.shape });

export const createOutcomeMessages = {
  /** The outcome of the last create sent from the form with this draft scope (lib/worker/create-outcome.ts):
   *  waited for while it is on its way; looked for in Jira when a stopped worker left it pending. */
  'create.outcome': {
    request: z.object({ scope: z.string().check(z.minLength(1)) }),
    reply: z.union([z.object({ kind: z.literal('none') }), created, z.object({ kind: z.literal('unconfirmed'), message: z.string() })]),
  },
} as const;
