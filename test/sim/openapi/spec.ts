// The vendored Jira OpenAPI subset (jira-subset.json), loaded once, with just enough typing for
// the checks. Read with fs relative to this module rather than `import ... with { type: 'json' }`,
// so the same code runs under vitest and plain `node --experimental-strip-types` without relying
// on either's handling of import attributes.

import { readFileSync } from 'node:fs';

/** An OpenAPI 3.0 Schema Object; validated by ajv after dialect.ts converts it. */
export type Schema = { [keyword: string]: unknown };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: Schema;
  style?: string;
  explode?: boolean;
}

export interface MediaType {
  schema?: Schema;
}

export interface ResponseObject {
  content?: Record<string, MediaType>;
}

export interface ScopeEntry {
  scheme: string;
  scopes: string[];
  state: string;
}

export interface Operation {
  operationId?: string;
  deprecated?: boolean;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses?: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
  'x-atlassian-oauth2-scopes'?: ScopeEntry[];
}

export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, unknown> };
}

let cached: OpenApiDocument | undefined;

export function loadSubset(): OpenApiDocument {
  cached ??= JSON.parse(
    readFileSync(new URL('./jira-subset.json', import.meta.url), 'utf8'),
  ) as OpenApiDocument;
  return cached;
}
