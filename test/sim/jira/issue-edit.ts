// PUT /rest/api/3/issue/{issueIdOrKey} (spec: editIssue): `fields` and `update` limited to the
// edit screen (GET editmeta); required fields cannot be emptied; 204, or 200 with the issue when
// `returnIssue=true`. Status changes are not edits (they go through transitions).
import type { RequestContext, Reply } from '../types.ts';
import { queryBool, queryList, siteOf, userOf } from './context.ts';
import { jiraDateTime } from './dates.ts';
import { fieldErrors, issueNotFound, jiraError, requiredMessage } from './errors.ts';
import { addComment } from './comment-store.ts';
import { recordChanges } from './changelog.ts';
import { collectChanges, isEmptyValue, readFieldsAndUpdate } from './field-changes.ts';
import { screenOf } from './field-meta.ts';
import { parseFieldSelection } from './field-selection.ts';
import { checkParent } from './hierarchy.ts';
import { parseExpand, renderIssue } from './issue-view.ts';
import { fieldById, findIssue, issueTypeOf, projectOf } from './lookup.ts';

export function editIssue(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const me = userOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const request = readFieldsAndUpdate(ctx.body);
  if (typeof request === 'string') return jiraError(400, [request]);
  const project = projectOf(site, issue);
  const type = issueTypeOf(site, issue);
  const screen = screenOf(project, type.id, 'edit');
  const current = { ...issue.fields, parent: issue.parentKey };
  const env = { site, project, issueType: type, users: ctx.state.users };
  const changes = collectChanges(env, request.fields, request.update, { allowed: new Set(screen.map((s) => s.fieldId)), current, allowComment: true });
  const errors = { ...changes.errors };
  if ('parent' in changes.values && !('parent' in errors)) {
    const parentKey = typeof changes.values.parent === 'string' ? changes.values.parent : null;
    checkParent(site, project, type, parentKey, errors);
  }
  for (const s of screen) {
    if (!s.required || !(s.fieldId in changes.values) || s.fieldId in errors || !isEmptyValue(changes.values[s.fieldId])) continue;
    errors[s.fieldId] = requiredMessage(s.fieldId, fieldById(site, s.fieldId)?.name ?? s.fieldId);
  }
  if (Object.keys(errors).length > 0) return fieldErrors(errors);

  const values = { ...changes.values };
  recordChanges(site, ctx.state.users, issue, me, current, values, ctx.state.now());
  if ('parent' in values) {
    issue.parentKey = typeof values.parent === 'string' ? values.parent : null;
    delete values.parent;
  }
  Object.assign(issue.fields, values);
  for (const body of changes.comments) addComment(site, issue, me, body, ctx.state.now());
  issue.updated = jiraDateTime(ctx.state.now());
  if (!queryBool(ctx.query, 'returnIssue', false)) return { status: 204 };
  const view = { fields: parseFieldSelection([], '*all'), expand: parseExpand(queryList(ctx.query, 'expand')) };
  return { status: 200, body: renderIssue(site, ctx.state.users, me, issue, view) };
}
