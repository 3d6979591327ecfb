// An opened issue's comments (comment-messages.ts): one Jira request each. The worker owns the
// outcome of an added comment, as it does an edit's (issue-handlers.ts) and a create's
// (create-outcome.ts): when Jira accepts it, the worker removes the comment form's draft, so a
// popup that closed meanwhile does not offer the sent text again, and nobody sends it twice.
import { addCommentRequest, getCommentsRequest, processAddCommentResponse, processGetCommentsResponse } from '../jira/comments.ts';
import type { CommentView } from '../jira/views/comment.ts';
import type { Handlers } from '../messaging/server.ts';
import { settleDraft } from '../storage/write-outcome.ts';
import { lostAnswer } from './create-handlers.ts';
import type { IssueContext } from './jira-context.ts';
import { findLostComment } from './lost-comment.ts';

type CommentHandlers = Pick<Handlers, 'comments.list' | 'comment.add'>;

export function createCommentHandlers(ctx: IssueContext): CommentHandlers {
  const { deps } = ctx;
  /** Comments on their way, by draft scope: a page reopened meanwhile that sends the same text
   *  (the draft is still there until Jira answers) waits for that answer instead of adding a
   *  second comment. A POST is never sent again by itself (lib/jira/rate-limit.ts). */
  const sending = new Map<string, { what: string; reply: Promise<CommentView> }>();

  const add: CommentHandlers['comment.add'] = async ({ siteId, key, body, draftScope }) => {
    const call = await ctx.jira();
    const sentAt = deps.now();
    let comment: CommentView;
    try {
      comment = await processAddCommentResponse(await call.send(addCommentRequest(siteId, key, body)));
    } catch (error) {
      // The answer was lost: Jira may have the comment all the same. Found, it counts as accepted;
      // not found, the page is told as before and the draft stays (lost-comment.ts).
      if (!lostAnswer(error)) throw error;
      const found = await findLostComment(deps.local, call.sendOnce, { profileId: call.profile.id, siteId, key, body, sentAt });
      if (!found) throw error;
      comment = found;
    }
    // Jira has it: the draft has done its job, even if the page has closed.
    if (draftScope !== undefined) await settleDraft(deps.local, draftScope, sentAt);
    return comment;
  };

  return {
    'comments.list': async ({ siteId, key, startAt }) => {
      const call = await ctx.jira();
      return processGetCommentsResponse(await call.send(getCommentsRequest(siteId, key, startAt ?? 0)));
    },

    'comment.add': (payload) => {
      const scope = payload.draftScope;
      if (scope === undefined) return add(payload);
      const what = JSON.stringify([payload.siteId, payload.key, payload.body]);
      const on = sending.get(scope);
      if (on?.what === what) return on.reply;
      const reply = add(payload);
      sending.set(scope, { what, reply });
      const release = () => {
        if (sending.get(scope)?.reply === reply) sending.delete(scope);
      };
      reply.then(release, release);
      return reply;
    },
  };
}
