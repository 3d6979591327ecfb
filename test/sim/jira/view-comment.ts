// A comment as Jira returns it (spec: Comment): author and updateAuthor as UserDetails, body ADF.
import type { Comment, Issue, SiteState, User } from '../types.ts';
import { apiBase } from './urls.ts';
import { userRefJson } from './view-config.ts';

export function commentJson(site: SiteState, users: readonly User[], issue: Issue, comment: Comment): Record<string, unknown> {
  const author = userRefJson(site, users, comment.authorAccountId);
  return {
    self: `${apiBase(site)}/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author,
    body: comment.body,
    updateAuthor: author,
    created: comment.created,
    updated: comment.updated,
    jsdPublic: true,
  };
}
