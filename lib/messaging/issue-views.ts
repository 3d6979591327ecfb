// What the worker shows the pages about Jira issues: projects, create and edit metadata, issues,
// workflow steps, search pages, people and picked issues. These are the shapes lib/jira's
// processors produce (already parsed and trimmed from Jira's JSON); the schemas check them again
// on the page side of the message protocol, and when the metadata cache reads them back from
// storage. The checks at the end of the file make the build fail if a schema and its lib/jira type
// ever drift apart.
import * as z from 'zod/mini';
import type { CreateMetaIssueType } from '../jira/create-meta.ts';
import type { AllowedValue, AllowedValueChild, FieldMeta, FieldSchema } from '../jira/field-meta.ts';
import type { IssueView, LinkedIssue } from '../jira/get-issue.ts';
import type { PickedIssue } from '../jira/issue-picker.ts';
import type { IssueTypeView, PriorityView, ProjectRef, StatusView, UserRef } from '../jira/issue-parts.ts';
import type { IssueSummary, SearchPage } from '../jira/search.ts';
import type { Transition } from '../jira/transitions.ts';

export type {
  AllowedValue,
  AllowedValueChild,
  CreateMetaIssueType,
  FieldMeta,
  FieldSchema,
  IssueSummary,
  IssueTypeView,
  IssueView,
  LinkedIssue,
  PickedIssue,
  PriorityView,
  ProjectRef,
  SearchPage,
  StatusView,
  Transition,
  UserRef,
};

export const statusViewSchema = z.object({ id: z.string(), name: z.string(), categoryKey: z.string() });

export const issueTypeViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean(),
  iconUrl: z.optional(z.string()),
});

export const priorityViewSchema = z.object({ id: z.string(), name: z.string(), iconUrl: z.optional(z.string()) });

export const userRefSchema = z.object({ accountId: z.string(), displayName: z.string(), avatarUrl: z.optional(z.string()) });

export const projectRefViewSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  avatarUrl: z.optional(z.string()),
});

export const createMetaIssueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean(),
  iconUrl: z.optional(z.string()),
  description: z.optional(z.string()),
  hierarchyLevel: z.optional(z.number()),
});

export const fieldSchemaViewSchema = z.object({
  type: z.string(),
  items: z.optional(z.string()),
  system: z.optional(z.string()),
  custom: z.optional(z.string()),
  customId: z.optional(z.number()),
});

export const allowedValueChildSchema = z.object({
  id: z.string(),
  value: z.optional(z.string()),
  name: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
});

export const allowedValueSchema = z.object({
  id: z.string(),
  value: z.optional(z.string()),
  name: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
  archived: z.optional(z.boolean()),
  key: z.optional(z.string()),
  iconUrl: z.optional(z.string()),
  children: z.optional(z.array(allowedValueChildSchema)),
});

export const fieldMetaSchema = z.object({
  fieldId: z.string(),
  key: z.string(),
  name: z.string(),
  required: z.boolean(),
  schema: fieldSchemaViewSchema,
  allowedValues: z.optional(z.array(allowedValueSchema)),
  hasDefaultValue: z.optional(z.boolean()),
  defaultValue: z.optional(z.unknown()),
  autoCompleteUrl: z.optional(z.string()),
  operations: z.optional(z.array(z.string())),
});

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

export const pickedIssueSchema = z.object({ key: z.string(), summaryText: z.string() });

// ---------------------------------------------------------------------------------------------
// Drift checks: each schema's inferred type must be exactly its lib/jira type (not merely
// assignable one way). A field added to a type but not to its schema, or typed differently,
// fails `tsc`.

/** Rebuilds an object type property by property, so an `interface X extends Y` and the flat
 *  object zod infers compare by their members rather than by how they were declared. */
type Flat<T> = T extends (infer E)[] ? Flat<E>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
/** True only when A and B are the same type (the conditional-type identity trick), so `?:` versus
 *  `| undefined`, `unknown` versus `any` and missing or extra members all count as drift. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Exactly<S extends z.ZodMiniType, T> = Same<Flat<z.infer<S>>, Flat<T>>;

const viewChecks: {
  status: Exactly<typeof statusViewSchema, StatusView>;
  issueType: Exactly<typeof issueTypeViewSchema, IssueTypeView>;
  priority: Exactly<typeof priorityViewSchema, PriorityView>;
  user: Exactly<typeof userRefSchema, UserRef>;
  project: Exactly<typeof projectRefViewSchema, ProjectRef>;
  createMetaIssueType: Exactly<typeof createMetaIssueTypeSchema, CreateMetaIssueType>;
  fieldSchema: Exactly<typeof fieldSchemaViewSchema, FieldSchema>;
  allowedValueChild: Exactly<typeof allowedValueChildSchema, AllowedValueChild>;
  allowedValue: Exactly<typeof allowedValueSchema, AllowedValue>;
  fieldMeta: Exactly<typeof fieldMetaSchema, FieldMeta>;
  transition: Exactly<typeof transitionSchema, Transition>;
  linkedIssue: Exactly<typeof linkedIssueSchema, LinkedIssue>;
  issue: Exactly<typeof issueViewSchema, IssueView>;
  issueSummary: Exactly<typeof issueSummarySchema, IssueSummary>;
  searchPage: Exactly<typeof searchPageSchema, SearchPage>;
  pickedIssue: Exactly<typeof pickedIssueSchema, PickedIssue>;
} = {
  status: true,
  issueType: true,
  priority: true,
  user: true,
  project: true,
  createMetaIssueType: true,
  fieldSchema: true,
  allowedValueChild: true,
  allowedValue: true,
  fieldMeta: true,
  transition: true,
  linkedIssue: true,
  issue: true,
  issueSummary: true,
  searchPage: true,
  pickedIssue: true,
};
void viewChecks;
