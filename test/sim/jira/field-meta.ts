// Field metadata as create metadata, edit metadata and transition screens describe a field
// (spec: FieldCreateMetadata, FieldMetadata): schema, operations, required flag and, for fields
// with a fixed set of values, allowedValues in the same JSON shape the issue itself uses.
import type { FieldDef, IssueType, Project, ScreenField, SiteState } from '../types.ts';
import { fieldById } from './lookup.ts';
import { apiBase } from './urls.ts';
import { componentJson, issueTypeJson, optionJson, priorityJson, projectRefJson, resolutionJson, versionJson } from './view-config.ts';
import { PRIORITY_MEDIUM } from '../seed/jira-catalog.ts';

type Json = Record<string, unknown>;

export interface MetaContext {
  site: SiteState;
  project: Project;
  issueType: IssueType;
  /** Set for edit metadata: autocomplete URLs then name the issue rather than the project. */
  issueKey?: string;
}

function allowedValues(m: MetaContext, field: FieldDef): Json[] | undefined {
  const { site, project } = m;
  switch (field.id) {
    case 'project': return [projectRefJson(site, project)];
    case 'issuetype': return [issueTypeJson(site, m.issueType)];
    case 'components': return project.components.map((c) => componentJson(site, c));
    case 'fixVersions': return project.versions.map((v) => versionJson(site, project, v));
    case 'priority': return site.priorities.map((p) => priorityJson(site, p));
    case 'resolution': return (field.allowedValues ?? []).map((r) => resolutionJson(site, r));
  }
  if (field.schema.type === 'option' || field.schema.items === 'option') return (field.allowedValues ?? []).map((o) => optionJson(site, o));
  return undefined;
}

function autoCompleteUrl(m: MetaContext, field: FieldDef): string | undefined {
  const base = apiBase(m.site);
  if (field.id === 'assignee') {
    return m.issueKey ? `${base}/user/assignable/search?issueKey=${m.issueKey}&query=` : `${base}/user/assignable/search?project=${m.project.key}&query=`;
  }
  if (field.schema.type === 'user') return `${base}/user/search?query=`;
  if (field.id === 'labels') return `${base.replace('/rest/api/3', '')}/rest/api/1.0/labels/suggest?query=`;
  if (field.id === 'parent') return `${base}/issue/picker?currentProjectId=${m.project.id}&query=`;
  return undefined;
}

/** FieldMetadata for one screen field (editmeta and transition screens use this shape). */
export function fieldMetadata(m: MetaContext, screenField: ScreenField): Json | undefined {
  const field = fieldById(m.site, screenField.fieldId);
  if (!field) return undefined;
  const json: Json = {
    required: screenField.required,
    schema: { ...field.schema },
    name: field.name,
    key: field.id,
  };
  const url = autoCompleteUrl(m, field);
  if (url) json.autoCompleteUrl = url;
  json.hasDefaultValue = field.hasDefaultValue;
  json.operations = [...field.operations];
  const values = allowedValues(m, field);
  if (values) json.allowedValues = values;
  if (field.id === 'priority') {
    const medium = m.site.priorities.find((p) => p.id === PRIORITY_MEDIUM);
    if (medium) json.defaultValue = priorityJson(m.site, medium);
  }
  return json;
}

/** FieldCreateMetadata: FieldMetadata plus `fieldId` (createmeta/{project}/issuetypes/{id}). */
export function fieldCreateMetadata(m: MetaContext, screenField: ScreenField): Json | undefined {
  const meta = fieldMetadata(m, screenField);
  return meta ? { ...meta, fieldId: screenField.fieldId } : undefined;
}

/** The fields of an issue type's screen in a project; edit leaves out project and issue type. */
export function screenOf(project: Project, issueTypeId: string, purpose: 'create' | 'edit'): ScreenField[] {
  const screen = project.screens[issueTypeId] ?? [];
  return purpose === 'create' ? screen : screen.filter((s) => s.fieldId !== 'project' && s.fieldId !== 'issuetype');
}

/** `{fields: {id: FieldMetadata}}` for editing one issue (spec: IssueUpdateMetadata). */
export function editMetadata(m: MetaContext): { fields: Record<string, Json> } {
  const fields: Record<string, Json> = {};
  for (const s of screenOf(m.project, m.issueType.id, 'edit')) {
    const meta = fieldMetadata(m, s);
    if (meta) fields[s.fieldId] = meta;
  }
  // Jira offers adding a comment as part of an edit.
  const comment = fieldMetadata(m, { fieldId: 'comment', required: false });
  if (comment) fields.comment = { ...comment, operations: ['add', 'edit', 'remove'] };
  return { fields };
}
