// GET and POST /rest/api/3/search/jql (spec: searchAndReconsileIssuesUsingJql[Post] →
// SearchAndReconcileResults): `{issues, isLast, nextPageToken?}`, no total. Fields default to the
// id only; the JQL must be bounded; `reconcileIssues` (≤ 50 ids) makes freshly created issues
// visible despite the index lag (search-consistency.ts).
import type { Issue, RequestContext, Reply } from '../types.ts';
import { JqlError, UNBOUNDED_QUERY_MESSAGE, compileJql } from '../jql/index.ts';
import type { CompiledJql } from '../jql/index.ts';
import { isRecord, queryList, siteOf, userOf } from './context.ts';
import { jiraError } from './errors.ts';
import { parseFieldSelection } from './field-selection.ts';
import { parseExpand, renderIssue } from './issue-view.ts';
import { INVALID_TOKEN_MESSAGE, decodePageToken, encodePageToken } from './page-token.ts';
import { isIndexed } from './search-consistency.ts';

interface SearchRequest {
  jql: string;
  nextPageToken: string | null;
  maxResults: number;
  fields: string[];
  expand: Set<string>;
  reconcile: string[];
}

const MAX_RECONCILE = 50;

function fromQuery(q: URLSearchParams): SearchRequest {
  const max = Number(q.get('maxResults') ?? 50);
  return {
    jql: q.get('jql') ?? '',
    nextPageToken: q.get('nextPageToken'),
    maxResults: Number.isInteger(max) ? max : 50,
    fields: queryList(q, 'fields'),
    expand: parseExpand(q.get('expand') ?? ''),
    reconcile: queryList(q, 'reconcileIssues'),
  };
}

function fromBody(body: unknown): SearchRequest {
  const b = isRecord(body) ? body : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '') : []);
  return {
    jql: typeof b.jql === 'string' ? b.jql : '',
    nextPageToken: typeof b.nextPageToken === 'string' ? b.nextPageToken : null,
    maxResults: typeof b.maxResults === 'number' && Number.isInteger(b.maxResults) ? b.maxResults : 50,
    fields: strings(b.fields),
    expand: parseExpand(b.expand ?? ''),
    reconcile: strings(b.reconcileIssues),
  };
}

export function searchJqlGet(ctx: RequestContext): Reply {
  return search(ctx, fromQuery(ctx.query));
}

export function searchJqlPost(ctx: RequestContext): Reply {
  return search(ctx, fromBody(ctx.body));
}

function search(ctx: RequestContext, req: SearchRequest): Reply {
  const site = siteOf(ctx);
  const me = userOf(ctx);
  const now = ctx.state.now();
  let compiled: CompiledJql;
  try {
    compiled = compileJql(req.jql, { site, currentAccountId: me.accountId, now, users: ctx.state.users });
  } catch (error) {
    if (error instanceof JqlError) return jiraError(400, [error.message]);
    throw error;
  }
  if (!compiled.bounded) return jiraError(400, [UNBOUNDED_QUERY_MESSAGE]);
  if (req.reconcile.length > MAX_RECONCILE) return jiraError(400, [`reconcileIssues accepts at most ${MAX_RECONCILE} issue ids.`]);
  let offset = 0;
  if (req.nextPageToken !== null) {
    const decoded = decodePageToken(req.nextPageToken, req.jql, now);
    if (decoded === null) return jiraError(400, [INVALID_TOKEN_MESSAGE]);
    offset = decoded;
  }
  const selection = parseFieldSelection(req.fields, 'id');
  // "The greatest number of items returned per page is achieved when requesting id or key only.
  // It returns max 5000 issues." Pages with fields are capped at 100 here.
  const cap = selection.idOnly ? 5000 : 100;
  const maxResults = Math.min(Math.max(req.maxResults, 1), cap);
  const reconcile = new Set(req.reconcile);
  const hits: Issue[] = [...site.issues.values()]
    .filter((issue) => (isIndexed(issue, now) || reconcile.has(issue.id)) && compiled.matches(issue))
    .sort((a, b) => compiled.compare(a, b) || Number(b.id) - Number(a.id));
  const slice = hits.slice(offset, offset + maxResults);
  const isLast = offset + maxResults >= hits.length;
  const names: Record<string, unknown> = {};
  const schema: Record<string, unknown> = {};
  const issues = slice.map((issue) => {
    const bean = renderIssue(site, ctx.state.users, me, issue, { fields: selection, expand: req.expand });
    // search/jql reports names and schema once for the page, not per issue.
    Object.assign(names, bean.names ?? {});
    Object.assign(schema, bean.schema ?? {});
    delete bean.names;
    delete bean.schema;
    return bean;
  });
  const body: Record<string, unknown> = { issues, isLast };
  if (!isLast) body.nextPageToken = encodePageToken(req.jql, offset + maxResults, now);
  if (req.expand.has('names')) body.names = names;
  if (req.expand.has('schema')) body.schema = schema;
  return { status: 200, body };
}

/** GET|POST /rest/api/3/search: removed, 410 (CHANGE-2046, lib/ATLASSIAN.md#search). */
export function removedSearch(): Reply {
  return jiraError(410, [
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  ]);
}
