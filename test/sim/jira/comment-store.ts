// Adding comments to stored issues. Comment ids are numeric and unique on the site, like Jira's.
import type { Comment, Issue, SiteState, User } from '../types.ts';
import { jiraDateTime } from './dates.ts';

// The last id handed out per site, so ids of deleted comments are never reused.
const lastIds = new WeakMap<SiteState, number>();

function nextCommentId(site: SiteState): string {
  let last = lastIds.get(site);
  if (last === undefined) {
    last = 9999;
    for (const issue of site.issues.values()) {
      for (const c of issue.comments) last = Math.max(last, Number(c.id));
    }
  }
  lastIds.set(site, last + 1);
  return String(last + 1);
}

export function addComment(site: SiteState, issue: Issue, author: User, body: unknown, now: number): Comment {
  const at = jiraDateTime(now);
  const comment: Comment = { id: nextCommentId(site), authorAccountId: author.accountId, body, created: at, updated: at };
  issue.comments.push(comment);
  // A new comment changes the issue's `updated` time in Jira.
  issue.updated = at;
  return comment;
}
