// POST /rest/api/3/issue (spec: createIssue). Validates like Jira: project and issue type first,
// then every field against the create screen, the hierarchy, and the screen's required fields;
// answers 201 `{id, key, self}` (CreatedIssue) or 400 with one message per field.
import type { Issue, RequestContext, Reply } from '../types.ts';
import { isRecord, siteOf, userOf } from './context.ts';
import { jiraDateTime } from './dates.ts';
import { fieldErrors, jiraError, requiredMessage } from './errors.ts';
import { collectChanges, isEmptyValue, readFieldsAndUpdate } from './field-changes.ts';
import { screenOf } from './field-meta.ts';
import { checkParent } from './hierarchy.ts';
import { allocateIssue, fieldById, findProject, issueTypeById } from './lookup.ts';
import { apiBase } from './urls.ts';
import { PRIORITY_MEDIUM, STATUS_TODO } from '../seed/jira-catalog.ts';

function ref(value: unknown, ...keys: string[]): string | undefined {
  if (!isRecord(value)) return undefined;
  for (const k of keys) if (typeof value[k] === 'string' || typeof value[k] === 'number') return String(value[k]);
  return undefined;
}

export function createIssue(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const me = userOf(ctx);
  const request = readFieldsAndUpdate(ctx.body);
  if (typeof request === 'string') return jiraError(400, [request]);
  const { fields, update } = request;

  const projectRef = ref(fields.project, 'id', 'key');
  const project = projectRef === undefined ? undefined : findProject(site, projectRef);
  const typeRef = ref(fields.issuetype, 'id', 'name');
  const errors: Record<string, string> = {};
  if (!project) errors.project = 'Specify a valid project ID or key';
  if (typeRef === undefined) errors.issuetype = 'Specify an issue type';
  if (!project || typeRef === undefined) return fieldErrors(errors);
  // Create issues project permission; the spec lists 403 for "does not have the necessary permission".
  if (!project.creatorAccountIds.includes(me.accountId)) {
    return jiraError(403, ['You do not have permission to create issues in this project.']);
  }
  const type = project.issueTypeIds
    .map((id) => issueTypeById(site, id))
    .find((t) => t !== undefined && (t.id === typeRef || t.name === typeRef));
  if (!type) return fieldErrors({ issuetype: 'The issue type selected is invalid.' });

  const screen = screenOf(project, type.id, 'create').filter((s) => s.fieldId !== 'project' && s.fieldId !== 'issuetype');
  const rest = { ...fields };
  delete rest.project;
  delete rest.issuetype;
  const env = { site, project, issueType: type, users: ctx.state.users };
  const changes = collectChanges(env, rest, update, { allowed: new Set(screen.map((s) => s.fieldId)), current: {}, allowComment: false });
  const values = changes.values;
  const onScreen = (id: string) => screen.some((s) => s.fieldId === id);
  if (onScreen('reporter') && !('reporter' in values)) values.reporter = me.accountId;
  if (onScreen('priority') && !('priority' in values)) {
    const medium = site.priorities.find((p) => p.id === PRIORITY_MEDIUM);
    if (medium) values.priority = { ...medium };
  }
  Object.assign(errors, changes.errors);
  const parentKey = typeof values.parent === 'string' ? values.parent : null;
  if (!('parent' in errors)) checkParent(site, project, type, parentKey, errors);
  for (const s of screen) {
    if (!s.required || s.fieldId === 'parent' || s.fieldId in errors || !isEmptyValue(values[s.fieldId])) continue;
    errors[s.fieldId] = requiredMessage(s.fieldId, fieldById(site, s.fieldId)?.name ?? s.fieldId);
  }
  if (Object.keys(errors).length > 0) return fieldErrors(errors);

  const now = jiraDateTime(ctx.state.now());
  const { id, key } = allocateIssue(site, project);
  delete values.parent;
  const issue: Issue = {
    id, key, projectId: project.id, issueTypeId: type.id, statusId: STATUS_TODO,
    fields: { labels: [], ...values, creator: me.accountId, resolution: null, resolutiondate: null },
    parentKey, created: now, updated: now,
    // Jira makes the reporter (and, by default, the creator) a watcher.
    watcherAccountIds: [...new Set([me.accountId, ...(typeof values.reporter === 'string' ? [values.reporter] : [])])],
    comments: [],
  };
  site.issues.set(key, issue);
  return { status: 201, body: { id, key, self: `${apiBase(site)}/issue/${id}` } };
}
