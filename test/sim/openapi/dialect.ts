// OpenAPI 3.0 Schema Objects are not quite JSON Schema: ajv (draft-07) needs them converted.
// - `nullable: true` (3.0 only) becomes a `null` type / enum member, or an anyOf with null when
//   there is no `type` (e.g. beside `allOf`); in the subset it marks Priority.iconUrl etc.
// - `$ref: '#/components/schemas/X'` is made absolute against the id the components are
//   registered under, so a request-body schema compiled on its own can reach them.
// - Boolean `exclusiveMinimum`/`exclusiveMaximum` (draft-04 style, allowed by 3.0) becomes the
//   draft-07 numeric form.
// - OpenAPI-only annotations (`discriminator`, `xml`, `example`, `externalDocs`, `x-*`) are
//   dropped; ajv with strict: false would ignore them, but removing them keeps compiled schemas
//   small. `readOnly`/`writeOnly` stay: draft-07 knows them as annotations and does not enforce
//   them, which is what we want (Jira ignores read-only fields sent on create).

import type { Schema } from './spec.ts';

/** The $id under which components are registered with ajv (never fetched). */
export const COMPONENTS_ID = 'https://jira-subset.invalid/openapi.json';

const LOCAL_PREFIX = '#/components/schemas/';
const DROPPED = new Set(['nullable', 'discriminator', 'xml', 'example', 'examples', 'externalDocs']);
/** Keywords whose value is a single subschema. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not']);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf']);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toJsonSchema(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_PREFIX)) {
      out[key] = COMPONENTS_ID + value;
    } else if (key === 'properties' && isSchema(value)) {
      const props: Schema = {};
      for (const [name, sub] of Object.entries(value)) props[name] = isSchema(sub) ? toJsonSchema(sub) : sub;
      out[key] = props;
    } else if (SUBSCHEMA.has(key) && isSchema(value)) {
      out[key] = toJsonSchema(value);
    } else if (SCHEMA_LIST.has(key) && Array.isArray(value)) {
      out[key] = value.map((sub: unknown) => (isSchema(sub) ? toJsonSchema(sub) : sub));
    } else {
      out[key] = value;
    }
  }
  exclusiveBounds(schema, out);
  return schema['nullable'] === true ? allowNull(out) : out;
}

function exclusiveBounds(source: Schema, out: Schema): void {
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof source[flag] !== 'boolean') continue;
    if (source[flag] === true && typeof source[bound] === 'number') out[flag] = source[bound];
    else delete out[flag];
    if (source[flag] === true) delete out[bound];
  }
}

function allowNull(out: Schema): Schema {
  const type = out['type'];
  if (typeof type === 'string') out['type'] = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) out['type'] = [...type, 'null'];
  else if (type === undefined) return { anyOf: [out, { type: 'null' }] };
  if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  return out;
}

/** Every component schema converted, as one document to register with ajv. */
export function componentsDocument(schemas: Record<string, Schema>): Schema {
  const converted: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(schemas)) converted[name] = toJsonSchema(schema);
  return { $id: COMPONENTS_ID, components: { schemas: converted } };
}
