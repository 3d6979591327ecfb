// Jira's JSON for the configuration objects that appear inside issues and metadata: users
// (spec: User / UserDetails), statuses (StatusDetails), issue types (IssueTypeDetails),
// priorities, projects, components, versions, select options and resolutions.
import type { IssueType, Project, SiteState, Status, User } from '../types.ts';
import { apiBase, issueTypeAvatarId, issueTypeIconUrl, priorityIconUrl, projectAvatarUrls, userAvatarUrls } from './urls.ts';

type Json = Record<string, unknown>;

/** A user as Jira embeds one (assignee, reporter, comment author, assignable search). */
export function userJson(site: SiteState, user: User): Json {
  return {
    self: `${apiBase(site)}/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    avatarUrls: userAvatarUrls(user),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

/** A user referenced by account id; unknown ids (e.g. deleted accounts) render as Jira's "unknown". */
export function userRefJson(site: SiteState, users: readonly User[], accountId: unknown): Json | null {
  if (typeof accountId !== 'string') return null;
  const user = users.find((u) => u.accountId === accountId);
  if (user) return userJson(site, user);
  return { self: `${apiBase(site)}/user?accountId=${encodeURIComponent(accountId)}`, accountId, accountType: 'unknown', active: false, displayName: 'Former user' };
}

export function statusJson(site: SiteState, status: Status): Json {
  return {
    self: `${apiBase(site)}/status/${status.id}`,
    description: '',
    iconUrl: `${site.site.url}/`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${apiBase(site)}/statuscategory/${status.category.id}`,
      id: status.category.id,
      key: status.category.key,
      colorName: status.category.colorName,
      name: status.category.name,
    },
  };
}

export function issueTypeJson(site: SiteState, type: IssueType): Json {
  return {
    self: `${apiBase(site)}/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: issueTypeIconUrl(site, type.name),
    name: type.name,
    subtask: type.subtask,
    avatarId: issueTypeAvatarId(type.name),
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function priorityJson(site: SiteState, priority: { id: string; name: string }): Json {
  return { self: `${apiBase(site)}/priority/${priority.id}`, iconUrl: priorityIconUrl(site, priority.name), name: priority.name, id: priority.id };
}

/** The short project form used inside issues and create metadata. */
export function projectRefJson(site: SiteState, project: Project): Json {
  return {
    self: `${apiBase(site)}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    avatarUrls: projectAvatarUrls(site, 10400 + site.projects.indexOf(project)),
  };
}

export function componentJson(site: SiteState, component: { id: string; name: string }): Json {
  return { self: `${apiBase(site)}/component/${component.id}`, id: component.id, name: component.name };
}

export function versionJson(site: SiteState, project: Project, version: { id: string; name: string; released?: boolean }): Json {
  const known = project.versions.find((v) => v.id === version.id);
  return {
    self: `${apiBase(site)}/version/${version.id}`,
    id: version.id,
    name: version.name,
    archived: false,
    released: known?.released ?? version.released ?? false,
    projectId: Number(project.id),
  };
}

/** A select-list option, `{self, value, id}`. */
export function optionJson(site: SiteState, option: Record<string, unknown>): Json {
  return { self: `${apiBase(site)}/customFieldOption/${String(option.id)}`, value: option.value, id: option.id };
}

export function resolutionJson(site: SiteState, resolution: Record<string, unknown>): Json {
  return { self: `${apiBase(site)}/resolution/${String(resolution.id)}`, id: resolution.id, description: '', name: resolution.name };
}
