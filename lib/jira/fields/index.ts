// The field model: Jira create/edit metadata → form fields, form values ↔ Jira's field JSON.
export type { FieldMeta, FieldSchema } from './field-meta.ts';
export type { FieldKind, KindName } from './field-kind.ts';
export { fieldKind } from './field-kind.ts';
export type { Choice } from './options.ts';
export type { AdfDoc, FormValue, FormValues, IssueRef, UserRef, ValueOfKind } from './form-value.ts';
export { emptyValue } from './form-value.ts';
export type { Blocker, FormField, FormPlan, PlanOptions, SupportedKind } from './form-plan.ts';
export { planForm } from './form-plan.ts';
export type { FieldCheck, FieldError } from './messages.ts';
export type { Payload, PayloadOptions } from './to-payload.ts';
export { toPayload } from './to-payload.ts';
export { initialValues, valueFromJira, valuesFromIssue } from './from-issue.ts';
