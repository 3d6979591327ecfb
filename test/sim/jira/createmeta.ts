// Create metadata, paged (spec: getCreateIssueMetaIssueTypes, getCreateIssueMetaIssueTypeId; the
// old GET /issue/createmeta is deprecated, CHANGE-1304). The spec documents only 200/400/401 for
// both, so an unknown project or issue type is a 400 here rather than a 404.
import type { IssueType, RequestContext, Reply } from '../types.ts';
import { page, queryInt, siteOf, userOf } from './context.ts';
import { jiraError } from './errors.ts';
import { fieldCreateMetadata, screenOf } from './field-meta.ts';
import { findProject, issueTypeById } from './lookup.ts';
import { issueTypeJson } from './view-config.ts';

function paging(ctx: RequestContext): { startAt: number; maxResults: number } | Reply {
  const maxResults = queryInt(ctx.query, 'maxResults', 50);
  // The spec's own 400 example for this operation.
  if (maxResults > 200) return jiraError(400, ["Parameter 'maxResults' must not exceed the limit '200'"]);
  return { startAt: queryInt(ctx.query, 'startAt', 0), maxResults: Math.max(maxResults, 0) };
}

function projectMissing(ref: string): Reply {
  const kind = /^\d+$/.test(ref) ? 'id' : 'key';
  return jiraError(400, [`No project could be found with ${kind} '${ref}'.`]);
}

export function getCreateMetaIssueTypes(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const ref = ctx.params.projectIdOrKey ?? '';
  const project = findProject(site, ref);
  if (!project) return projectMissing(ref);
  const pg = paging(ctx);
  if ('status' in pg) return pg;
  // Create metadata only lists what the user may create (Create issues permission).
  const types = project.creatorAccountIds.includes(userOf(ctx).accountId)
    ? project.issueTypeIds.map((id) => issueTypeById(site, id)).filter((t): t is IssueType => t !== undefined)
    : [];
  const p = page(types, pg.startAt, pg.maxResults);
  return { status: 200, body: { issueTypes: p.slice.map((t) => issueTypeJson(site, t)), maxResults: p.maxResults, startAt: p.startAt, total: types.length } };
}

export function getCreateMetaFields(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const ref = ctx.params.projectIdOrKey ?? '';
  const project = findProject(site, ref);
  if (!project) return projectMissing(ref);
  const typeId = ctx.params.issueTypeId ?? '';
  const type = project.issueTypeIds.includes(typeId) ? issueTypeById(site, typeId) : undefined;
  if (!type || !project.creatorAccountIds.includes(userOf(ctx).accountId)) {
    return jiraError(400, [`The issue type with id '${typeId}' does not exist or is not available in project '${project.key}'.`]);
  }
  const pg = paging(ctx);
  if ('status' in pg) return pg;
  const m = { site, project, issueType: type };
  const fields = screenOf(project, type.id, 'create').map((s) => fieldCreateMetadata(m, s)).filter((f) => f !== undefined);
  const p = page(fields, pg.startAt, pg.maxResults);
  return { status: 200, body: { fields: p.slice, maxResults: p.maxResults, startAt: p.startAt, total: fields.length } };
}
