// The issue's change history as Jira keeps it: every edit and transition that changes a field adds
// one history (who, when, and per field the old and new value as text), and `expand=changelog`
// returns them newest first (spec: IssueBean.changelog → PageOfChangelogs → Changelog).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get
import type { ChangeHistory, Issue, SiteState, User } from '../types.ts';
import { isRecord } from './context.ts';
import { jiraDateTime } from './dates.ts';
import { fieldById, userById } from './lookup.ts';
import { userRefJson } from './view-config.ts';

// History ids are numeric and unique on the site, like Jira's.
const lastIds = new WeakMap<SiteState, number>();

function asText(users: readonly User[], fieldType: string | undefined, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (fieldType === 'user' && typeof value === 'string') return userById(users, value)?.displayName ?? value;
  if (Array.isArray(value)) return value.map((v) => asText(users, undefined, v) ?? '').join(' ') || null;
  if (isRecord(value)) return String(value.name ?? value.value ?? (value.type === 'doc' ? '(description)' : value.id ?? ''));
  return String(value);
}

/** Adds one history for the fields whose value differs between `before` and `after` (none when
 *  nothing changed, as Jira records no empty history). */
export function recordChanges(
  site: SiteState,
  users: readonly User[],
  issue: Issue,
  author: User,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  now: number,
): void {
  const items: ChangeHistory['items'] = [];
  for (const [fieldId, value] of Object.entries(after)) {
    if (JSON.stringify(before[fieldId] ?? null) === JSON.stringify(value ?? null)) continue;
    const field = fieldById(site, fieldId);
    const type = field?.schema.type;
    items.push({
      field: field?.name ?? fieldId,
      fieldId,
      fieldtype: fieldId.startsWith('customfield_') ? 'custom' : 'jira',
      fromString: asText(users, type, before[fieldId]),
      toString: asText(users, type, value),
    });
  }
  if (items.length === 0) return;
  const id = (lastIds.get(site) ?? 20_000) + 1;
  lastIds.set(site, id);
  (issue.changelog ??= []).push({ id: String(id), authorAccountId: author.accountId, created: jiraDateTime(now), items });
}

export function changelogJson(site: SiteState, users: readonly User[], issue: Issue): Record<string, unknown> {
  const histories = [...(issue.changelog ?? [])].reverse().map((h) => ({
    id: h.id,
    author: userRefJson(site, users, h.authorAccountId),
    created: h.created,
    items: h.items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null))),
  }));
  return { startAt: 0, maxResults: histories.length, total: histories.length, histories };
}
