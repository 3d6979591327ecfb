import * as z from 'zod/mini';

// The small objects Jira nests in issues, search results and metadata (OpenAPI: StatusDetails,
// IssueTypeDetails, Priority, UserDetails, ProjectDetails, AvatarUrlsBean). Each schema reads only
// what the popup shows; everything else Jira sends is dropped by the parse.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get

const avatarUrlsSchema = z.record(z.string(), z.string());

/** The 48 px avatar (or the 24 px one), only over https: avatars are loaded into our pages. */
export function pickAvatar(avatarUrls: Record<string, string> | undefined): string | undefined {
  const url = avatarUrls?.['48x48'] ?? avatarUrls?.['24x24'];
  return httpsOnly(url);
}

export function httpsOnly(url: string | undefined): string | undefined {
  return url?.startsWith('https://') ? url : undefined;
}

export const statusSchema = z.object({
  id: z.string(),
  name: z.string(),
  statusCategory: z.optional(z.object({ key: z.string() })),
});

export interface StatusView {
  id: string;
  name: string;
  /** `new`, `indeterminate` or `done`; Jira's "No Category" is `undefined`, used when missing too. */
  categoryKey: string;
}

export function toStatus(status: z.infer<typeof statusSchema>): StatusView {
  return { id: status.id, name: status.name, categoryKey: status.statusCategory?.key ?? 'undefined' };
}

export const issueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.optional(z.boolean()),
  iconUrl: z.optional(z.string()),
});

export interface IssueTypeView {
  id: string;
  name: string;
  subtask: boolean;
  iconUrl?: string | undefined;
}

export function toIssueType(type: z.infer<typeof issueTypeSchema>): IssueTypeView {
  const iconUrl = httpsOnly(type.iconUrl);
  return { id: type.id, name: type.name, subtask: type.subtask ?? false, ...(iconUrl ? { iconUrl } : {}) };
}

export const prioritySchema = z.object({
  id: z.string(),
  name: z.string(),
  iconUrl: z.optional(z.string()),
});

export interface PriorityView {
  id: string;
  name: string;
  iconUrl?: string | undefined;
}

export function toPriority(priority: z.infer<typeof prioritySchema>): PriorityView {
  const iconUrl = httpsOnly(priority.iconUrl);
  return { id: priority.id, name: priority.name, ...(iconUrl ? { iconUrl } : {}) };
}

export const userSchema = z.object({
  accountId: z.string(),
  displayName: z.optional(z.string()),
  active: z.optional(z.boolean()),
  avatarUrls: z.optional(avatarUrlsSchema),
});

export interface UserRef {
  accountId: string;
  displayName: string;
  avatarUrl?: string | undefined;
}

export function toUserRef(user: z.infer<typeof userSchema>): UserRef {
  const avatarUrl = pickAvatar(user.avatarUrls);
  // Privacy settings can hide the name; the account id is still a stable label.
  return { accountId: user.accountId, displayName: user.displayName ?? user.accountId, ...(avatarUrl ? { avatarUrl } : {}) };
}

export const projectRefSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  avatarUrls: z.optional(avatarUrlsSchema),
});

export interface ProjectRef {
  id: string;
  key: string;
  name: string;
  avatarUrl?: string | undefined;
}

export function toProjectRef(project: z.infer<typeof projectRefSchema>): ProjectRef {
  const avatarUrl = pickAvatar(project.avatarUrls);
  return { id: project.id, key: project.key, name: project.name, ...(avatarUrl ? { avatarUrl } : {}) };
}
