// What the worker shows the pages for creating issues: projects, issue types, create and edit
// metadata, people and picked issues. These are the shapes lib/jira's processors produce (already
// parsed and trimmed from Jira's JSON); the schemas check them again on the page side of the
// message protocol, and when the metadata cache reads them back from storage. The views of an
// opened issue, its workflow and search pages are in issue-open-views.ts, which pages load only
// when they open or find an issue. The checks at the end fail the build if a schema and its
// lib/jira type drift apart.
import * as z from 'zod/mini';
import type { CreateMetaIssueType } from '../jira/create-meta.ts';
import type { AllowedValue, AllowedValueChild, FieldMeta, FieldSchema } from '../jira/field-meta.ts';
import type { PickedIssue } from '../jira/issue-picker.ts';
import type { ProjectRef, UserRef } from '../jira/issue-parts.ts';
import type { Exactly } from './drift-check.ts';

export type { AllowedValue, AllowedValueChild, CreateMetaIssueType, FieldMeta, FieldSchema, PickedIssue, ProjectRef, UserRef };

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

export const pickedIssueSchema = z.object({ key: z.string(), summaryText: z.string() });

const viewChecks: {
  user: Exactly<typeof userRefSchema, UserRef>;
  project: Exactly<typeof projectRefViewSchema, ProjectRef>;
  createMetaIssueType: Exactly<typeof createMetaIssueTypeSchema, CreateMetaIssueType>;
  fieldSchema: Exactly<typeof fieldSchemaViewSchema, FieldSchema>;
  allowedValueChild: Exactly<typeof allowedValueChildSchema, AllowedValueChild>;
  allowedValue: Exactly<typeof allowedValueSchema, AllowedValue>;
  fieldMeta: Exactly<typeof fieldMetaSchema, FieldMeta>;
  pickedIssue: Exactly<typeof pickedIssueSchema, PickedIssue>;
} = {
  user: true,
  project: true,
  createMetaIssueType: true,
  fieldSchema: true,
  allowedValueChild: true,
  allowedValue: true,
  fieldMeta: true,
  pickedIssue: true,
};
void viewChecks;
