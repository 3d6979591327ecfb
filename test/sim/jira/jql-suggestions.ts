// GET /rest/api/3/jql/autocompletedata/suggestions (spec: getFieldAutoCompleteForQueryString →
// AutoCompleteSuggestions): values for a JQL field that start with `fieldValue`, the match in
// bold as in the spec's example (`<b>Ac</b>tiveObjects`).
import type { RequestContext, Reply } from '../types.ts';
import { siteOf } from './context.ts';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function bold(label: string, typed: string): string {
  const at = label.toLowerCase().indexOf(typed.toLowerCase());
  if (typed === '' || at < 0) return escapeHtml(label);
  return `${escapeHtml(label.slice(0, at))}<b>${escapeHtml(label.slice(at, at + typed.length))}</b>${escapeHtml(label.slice(at + typed.length))}`;
}

export function jqlSuggestions(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const field = (ctx.query.get('fieldName') ?? '').toLowerCase();
  const typed = ctx.query.get('fieldValue') ?? '';
  let options: { value: string; label: string }[] = [];
  if (field === 'project') options = site.projects.map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }));
  else if (field === 'status') options = site.statuses.map((s) => ({ value: s.name, label: s.name }));
  else if (field === 'issuetype' || field === 'type') options = site.issueTypes.map((t) => ({ value: t.name, label: t.name }));
  else if (field === 'priority') options = site.priorities.map((p) => ({ value: p.name, label: p.name }));
  else if (field === 'labels') {
    const labels = new Set<string>();
    for (const issue of site.issues.values()) for (const l of Array.isArray(issue.fields.labels) ? issue.fields.labels : []) labels.add(String(l));
    options = [...labels].sort().map((l) => ({ value: l, label: l }));
  } else if (['assignee', 'reporter', 'watcher', 'creator'].includes(field)) {
    options = ctx.state.users.filter((u) => site.memberAccountIds.includes(u.accountId))
      .map((u) => ({ value: u.accountId, label: u.displayName }));
  }
  const t = typed.toLowerCase();
  const results = options
    .filter((o) => t === '' || o.label.toLowerCase().split(/[\s(]+/).some((w) => w.startsWith(t)) || o.value.toLowerCase().startsWith(t))
    .slice(0, 15)
    .map((o) => ({ value: o.value, displayName: bold(o.label, typed) }));
  return { status: 200, body: { results } };
}
