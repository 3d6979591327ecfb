// Checks what the Jira simulator receives and sends against Atlassian's own OpenAPI document
// (the vendored subset in jira-subset.json), so the simulator cannot drift from real Jira Cloud
// and the extension cannot rely on anything Jira does not document.
//
// Every violation is one readable line starting with the method and path, for example
// `POST /rest/api/3/issue request body: /fields must be object`.

import { checkParameters } from './params.ts';
import { GATEWAY_STATUSES, isGatewayBody, responseFor, undocumentedStatusAllowed } from './responses.ts';
import { matchRoute } from './routes.ts';
import { describeErrors, validateAgainst } from './schemas.ts';
import type { MediaType, Operation } from './spec.ts';

export interface SpecCheck {
  operationId: string | null;
  deprecated: boolean;
  /** Classic OAuth 2.0 scopes the operation needs (e.g. `read:jira-work`); null if none listed. */
  scopes: string[] | null;
  violations: string[];
}

export interface RequestToCheck {
  method: string;
  /** Starts with /rest/api/3/ (the /ex/jira/{cloudId} prefix removed); no query string. */
  path: string;
  query: URLSearchParams;
  /** The Content-Type header as sent; undefined when there was none. */
  contentType?: string | undefined;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
}

export interface ResponseToCheck {
  method: string;
  path: string;
  status: number;
  contentType?: string | undefined;
  body: unknown;
}

/** `application/json`, `application/json;charset=UTF-8` and `+json` types count as JSON. */
function isJson(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

function jsonMedia(content: Record<string, MediaType> | undefined): MediaType | undefined {
  const key = Object.keys(content ?? {}).find(isJson);
  return key === undefined ? undefined : content?.[key];
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === null || body === '';
}

/**
 * The classic scopes: the `OAuth2` entry of `security`, plus the `x-atlassian-oauth2-scopes`
 * entry whose state is "Current" (the "Beta" entry lists granular scopes the extension does
 * not request). In the subset both always agree; the union guards against one being absent.
 */
function scopesOf(operation: Operation): string[] | null {
  const scopes = new Set<string>();
  for (const requirement of operation.security ?? []) {
    for (const scope of requirement['OAuth2'] ?? []) scopes.add(scope);
  }
  for (const entry of operation['x-atlassian-oauth2-scopes'] ?? []) {
    if (entry.scheme === 'OAuth2' && entry.state === 'Current') entry.scopes.forEach((s) => scopes.add(s));
  }
  return scopes.size === 0 ? null : [...scopes];
}

function checkBody(operation: Operation, req: RequestToCheck): string[] {
  const requestBody = operation.requestBody;
  if (requestBody === undefined) {
    return isEmpty(req.body) ? [] : ['request body: the operation takes none'];
  }
  if (isEmpty(req.body)) return requestBody.required === true ? ['request body: required but missing'] : [];
  const media = jsonMedia(requestBody.content);
  if (media === undefined) return ['request body: the operation takes no JSON body'];
  // Jira answers 415 to a body without a JSON Content-Type (and its XSRF check rejects form
  // posts), so a missing or wrong header is a bug even when the body itself is fine.
  if (req.contentType === undefined || !isJson(req.contentType)) {
    return [`request body: Content-Type ${req.contentType ?? '(none)'}, expected application/json`];
  }
  if (media.schema === undefined) return [];
  return describeErrors(validateAgainst(media.schema, req.body)).map((line) => `request body: ${line}`);
}

export function checkRequest(req: RequestToCheck): SpecCheck {
  const label = `${req.method.toUpperCase()} ${req.path}`;
  const match = matchRoute(req.method, req.path);
  const operation = match?.operation;
  if (match === undefined || operation === undefined) {
    return { operationId: null, deprecated: false, scopes: null, violations: [`${label}: no such operation in the vendored Jira API subset`] };
  }
  const violations = [...checkParameters(operation, match.params, req.query), ...checkBody(operation, req)];
  return {
    operationId: operation.operationId ?? null,
    deprecated: operation.deprecated === true,
    scopes: scopesOf(operation),
    violations: violations.map((line) => `${label} ${line}`),
  };
}

export function checkResponse(res: ResponseToCheck): string[] {
  const label = `${res.method.toUpperCase()} ${res.path}`;
  const operation = matchRoute(res.method, res.path)?.operation;
  if (operation === undefined) return [`${label}: no such operation in the vendored Jira API subset`];
  const prefix = `${label} response ${res.status}`;
  const documented = responseFor(operation, res.status);
  if (documented === undefined) {
    if (undocumentedStatusAllowed(operation, res.status)) return [];
    const listed = Object.keys(operation.responses ?? {}).join(', ');
    return [`${prefix}: status not documented for ${operation.operationId ?? 'this operation'} (documented: ${listed})`];
  }
  // RFC 9110 §15.3.5: a 204 has no content, whatever the document's (empty) media type says.
  if (res.status === 204) return isEmpty(res.body) ? [] : [`${prefix}: a 204 must not have a body`];
  const schema = jsonMedia(documented.content)?.schema;
  if (schema === undefined || Object.keys(schema).length === 0) return [];
  // createIssue documents its 401 as an ErrorCollection, but a 401 from the gateway has the
  // gateway's shape; either is what a client really gets.
  if (GATEWAY_STATUSES.has(res.status) && isGatewayBody(res.body)) return [];
  if (res.contentType !== undefined && !isJson(res.contentType)) {
    return [`${prefix}: Content-Type ${res.contentType}, documented as application/json`];
  }
  return describeErrors(validateAgainst(schema, res.body)).map((line) => `${prefix} body: ${line}`);
}
