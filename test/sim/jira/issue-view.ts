// Renders a stored Issue as Jira's IssueBean (spec: IssueBean): id, key, self, the selected
// `fields` in Jira's JSON shapes, and the expansions names, schema, renderedFields, transitions
// and editmeta. Empty fields come back as null, as Jira returns them.
import type { FieldDef, Issue, SiteState, User } from '../types.ts';
import { adfToHtml } from './adf.ts';
import { changelogJson } from './changelog.ts';
import { editMetadata } from './field-meta.ts';
import type { FieldSelection } from './field-selection.ts';
import { findIssue, issueTypeOf, projectOf, statusById, subtasksOf } from './lookup.ts';
import { apiBase } from './urls.ts';
import { commentJson } from './view-comment.ts';
import {
  componentJson, issueTypeJson, optionJson, priorityJson, projectRefJson, resolutionJson, statusJson, userRefJson, versionJson,
} from './view-config.ts';
import { transitionJson, transitionsFor } from './view-transitions.ts';

type Json = Record<string, unknown>;

export interface ViewOptions {
  fields: FieldSelection;
  /** Expansions asked for (`expand=names,transitions`). */
  expand: Set<string>;
}

export const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/** System fields every issue has whether or not its screen shows them. */
const ALWAYS = ['project', 'issuetype', 'status', 'created', 'updated', 'creator', 'resolution', 'resolutiondate', 'subtasks', 'watches', 'comment'];

/** The fields an issue carries: its screen's fields plus the system ones (and parent when set). */
export function issueFieldIds(site: SiteState, issue: Issue): string[] {
  const screen = (projectOf(site, issue).screens[issue.issueTypeId] ?? []).map((s) => s.fieldId);
  const ids = new Set([...screen, ...ALWAYS]);
  if (issue.parentKey === null) ids.delete('parent');
  else ids.add('parent');
  return site.fields.map((f) => f.id).filter((id) => ids.has(id));
}

/** The small `{id, key, self, fields:{summary,status,priority,issuetype}}` Jira nests for parents and sub-tasks. */
export function issueLinkJson(site: SiteState, issue: Issue): Json {
  return {
    id: issue.id,
    key: issue.key,
    self: `${apiBase(site)}/issue/${issue.id}`,
    fields: {
      summary: issue.fields.summary,
      status: statusJson(site, statusById(site, issue.statusId)),
      priority: isPriority(issue.fields.priority) ? priorityJson(site, issue.fields.priority) : null,
      issuetype: issueTypeJson(site, issueTypeOf(site, issue)),
    },
  };
}

function isPriority(value: unknown): value is { id: string; name: string } {
  return typeof value === 'object' && value !== null && 'id' in value && 'name' in value;
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
}

function fieldValue(site: SiteState, users: readonly User[], me: User, issue: Issue, field: FieldDef): unknown {
  const base = apiBase(site);
  const raw = issue.fields[field.id];
  switch (field.id) {
    case 'status': return statusJson(site, statusById(site, issue.statusId));
    case 'issuetype': return issueTypeJson(site, issueTypeOf(site, issue));
    case 'project': return projectRefJson(site, projectOf(site, issue));
    case 'created': return issue.created;
    case 'updated': return issue.updated;
    case 'parent': {
      const parent = issue.parentKey === null ? undefined : findIssue(site, issue.parentKey);
      return parent ? issueLinkJson(site, parent) : null;
    }
    case 'subtasks': return subtasksOf(site, issue).map((s) => issueLinkJson(site, s));
    case 'watches':
      return { self: `${base}/issue/${issue.key}/watchers`, watchCount: issue.watcherAccountIds.length, isWatching: issue.watcherAccountIds.includes(me.accountId) };
    case 'comment': {
      const comments = issue.comments.map((c) => commentJson(site, users, issue, c));
      return { comments, self: `${base}/issue/${issue.id}/comment`, maxResults: comments.length, total: comments.length, startAt: 0 };
    }
    case 'priority': return isPriority(raw) ? priorityJson(site, raw) : null;
    case 'components': return records(raw).map((c) => componentJson(site, { id: String(c.id), name: String(c.name) }));
    case 'fixVersions': return records(raw).map((v) => versionJson(site, projectOf(site, issue), { id: String(v.id), name: String(v.name) }));
    case 'resolution': return typeof raw === 'object' && raw !== null ? resolutionJson(site, raw as Json) : null;
  }
  if (field.schema.type === 'user') return userRefJson(site, users, raw);
  if (field.schema.type === 'option') return typeof raw === 'object' && raw !== null ? optionJson(site, raw as Json) : null;
  if (field.schema.items === 'option') return records(raw).map((o) => optionJson(site, o));
  if (field.schema.type === 'array') return Array.isArray(raw) ? [...raw] : [];
  return raw ?? null;
}

function rendered(field: FieldDef, value: unknown): unknown {
  const adf = field.id === 'description' || field.schema.custom?.endsWith(':textarea');
  if (adf) return value ? adfToHtml(value) : null;
  if (field.id === 'comment' && typeof value === 'object' && value !== null) {
    const page = value as { comments: Json[] };
    return { ...page, comments: page.comments.map((c) => ({ ...c, body: adfToHtml(c.body) })) };
  }
  return typeof value === 'string' || value === null ? value : null;
}

export function renderIssue(site: SiteState, users: readonly User[], me: User, issue: Issue, options: ViewOptions): Json {
  if (options.fields.idOnly) return { id: issue.id };
  const fields: Json = {};
  const names: Record<string, string> = {};
  const schema: Json = {};
  const renderedFields: Json = {};
  for (const id of issueFieldIds(site, issue)) {
    const field = site.fields.find((f) => f.id === id);
    if (!field || !options.fields.includes(id)) continue;
    fields[id] = fieldValue(site, users, me, issue, field);
    names[id] = field.name;
    schema[id] = { ...field.schema };
    renderedFields[id] = rendered(field, fields[id]);
  }
  const bean: Json = { expand: ISSUE_EXPAND, id: issue.id, self: `${apiBase(site)}/issue/${issue.id}`, key: issue.key };
  if (options.expand.has('renderedFields')) bean.renderedFields = renderedFields;
  if (options.expand.has('names')) bean.names = names;
  if (options.expand.has('schema')) bean.schema = schema;
  if (options.expand.has('transitions')) {
    const withFields = options.expand.has('transitions.fields');
    bean.transitions = transitionsFor(site, issue).map((t) => transitionJson(site, issue, t, withFields));
  }
  if (options.expand.has('editmeta')) {
    bean.editmeta = editMetadata({ site, project: projectOf(site, issue), issueType: issueTypeOf(site, issue), issueKey: issue.key });
  }
  if (options.expand.has('changelog')) bean.changelog = changelogJson(site, users, issue);
  bean.fields = fields;
  return bean;
}

/** `expand=a,b` as a set (Jira's expand is a comma-separated string). */
export function parseExpand(value: unknown): Set<string> {
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return new Set(list.map((s) => s.trim()).filter((s) => s !== ''));
}
