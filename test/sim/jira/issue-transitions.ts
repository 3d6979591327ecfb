// GET and POST /rest/api/3/issue/{issueIdOrKey}/transitions (spec: getTransitions, doTransition).
// A transition's screen holds exactly its required fields (Resolve → resolution); other fields
// are refused like on any screen. Moving to a done status stamps the resolution date; leaving
// done clears the resolution, as Jira's default workflow post functions do.
import type { RequestContext, Reply } from '../types.ts';
import { isRecord, queryList, siteOf, userOf } from './context.ts';
import { jiraDateTime } from './dates.ts';
import { fieldErrors, issueNotFound, jiraError, requiredMessage } from './errors.ts';
import { addComment } from './comment-store.ts';
import { collectChanges, isEmptyValue, readFieldsAndUpdate } from './field-changes.ts';
import { parseExpand } from './issue-view.ts';
import { fieldById, findIssue, issueTypeOf, projectOf, statusById } from './lookup.ts';
import { transitionJson, transitionsFor } from './view-transitions.ts';
import { recordChanges } from './changelog.ts';

export function getTransitions(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const expand = parseExpand(queryList(ctx.query, 'expand'));
  const only = ctx.query.get('transitionId');
  const list = transitionsFor(site, issue).filter((t) => only === null || t.id === only);
  return {
    status: 200,
    body: { expand: 'transitions', transitions: list.map((t) => transitionJson(site, issue, t, expand.has('transitions.fields'))) },
  };
}

export function doTransition(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const body = isRecord(ctx.body) ? ctx.body : {};
  const wanted = isRecord(body.transition) ? body.transition.id : undefined;
  if (wanted === undefined || wanted === null) return jiraError(400, ["Missing 'transition' identifier"]);
  // Real reports show this text for a non-numeric id (mozilla/jira-bugzilla-integration#303).
  if (!/^\d+$/.test(String(wanted))) return jiraError(400, ["'transition' identifier must be an integer"]);
  const transition = transitionsFor(site, issue).find((t) => t.id === String(wanted));
  if (!transition) return jiraError(400, [`Transition id '${String(wanted)}' is not valid for this issue.`]);

  const request = readFieldsAndUpdate({ fields: body.fields ?? {}, update: body.update ?? {} });
  if (typeof request === 'string') return jiraError(400, [request]);
  const env = { site, project: projectOf(site, issue), issueType: issueTypeOf(site, issue), users: ctx.state.users };
  const changes = collectChanges(env, request.fields, request.update, { allowed: new Set(transition.requiredFields), current: issue.fields, allowComment: true });
  const errors = { ...changes.errors };
  for (const fieldId of transition.requiredFields) {
    if (fieldId in errors || !isEmptyValue(changes.values[fieldId])) continue;
    errors[fieldId] = requiredMessage(fieldId, fieldById(site, fieldId)?.name ?? fieldId);
  }
  if (Object.keys(errors).length > 0) return fieldErrors(errors);

  const now = ctx.state.now();
  const before = { ...issue.fields, status: statusById(site, issue.statusId).name };
  recordChanges(site, ctx.state.users, issue, userOf(ctx), before, { ...changes.values, status: statusById(site, transition.to).name }, now);
  Object.assign(issue.fields, changes.values);
  issue.statusId = transition.to;
  if (statusById(site, transition.to).category.key === 'done') {
    issue.fields.resolutiondate = jiraDateTime(now);
  } else {
    issue.fields.resolution = null;
    issue.fields.resolutiondate = null;
  }
  for (const comment of changes.comments) addComment(site, issue, userOf(ctx), comment, now);
  issue.updated = jiraDateTime(now);
  return { status: 204 };
}
