// The worker owns the outcome of a create. Before sending, it notes the create as pending under the
// form's scope; when Jira answers, it records what happened and, when Jira accepted it, removes the
// form's draft, whether or not the page that asked is still open. A page that lost the worker's
// answer (the popup closed, the worker was stopped mid-create) asks again with `create.outcome`:
// a create still on its way is waited for; one left pending by a worker that stopped goes through
// the lost-create lookup (lost-create.ts), never a blind resend.
import { CodedError } from '../errors.ts';
import type { ReplyOf } from '../messaging/protocol.ts';
import type { StorageArea } from '../storage/area.ts';
import {
  clearOutcome,
  readOutcome,
  settleDraft,
  writeOutcome,
  type CreatedOutcome,
  type PendingCreate,
} from '../storage/write-outcome.ts';

/** The created issue, as `issue.create` answers it. */
export type CreatedIssue = ReplyOf<'issue.create'>;
export type OutcomeReply = ReplyOf<'create.outcome'>;

export interface CreateOutcomeDeps {
  local: StorageArea;
  now(): number;
}

export interface CreateOutcomes {
  /** Runs `send` (the create itself) with its outcome kept under `scope`. */
  track(scope: string | undefined, pending: Omit<PendingCreate, 'kind' | 'at'>, send: () => Promise<CreatedIssue>): Promise<CreatedIssue>;
  /** What became of the scope's last create; `lookup` decides one a stopped worker left pending. */
  resolve(scope: string, lookup: (pending: PendingCreate) => Promise<CreatedIssue>): Promise<OutcomeReply>;
}

export function createOutcomes(deps: CreateOutcomeDeps): CreateOutcomes {
  /** Creates on their way in this worker, by scope. */
  const running = new Map<string, Promise<CreatedIssue>>();

  async function settle(scope: string, sentAt: number, work: Promise<CreatedIssue>): Promise<CreatedIssue> {
    try {
      const issue = await work;
      const created: CreatedOutcome = { kind: 'created', at: deps.now(), ...issue };
      await Promise.all([writeOutcome(deps.local, scope, created), settleDraft(deps.local, scope, sentAt)]);
      return issue;
    } catch (error) {
      // Jira refused it (the user fixes the form and sends again), or nothing can be said for sure:
      // the draft stays either way, and a page opened later is told which.
      if (error instanceof CodedError && error.code === 'create_unconfirmed') {
        await writeOutcome(deps.local, scope, { kind: 'unconfirmed', at: deps.now(), message: error.message });
      } else {
        await clearOutcome(deps.local, scope);
      }
      throw error;
    }
  }

  const asReply = ({ id, key, url, summary }: CreatedIssue): OutcomeReply => ({ kind: 'created', id, key, url, summary });
  const replyOf = (error: unknown): OutcomeReply => {
    if (error instanceof CodedError && error.code === 'create_unconfirmed') return { kind: 'unconfirmed', message: error.message };
    return { kind: 'none' };
  };

  /** Keeps `work` as the scope's create on its way until it settles. Registered before anything is
   *  awaited, so a page asking meanwhile waits for it instead of starting a lookup of its own. */
  function hold(scope: string, work: Promise<CreatedIssue>): Promise<CreatedIssue> {
    running.set(scope, work);
    const release = () => {
      if (running.get(scope) === work) running.delete(scope);
    };
    work.then(release, release);
    return work;
  }

  /** What the record left for the scope says; a pending one is looked up in Jira. */
  async function fromRecord(scope: string, lookup: (pending: PendingCreate) => Promise<CreatedIssue>): Promise<OutcomeReply> {
    const outcome = await readOutcome(deps.local, scope, deps.now());
    if (!outcome) return { kind: 'none' };
    if (outcome.kind === 'created') return asReply(outcome);
    if (outcome.kind === 'unconfirmed') return { kind: 'unconfirmed', message: outcome.message };
    // Pending, and no create of this worker is on its way: the worker that sent it stopped.
    return settle(scope, outcome.at, lookup(outcome)).then(asReply, replyOf);
  }

  /** Answers being worked out, by scope: two pages asking at once share one lookup. */
  const asking = new Map<string, Promise<OutcomeReply>>();

  return {
    track(scope, pending, send) {
      if (scope === undefined) return send();
      const sentAt = deps.now();
      const noted = writeOutcome(deps.local, scope, { kind: 'pending', at: sentAt, ...pending });
      return hold(scope, noted.then(() => settle(scope, sentAt, send())));
    },

    resolve(scope, lookup) {
      const inFlight = running.get(scope);
      if (inFlight) return inFlight.then(asReply, replyOf);
      const known = asking.get(scope);
      if (known) return known;
      const answer = fromRecord(scope, lookup);
      asking.set(scope, answer);
      const release = () => {
        if (asking.get(scope) === answer) asking.delete(scope);
      };
      answer.then(release, release);
      return answer;
    },
  };
}
