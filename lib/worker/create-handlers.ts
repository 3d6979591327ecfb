// Creating an issue, sent exactly once (create-messages.ts `issue.create`), and what became of a
// create whose answer a page did not get (create-outcome-messages.ts). The form's metadata and
// lookups are in create-meta-handlers.ts.
import { CodedError } from '../errors.ts';
import { createIssueRequest, processCreateIssueResponse } from '../jira/create-issue.ts';
import { browseUrl } from '../jira/issue-key.ts';
import type { Handlers } from '../messaging/server.ts';
import { rememberLastUsed } from '../storage/last-used.ts';
import { metaKeys } from '../storage/keys.ts';
import { CREATE_META_POLICY } from '../storage/meta-cache.ts';
import type { IssueContext, JiraCall } from './jira-context.ts';
import { createOutcomes, type CreatedIssue } from './create-outcome.ts';
import { checkLostCreate } from './lost-create.ts';

type CreateHandlers = Pick<Handlers, 'issue.create' | 'create.outcome'>;

/** The create's answer never arrived (the connection failed after sending, or no answer came
 *  before the request's deadline), or arrived cut off. */
export function lostAnswer(error: unknown): error is CodedError {
  if (!(error instanceof CodedError)) return false;
  if (error.code === 'network' || error.code === 'timeout') return true;
  // processCreateIssueResponse: a 2xx whose body could not be read; the issue exists.
  const status = error.details.status ?? 0;
  return error.code === 'bad_response' && status >= 200 && status < 300;
}

function reporterOf(fields: Record<string, unknown>): string | undefined {
  const reporter = fields.reporter;
  if (typeof reporter !== 'object' || reporter === null) return undefined;
  const accountId = (reporter as { accountId?: unknown }).accountId;
  return typeof accountId === 'string' && accountId !== '' ? accountId : undefined;
}

export const CREATE_UNCONFIRMED_MESSAGE =
  'Jira did not confirm the create, and no new issue with this summary was found. Check Jira before trying again.';

const UNCHECKED_MESSAGE =
  'Jira did not confirm the create, and it could not be checked whether the issue was made. Check Jira before trying again.';

export function createCreateHandlers(ctx: IssueContext): CreateHandlers {
  const { deps, cache } = ctx;
  const outcomes = createOutcomes({ local: deps.local, now: () => deps.now() });

  /** The created issue with its browse link. The issue exists whatever happens now: a missing site
   *  address must not turn it into an error (the site answered the create, so in practice its
   *  address is always known). */
  async function withUrl(call: JiraCall, siteId: string, created: { id: string; key: string; summary: string }): Promise<CreatedIssue> {
    const siteUrl = await ctx.siteUrl(call, siteId);
    return { ...created, url: siteUrl ? browseUrl(siteUrl, created.key) : '' };
  }

  /** Whether the lost create made an issue; returns it, or throws what the user must be told. */
  async function afterLostAnswer(
    call: JiraCall,
    lost: { siteId: string; projectKey: string; summary: string; sentAt: number; reporter?: string | undefined },
    error: CodedError,
  ) {
    const outcome = await checkLostCreate(
      { send: call.sendOnce, sleep: ctx.sleep, now: () => deps.now() },
      lost.siteId,
      {
        projectKey: lost.projectKey,
        summary: lost.summary,
        sinceIso: new Date(lost.sentAt).toISOString(),
        ...(lost.reporter ? { reporterAccountId: lost.reporter } : {}),
      },
      ctx.lostCreateChecksMs,
    );
    if (outcome.kind === 'found') return outcome.issue;
    // Jira answered 2xx with a body we could not read: the issue exists; its message says so.
    if (error.code === 'bad_response') throw error;
    if (outcome.kind === 'several') {
      const keys = outcome.issues.map((i) => i.key).join(', ');
      throw new CodedError(
        'create_unconfirmed',
        `Jira did not confirm the create, and several new issues have this summary (${keys}). Check Jira before trying again.`,
      );
    }
    if (outcome.kind === 'unchecked') throw new CodedError('create_unconfirmed', UNCHECKED_MESSAGE);
    throw new CodedError('create_unconfirmed', CREATE_UNCONFIRMED_MESSAGE);
  }

  return {
    'issue.create': async ({ siteId, projectKey, issueTypeId, fields, draftScope }) => {
      const call = await ctx.jira();
      const summary = typeof fields.summary === 'string' ? fields.summary.trim() : '';
      const reporter = reporterOf(fields);
      const lost = { siteId, projectKey, summary, ...(reporter ? { reporter } : {}) };
      const request = createIssueRequest(siteId, {
        fields: { ...fields, project: { key: projectKey }, issuetype: { id: issueTypeId } },
      });
      return outcomes.track(draftScope, lost, async () => {
        const sentAt = deps.now();
        let created: { id: string; key: string; summary: string };
        try {
          // Not idempotent: the retrying sender sends it exactly once, whatever comes back.
          const answer = await processCreateIssueResponse(await call.send(request));
          created = { id: answer.id, key: answer.key, summary };
        } catch (error) {
          if (lostAnswer(error)) {
            const found = await afterLostAnswer(call, { ...lost, sentAt }, error);
            created = { id: found.id, key: found.key, summary: found.summary };
          } else {
            // Refused: the screen may have changed since it was cached. Keep showing it, but
            // reload it in the background so the next try uses Jira's current one.
            if (error instanceof CodedError && error.code === 'jira_rejected') {
              await cache.markStale(metaKeys.fields(siteId, projectKey, issueTypeId), CREATE_META_POLICY);
            }
            throw error;
          }
        }
        await rememberLastUsed(deps.local, siteId, { projectKey, issueTypeId }).catch(() => {});
        return withUrl(call, siteId, created);
      });
    },

    'create.outcome': ({ scope }) =>
      outcomes.resolve(scope, async (pending) => {
        // The worker that sent this create stopped before Jira's answer reached it: look for the
        // issue, exactly as after a lost answer. Whatever stops the lookup leaves it unconfirmed.
        try {
          const call = await ctx.jira();
          const lostError = new CodedError('network', 'The create’s answer was lost when the extension restarted.');
          const found = await afterLostAnswer(call, { ...pending, sentAt: pending.at }, lostError);
          return await withUrl(call, pending.siteId, { id: found.id, key: found.key, summary: found.summary });
        } catch (error) {
          if (error instanceof CodedError && error.code === 'create_unconfirmed') throw error;
          throw new CodedError('create_unconfirmed', UNCHECKED_MESSAGE);
        }
      }),
  };
}
