// What became of the last create sent from a form, for the page: loaded only when there is a
// record to read (useCreateOutcome.ts) or the worker's answer to a create was lost.
import { asCodedError, CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { StorageArea } from '../../lib/storage/area.ts';
import { clearOutcome, readOutcome } from '../../lib/storage/write-outcome.ts';
import type { Created } from './useCreateSubmit.ts';

/** `unconfirmed` carries the error, not its text: the page words it by code in the user's language
 *  (lib/i18n/error-text.ts); the worker's `message` is English, for logs. */
export type OutcomeView = { kind: 'created'; issue: Created } | { kind: 'unconfirmed'; error: CodedError };

const unconfirmed = (message: string): OutcomeView => ({ kind: 'unconfirmed', error: new CodedError('create_unconfirmed', message) });

/** Asks the worker: it waits for a create still on its way, and looks in Jira for one that a
 *  stopped worker left pending. The page shows what it learns, so the record has done its job. */
export async function askWorker(request: MessageClient, area: StorageArea, scope: string): Promise<OutcomeView | null> {
  const reply = await request('create.outcome', { scope });
  if (reply.kind === 'none') return null;
  await clearOutcome(area, scope).catch(() => {});
  if (reply.kind === 'unconfirmed') return unconfirmed(reply.message);
  return { kind: 'created', issue: { id: reply.id, key: reply.key, url: reply.url, summary: reply.summary } };
}

/** The record left for this form: shown once, then removed; a pending one is asked about. */
export async function pageOutcome(request: MessageClient, area: StorageArea, scope: string, now: number): Promise<OutcomeView | null> {
  const outcome = await readOutcome(area, scope, now);
  if (!outcome) return null;
  if (outcome.kind === 'pending') {
    return askWorker(request, area, scope).catch((error: unknown) => ({ kind: 'unconfirmed', error: asCodedError(error) }));
  }
  await clearOutcome(area, scope);
  if (outcome.kind === 'unconfirmed') return unconfirmed(outcome.message);
  return { kind: 'created', issue: { id: outcome.id, key: outcome.key, url: outcome.url, summary: outcome.summary } };
}

/** The worker stopped before it answered a create (`no_answer`): the one that wakes knows what
 *  became of it. The created issue, or the error to show. */
export async function recoverLostCreate(lost: unknown, request: MessageClient, area: StorageArea, scope: string | undefined): Promise<Created> {
  if (asCodedError(lost).code !== 'no_answer' || scope === undefined) throw lost;
  const view = await askWorker(request, area, scope);
  if (view?.kind === 'created') return view.issue;
  if (view?.kind === 'unconfirmed') throw view.error;
  throw lost;
}
