// What the worker shows the pages about an opened issue, its workflow steps and search pages:
// the shapes lib/jira's processors produce, checked again on the page side. Pages load these with
// the Find and Open sections (reply-schemas.ts), not before the popup is ready. The checks at the
// end fail the build if a schema and its lib/jira type drift apart.
import * as z from 'zod/mini';
import type { IssueView, LinkedIssue } from '../jira/get-issue.ts';
import type { IssueTypeView, PriorityView, StatusView } from '../jira/issue-parts.ts';
import type { IssueSummary, SearchPage } from '../jira/search.ts';
import type { Transition } from '../jira/transitions.ts';
import type { Exactly } from './drift-check.ts';
import { fieldMetaSchema, projectRefViewSchema, userRefSchema } from './issue-views.ts';

export type { IssueSummary, IssueTypeView, IssueView, LinkedIssue, PriorityView, SearchPage, StatusView, Transition };

export const statusViewSchema = z.object({ id: z.string(), name: z.string(), categoryKey: z.string() });

export const issueTypeViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean(),
  iconUrl: z.optional(z.string()),
});

export const priorityViewSchema = z.object({ id: z.string(), name: z.string(), iconUrl: z.optional(z.string()) });

export const transitionSchema = z.object({
  id: z.string(),
  name: z.string(),
  to: statusViewSchema,
  fields: z.array(fieldMetaSchema),
});

export const linkedIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  status: z.optional(statusViewSchema),
  issuetype: z.optional(issueTypeViewSchema),
});

export const issueViewSchema = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  status: statusViewSchema,
  issuetype: issueTypeViewSchema,
  priority: z.optional(priorityViewSchema),
  assignee: z.optional(userRefSchema),
  reporter: z.optional(userRefSchema),
  created: z.string(),
  updated: z.string(),
  labels: z.array(z.string()),
  // ADF, or null; the renderer checks its node types.
  description: z.unknown(),
  subtasks: z.array(linkedIssueSchema),
  parent: z.optional(linkedIssueSchema),
  project: projectRefViewSchema,
  names: z.optional(z.record(z.string(), z.string())),
  transitions: z.optional(z.array(transitionSchema)),
  otherFields: z.record(z.string(), z.unknown()),
});

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

export const searchPageSchema = z.object({
  issues: z.array(issueSummarySchema),
  nextPageToken: z.optional(z.string()),
  isLast: z.boolean(),
});

const viewChecks: {
  status: Exactly<typeof statusViewSchema, StatusView>;
  issueType: Exactly<typeof issueTypeViewSchema, IssueTypeView>;
  priority: Exactly<typeof priorityViewSchema, PriorityView>;
  transition: Exactly<typeof transitionSchema, Transition>;
  linkedIssue: Exactly<typeof linkedIssueSchema, LinkedIssue>;
  issue: Exactly<typeof issueViewSchema, IssueView>;
  issueSummary: Exactly<typeof issueSummarySchema, IssueSummary>;
  searchPage: Exactly<typeof searchPageSchema, SearchPage>;
} = {
  status: true,
  issueType: true,
  priority: true,
  transition: true,
  linkedIssue: true,
  issue: true,
  issueSummary: true,
  searchPage: true,
};
void viewChecks;
