// An opened issue as the Open section shows it, with the parts it shares with search results
// (the summary row: status, issue type, priority, assignee). lib/jira/get-issue.ts and issue-parts.ts make it from Jira's
// IssueBean.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
import * as z from 'zod/mini';
import { projectRefViewSchema } from './project.ts';
import { transitionSchema } from './transition.ts';
import { statusViewSchema } from './status.ts';
import { userRefSchema } from './user.ts';

export const issueTypeViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean(),
  iconUrl: z.optional(z.string()),
});
export type IssueTypeView = z.infer<typeof issueTypeViewSchema>;

export const priorityViewSchema = z.object({ id: z.string(), name: z.string(), iconUrl: z.optional(z.string()) });
export type PriorityView = z.infer<typeof priorityViewSchema>;

/** A parent or sub-task: a short issue. */
export const linkedIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  status: z.optional(statusViewSchema),
  issuetype: z.optional(issueTypeViewSchema),
});
export type LinkedIssue = z.infer<typeof linkedIssueSchema>;

/** An issue as a row of search results shows it; the opened issue is this and more. */
export const issueSummarySchema = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  status: statusViewSchema,
  issuetype: issueTypeViewSchema,
  priority: z.optional(priorityViewSchema),
  assignee: z.optional(userRefSchema),
  updated: z.string(),
});
export type IssueSummary = z.infer<typeof issueSummarySchema>;

export const issueViewSchema = z.object({
  ...issueSummarySchema.shape,
  reporter: z.optional(userRefSchema),
  created: z.string(),
  labels: z.array(z.string()),
  /** ADF document, or null when the issue has no description: the renderer checks its node types. */
  description: z.unknown(),
  subtasks: z.array(linkedIssueSchema),
  parent: z.optional(linkedIssueSchema),
  project: projectRefViewSchema,
  /** Field id → display name, with `expand: ['names']`. */
  names: z.optional(z.record(z.string(), z.string())),
  /** With `expand: ['transitions']` (add `transitions.fields` for their screens). */
  transitions: z.optional(z.array(transitionSchema)),
  /** Values of the other fields asked for, as Jira sent them, for the field editors to read. */
  otherFields: z.record(z.string(), z.unknown()),
});
export type IssueView = z.infer<typeof issueViewSchema>;
