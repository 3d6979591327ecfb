// The comment being written on an issue, as a draft (lib/storage/drafts.ts) under
// `comment.<siteId>.<KEY>`, apart from the issue's edit draft: the comment is sent on its own and
// Jira's acceptance of one must not clear the other. It is stored as an edit of the issue's
// `comment` field, Jira's own field id for comments, in the draft shape every release already
// reads: no new kind of draft, no migration (lib/storage/README.md).
import type { StoredDraft } from '../../lib/storage/drafts.ts';

export const commentScope = (siteId: string, issueKey: string): string => `comment.${siteId}.${issueKey}`;

const FIELD = 'comment';

/** The draft holding `markdown`, as written at `savedAt`. */
export function commentDraft(siteId: string, issueKey: string, markdown: string, savedAt: number): StoredDraft {
  return { kind: 'edit', savedAt, siteId, issueKey, fields: { [FIELD]: { kind: 'adf', name: 'Comment', value: markdown } } };
}

/** The Markdown a draft holds for this issue's comment, or undefined when it holds none. */
export function commentText(draft: StoredDraft | null | undefined, issueKey: string): string | undefined {
  if (draft?.kind !== 'edit' || draft.issueKey !== issueKey) return undefined;
  const value = draft.fields[FIELD]?.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
