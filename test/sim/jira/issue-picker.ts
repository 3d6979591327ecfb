// GET /rest/api/3/issue/picker (spec: getIssuePickerResource → IssuePickerSuggestions): two
// sections, "History Search" (issues the user worked on) and "Current Search" (issues matching
// `currentJQL`), each holding issues whose key starts with the query or whose summary contains
// its words. Like search, the picker reads the (lagging) search index. Only 200 is documented, so
// an invalid `currentJQL` yields an empty current search rather than an error.
import type { Issue, RequestContext, Reply, SiteState, User } from '../types.ts';
import { compileJql } from '../jql/index.ts';
import { queryBool, siteOf, userOf } from './context.ts';
import { issueTypeOf } from './lookup.ts';
import { isIndexed } from './search-consistency.ts';
import { issueTypeAvatarId } from './urls.ts';

const HISTORY_LIMIT = 10;
const CURRENT_LIMIT = 20;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

function matches(issue: Issue, query: string): boolean {
  if (query === '') return true;
  if (issue.key.startsWith(query.toUpperCase())) return true;
  const summary = String(issue.fields.summary ?? '').toLowerCase();
  return words(query).every((w) => summary.includes(w));
}

function suggestion(site: SiteState, issue: Issue, query: string): Record<string, unknown> {
  const summary = String(issue.fields.summary ?? '');
  const prefix = query.toUpperCase();
  const keyHtml = prefix !== '' && issue.key.startsWith(prefix)
    ? `<b>${escapeHtml(issue.key.slice(0, prefix.length))}</b>${escapeHtml(issue.key.slice(prefix.length))}`
    : escapeHtml(issue.key);
  let summaryHtml = escapeHtml(summary);
  for (const w of words(query)) {
    summaryHtml = summaryHtml.replace(new RegExp(`(${escapeHtml(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'gi'), '<b>$1</b>');
  }
  const type = issueTypeOf(site, issue);
  return {
    id: Number(issue.id),
    key: issue.key,
    keyHtml,
    img: `/rest/api/2/universal_avatar/view/type/issuetype/avatar/${issueTypeAvatarId(type.name)}?size=medium`,
    summary: summaryHtml,
    summaryText: summary,
  };
}

function section(site: SiteState, id: 'hs' | 'cs', label: string, found: Issue[], limit: number, query: string): Record<string, unknown> {
  const shown = found.slice(0, limit);
  return { label, sub: `Showing ${shown.length} of ${found.length} matching issues`, id, issues: shown.map((i) => suggestion(site, i, query)) };
}

function involves(issue: Issue, me: User): boolean {
  return issue.fields.assignee === me.accountId || issue.fields.reporter === me.accountId || issue.fields.creator === me.accountId;
}

export function issuePicker(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const me = userOf(ctx);
  const q = ctx.query;
  const query = (q.get('query') ?? '').trim();
  const now = ctx.state.now();
  const projectId = q.get('currentProjectId');
  const exclude = q.get('currentIssueKey')?.toUpperCase();
  const showSubTasks = queryBool(q, 'showSubTasks', true);
  const candidates = [...site.issues.values()].filter((i) => isIndexed(i, now) && matches(i, query)
    && (projectId === null || i.projectId === projectId) && i.key !== exclude
    && (showSubTasks || !issueTypeOf(site, i).subtask));
  // An exact key comes first, then the most recently updated.
  const exact = (i: Issue) => (i.key === query.toUpperCase() ? 0 : 1);
  const byUpdated = (a: Issue, b: Issue) => exact(a) - exact(b) || Date.parse(b.updated) - Date.parse(a.updated) || Number(b.id) - Number(a.id);
  const history = candidates.filter((i) => involves(i, me)).sort(byUpdated);
  const shownHistory = new Set(history.slice(0, HISTORY_LIMIT).map((i) => i.key));
  let current: Issue[] = [];
  const jql = q.get('currentJQL');
  try {
    const compiled = jql ? compileJql(jql, { site, currentAccountId: me.accountId, now, users: ctx.state.users }) : undefined;
    current = candidates.filter((i) => !shownHistory.has(i.key) && (!compiled || compiled.matches(i)));
    current.sort(compiled ? (a, b) => exact(a) - exact(b) || compiled.compare(a, b) : byUpdated);
  } catch {
    current = [];
  }
  return {
    status: 200,
    body: { sections: [section(site, 'hs', 'History Search', history, HISTORY_LIMIT, query), section(site, 'cs', 'Current Search', current, CURRENT_LIMIT, query)] },
  };
}
