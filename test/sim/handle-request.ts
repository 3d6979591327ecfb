// One request's way through the simulator: faults first (they stand for the network and the
// edge), then routing, the gateway's token and site checks, and finally the route's handler.
import { DEFAULT_RETRY_AFTER_SECONDS, statusFaultReply, type FaultQueue } from './faults.ts';
import type { ParsedBody } from './http-io.ts';
import { afterJira, beforeJira, type ApiChecker } from './jira-gateway.ts';
import { checkBearer } from './oauth/bearer.ts';
import { requestKey, type RetryDeadlines } from './retry-deadlines.ts';
import type { Router } from './router.ts';
import type { Reply, RequestContext, SimState } from './types.ts';
import type { Violations } from './violations.ts';

export interface SimRequest {
  method: string;
  host: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  parsed: ParsedBody;
}

export interface PipelineDeps {
  state: SimState;
  router: Router;
  faults: FaultQueue;
  deadlines: RetryDeadlines;
  violations: Violations;
  checker: ApiChecker | null;
}

export type Outcome = { kind: 'reply'; reply: Reply } | { kind: 'drop' } | { kind: 'hang' };

const API_HOST = 'api.atlassian.com';

function notFound(req: SimRequest): Reply {
  return req.path.startsWith('/ex/jira/')
    ? { status: 404, body: { errorMessages: [`No Jira resource at ${req.path}`], errors: {} } }
    : { status: 404, body: { code: 404, message: 'Not Found' } };
}

function badBody(req: SimRequest, problem: NonNullable<ParsedBody['problem']>): Reply {
  return req.host === API_HOST
    ? { status: problem.status, body: { errorMessages: [problem.message], errors: {} } }
    : { status: 400, body: { error: 'invalid_request', error_description: problem.message } };
}

async function route(deps: PipelineDeps, req: SimRequest, report: (message: string) => void): Promise<Reply> {
  const match = deps.router.match(req.host, req.method, req.path);
  if (match.kind === 'not-found') {
    // The browser asks auth.atlassian.com for things like /favicon.ico; only API misses are bugs.
    if (req.host === API_HOST) report(`no simulated endpoint for ${req.method} ${req.path}`);
    return notFound(req);
  }
  if (match.kind === 'method-not-allowed') {
    report(`method ${req.method} not allowed on ${req.path}`);
    return { status: 405, headers: { Allow: match.allowed.join(', ') }, body: { errorMessages: ['Method Not Allowed'], errors: {} } };
  }
  const ctx: RequestContext = {
    state: deps.state,
    method: req.method,
    host: req.host,
    path: req.path,
    params: match.params,
    query: req.query,
    headers: req.headers,
    body: req.parsed.body,
    reportViolation: report,
  };
  if (match.route.host === API_HOST && match.route.needsToken !== false) {
    const bearer = checkBearer(deps.state, req.headers.authorization);
    // A missing token is not a malformed request: the gateway answers it with a 401, which is how a
    // client learns that it is not (or no longer) connected.
    if (!bearer.ok) return bearer.reply;
    ctx.auth = bearer.auth;
    const refusal = beforeJira(ctx, deps.checker);
    if (refusal) return refusal;
  }
  if (req.parsed.problem) {
    report(req.parsed.problem.message);
    return badBody(req, req.parsed.problem);
  }
  let reply: Reply;
  try {
    reply = await match.route.handler(ctx);
  } catch (error) {
    report(`simulator handler failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { status: 500, body: { errorMessages: ['Internal server error'], errors: {} } };
  }
  afterJira(ctx, reply, deps.checker);
  return reply;
}

export async function handleRequest(deps: PipelineDeps, req: SimRequest): Promise<Outcome> {
  const report = (message: string) => deps.violations.add(req.method, req.path, message);
  const now = deps.state.now();
  const key = requestKey(req);
  const wait = deps.deadlines.remaining(key, now);
  if (wait > 0) {
    report(`re-sent ${wait} ms before the Retry-After deadline of an earlier 429`);
    // "the request will fail and return the same or longer Retry-After period" (Rate limiting).
    return { kind: 'reply', reply: statusFaultReply({ kind: 'status', status: 429, retryAfterSeconds: Math.ceil(wait / 1000) }, now) };
  }
  const fault = deps.faults.take(req);
  if (fault?.kind === 'drop' || fault?.kind === 'hang') return { kind: fault.kind };
  if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (fault?.kind === 'status') {
    const reply = statusFaultReply(fault, now);
    if (fault.status === 429) deps.deadlines.set(key, now + (fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000);
    return { kind: 'reply', reply };
  }
  return { kind: 'reply', reply: await route(deps, req, report) };
}
