// One ajv instance holding the subset's component schemas; operation schemas are compiled the
// first time a request or response needs them and cached, so a simulator run only pays for the
// operations it exercises.

import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { componentsDocument, toJsonSchema } from './dialect.ts';
import { loadSubset } from './spec.ts';
import type { Schema } from './spec.ts';

let ajv: Ajv | undefined;
const compiled = new WeakMap<Schema, ValidateFunction>();

function instance(): Ajv {
  if (ajv !== undefined) return ajv;
  // strict: false because OpenAPI schemas carry keywords draft-07 does not define (and Jira's
  // carry `default`s inside `items`); allErrors so one run reports every problem in a body.
  // ajv-formats knows OpenAPI's int32/int64/float/double besides date-time, uri, uuid; its
  // date-time also accepts Jira's `2022-10-06T07:32:47.000+0000` offsets (no colon), the form
  // the spec's own examples use.
  ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(componentsDocument(loadSubset().components.schemas));
  return ajv;
}

/** Validates `value` against an OpenAPI schema taken from the subset (cached per schema object). */
export function validateAgainst(schema: Schema, value: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = instance().compile(toJsonSchema(schema));
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []);
}

/**
 * One line per error: `/fields must be object`, `/ must NOT have additional properties (foo)`;
 * with a `root` (a parameter name) `maxResults must be <= 100`, `fields/0 must be string`.
 */
export function describeErrors(errors: ErrorObject[], root = ''): string[] {
  const lines = errors
    // anyOf/oneOf failures repeat what their branches said; the branch errors are kept.
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
    .map((e) => `${root + e.instancePath || '/'} ${e.message ?? 'is invalid'}${detail(e)}`);
  return [...new Set(lines)];
}

function detail(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return ` (${String(params['additionalProperty'])})`;
  if (error.keyword === 'enum') return ` (${JSON.stringify(params['allowedValues'])})`;
  return '';
}
