// Cuts the part of Atlassian's Jira Cloud platform OpenAPI document that the extension talks to
// out of the full 2.4 MB file, so tests can validate against the official contract without the
// full document (CI has only the repository). vendor-spec.ts writes the result to jira-subset.json.

import { compactJson } from './compact-json.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The committed subset, beside this file. */
export const SUBSET_URL = new URL('./jira-subset.json', import.meta.url);

/** The environment variable that names the full document (a path to `swagger-v3.v3.json`, see
 *  SOURCE.md), for vendor-spec.ts and for subset.test.ts's check that the subset is current. */
export const FULL_SPEC_ENV = 'QAJ_JIRA_OPENAPI';

/** Every path the extension (and so the simulator) uses; all methods of each are kept. */
export const VENDORED_PATHS: readonly string[] = [
  '/rest/api/3/myself',
  '/rest/api/3/project/search',
  '/rest/api/3/issue/createmeta',
  '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes',
  '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}',
  '/rest/api/3/issue',
  '/rest/api/3/issue/{issueIdOrKey}',
  '/rest/api/3/issue/{issueIdOrKey}/editmeta',
  '/rest/api/3/issue/{issueIdOrKey}/transitions',
  '/rest/api/3/issue/{issueIdOrKey}/comment',
  '/rest/api/3/search',
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/user/assignable/search',
  '/rest/api/3/issue/picker',
  '/rest/api/3/priority',
  '/rest/api/3/jql/autocompletedata/suggestions',
];

/** Provenance of the full document; stored in the subset as `info.x-vendored-from`. */
export const VENDORED_FROM = {
  document: "Atlassian's Jira Cloud platform REST API OpenAPI 3.0.1 document (swagger-v3.v3.json)",
  license: 'Apache-2.0',
  repository: 'https://github.com/jarekbird/jira-api-mcp-wrapper',
  path: 'swagger-v3.v3.json',
  commit: '9a9e84dacce9900b0bd4f1f095f5f1bdf3ce0168',
  subset: 'the paths listed in test/sim/openapi/subset.ts with every schema they reference',
  // Apache-2.0 §4(b): modified files must say that they were changed.
  changes: 'other paths and schemas, example/examples and descriptions over 160 characters removed',
};

/**
 * Descriptions longer than this are dropped. The long ones are Markdown prose about permissions
 * and expansion (operation descriptions alone are ~20 KB for these paths) that no check reads;
 * short ones stay because they name what a field means. Parameter descriptions are kept in full:
 * they are the only place Jira says which array parameters accept a comma-separated list, and
 * params.ts relies on that sentence.
 */
const MAX_DESCRIPTION = 160;

const SCHEMA_PREFIX = '#/components/schemas/';

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies a node of the document without `example`/`examples` (sample payloads: ~50 KB in the
 * responses of these paths alone, and never validated) and without long descriptions.
 * Keys inside a `properties` map are property names, not keywords, so a property called
 * `description` or `example` survives; `x-*`, `enum` and `default` values are data and are
 * copied untouched.
 */
function prune(node: Json): Json {
  if (Array.isArray(node)) return node.map((item) => prune(item));
  if (!isObject(node)) return node;
  const isParameter = typeof node['in'] === 'string' && typeof node['name'] === 'string';
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue;
    if (key === 'description' && typeof value === 'string') {
      if (isParameter || value.length <= MAX_DESCRIPTION) out[key] = value;
      continue;
    }
    if (key.startsWith('x-') || key === 'enum' || key === 'default') {
      out[key] = value;
    } else if (key === 'properties' && isObject(value)) {
      const props: JsonObject = {};
      for (const [name, schema] of Object.entries(value)) props[name] = prune(schema);
      out[key] = props;
    } else {
      out[key] = prune(value);
    }
  }
  return out;
}

/** Names of every component schema reachable from `node` through `$ref`, in `schemas`. */
function collectRefs(node: Json, schemas: JsonObject, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, schemas, found);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      if (!value.startsWith(SCHEMA_PREFIX)) throw new Error(`unsupported $ref ${value}`);
      const name = value.slice(SCHEMA_PREFIX.length);
      if (found.has(name)) continue;
      const target = schemas[name];
      if (target === undefined) throw new Error(`dangling $ref ${value}`);
      found.add(name);
      collectRefs(target, schemas, found);
    } else if (!key.startsWith('x-') && key !== 'example' && key !== 'examples') {
      collectRefs(value, schemas, found);
    }
  }
}

/** The vendored document: openapi, info (+ provenance), the listed paths, their schemas. */
export function extractSubset(spec: JsonObject, paths: readonly string[] = VENDORED_PATHS): JsonObject {
  const allPaths = spec['paths'];
  const components = spec['components'];
  const info = spec['info'];
  if (!isObject(allPaths) || !isObject(components) || !isObject(info)) {
    throw new Error('not an OpenAPI document: paths, components or info missing');
  }
  const allSchemas = isObject(components['schemas']) ? components['schemas'] : {};
  const outPaths: JsonObject = {};
  const found = new Set<string>();
  for (const path of paths) {
    const item = allPaths[path];
    if (!isObject(item)) throw new Error(`path ${path} is not in the document`);
    collectRefs(item, allSchemas, found);
    outPaths[path] = prune(item);
  }
  const schemas: JsonObject = {};
  for (const name of [...found].sort()) schemas[name] = prune(allSchemas[name] ?? null);
  return {
    openapi: spec['openapi'] ?? null,
    info: { ...info, 'x-vendored-from': VENDORED_FROM },
    paths: outPaths,
    components: { schemas, securitySchemes: components['securitySchemes'] ?? {} },
  };
}

/** The exact text of jira-subset.json for a full document (parsed). */
export function renderSubset(spec: JsonObject): string {
  return compactJson(extractSubset(spec));
}
