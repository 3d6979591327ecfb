// The local Atlassian simulator: one HTTPS server on 127.0.0.1 answering as both
// auth.atlassian.com and api.atlassian.com (chosen by the Host header), so the extension and the
// tests use the production URLs unchanged.
import { createServer, type Server } from 'node:https';
import { createCertificate } from './cert.ts';
import { createFaults, type Faults } from './faults.ts';
import { handleRequest, type PipelineDeps } from './handle-request.ts';
import { parseBody, readBody, sendReply } from './http-io.ts';
import { jiraRoutes } from './jira/routes.ts';
import type { ApiChecker } from './jira-gateway.ts';
import { revokeGrants } from './oauth/grants.ts';
import { oauthRoutes } from './oauth/routes.ts';
import { expireAccessTokens } from './oauth/tokens.ts';
import { checkRequest, checkResponse } from './openapi/validate.ts';
import { createRequestLog, type LoggedRequest } from './request-log.ts';
import { createRetryDeadlines } from './retry-deadlines.ts';
import { createRouter } from './router.ts';
import { createSimFetch } from './sim-fetch.ts';
import { asUser, createProject, renameProject, type ActingUser } from './steering.ts';
import { createState } from './state.ts';
import type { Route, SimOptions, SimState } from './types.ts';
import { createViolations, type Violation } from './violations.ts';

export type { Fault, FaultMatch, Faults } from './faults.ts';
export type { LoggedRequest } from './request-log.ts';
export type { Violation } from './violations.ts';

export interface StartOptions extends Partial<SimOptions> {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** OpenAPI checks for /ex/jira/ requests; null turns them off. Default: openapi/validate.ts. */
  apiChecker?: ApiChecker | null;
}

export interface Simulator {
  readonly port: number;
  /** PEM of the simulator's CA (CA:true, self-signed); the server presents a leaf it signed. */
  readonly certPem: string;
  /** base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  readonly spkiSha256: string;
  readonly state: SimState;
  /** For Chromium's --host-resolver-rules. */
  readonly hostResolverRules: string;
  /** Every request received, in order (live array). */
  readonly log: LoggedRequest[];
  clearLog(): void;
  /** Malformed requests and spec violations (live array); harnesses expect it empty. */
  readonly violations: Violation[];
  takeViolations(): Violation[];
  readonly faults: Faults;
  /** Every access token issued so far expires now. */
  expireAccessTokens(): void;
  /** Revokes one grant (or all): its refresh and access tokens stop working. */
  revokeGrant(grantId?: string): void;
  /** fetch that reaches this simulator for https://auth.atlassian.com and https://api.atlassian.com. */
  fetch: typeof globalThis.fetch;
  /** Registers more routes; on an equal pattern the later registration wins. */
  routes(...routes: Route[]): void;
  /** Changes made in Jira by another user, through the REST handlers (steering.ts). */
  asUser(accountId: string): ActingUser;
  /** Adds a project to a site (by name or cloudId); its id. */
  createProject(site: string, key: string, name: string): string;
  renameProject(site: string, key: string, name: string): void;
  close(): Promise<void>;
}

const DEFAULT_CHECKER: ApiChecker = { checkRequest, checkResponse };

function hostnameOf(hostHeader: string | undefined): string {
  return (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
}

function headersOf(raw: NodeJS.Dict<string | string[]>): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export async function startSimulator(options: StartOptions = {}): Promise<Simulator> {
  const { port: requestedPort = 0, apiChecker = DEFAULT_CHECKER, ...simOptions } = options;
  const { certPem, serverChainPem, keyPem, spkiSha256 } = await createCertificate();
  const state = createState(simOptions);
  const log = createRequestLog();
  const violations = createViolations();
  const faults = createFaults();
  const deadlines = createRetryDeadlines();
  const router = createRouter([...oauthRoutes, ...jiraRoutes]);
  const deps: PipelineDeps = { state, router, faults, deadlines, violations, checker: apiChecker };

  const server = createServer({ cert: serverChainPem, key: keyPem }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'https://simulator.invalid');
      const headers = headersOf(req.headers);
      const entry = log.add({
        method: req.method ?? 'GET',
        host: hostnameOf(req.headers.host),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: undefined,
        status: 0,
        at: state.now(),
      });
      try {
        const parsed = parseBody(headers['content-type'], await readBody(req));
        entry.body = parsed.body;
        const outcome = await handleRequest(deps, { ...entry, query: url.searchParams, headers, parsed });
        if (outcome.kind === 'drop') {
          req.socket.destroy();
          return;
        }
        // Never answered; close() ends the connection with the rest.
        if (outcome.kind === 'hang') return;
        entry.status = outcome.reply.status;
        sendReply(res, outcome.reply);
      } catch (error) {
        violations.add(entry.method, entry.path, `simulator failed: ${String(error)}`);
        entry.status = 500;
        if (!res.headersSent) sendReply(res, { status: 500, body: { errorMessages: ['Internal server error'], errors: {} } });
      }
    })();
  });
  const port = await listen(server, requestedPort);
  const simFetch = createSimFetch(port, certPem);

  return {
    port,
    certPem,
    spkiSha256,
    state,
    hostResolverRules: `MAP auth.atlassian.com 127.0.0.1:${port}, MAP api.atlassian.com 127.0.0.1:${port}`,
    log: log.entries,
    clearLog: () => log.clear(),
    violations: violations.list,
    takeViolations: () => violations.take(),
    faults: {
      next: (count, fault, match) => faults.next(count, fault, match),
      clear: () => {
        faults.clear();
        deadlines.clear();
      },
    },
    expireAccessTokens: () => expireAccessTokens(state),
    revokeGrant: (grantId) => revokeGrants(state, grantId),
    fetch: simFetch.fetch,
    routes: (...routes) => router.add(...routes),
    asUser: (accountId) => asUser(state, accountId),
    createProject: (site, key, name) => createProject(state, site, key, name),
    renameProject: (site, key, name) => renameProject(state, site, key, name),
    async close() {
      await simFetch.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
