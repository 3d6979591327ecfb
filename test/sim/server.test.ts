import { createHash, X509Certificate } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.ts';
import { authorizeUrl } from './oauth/sign-in.ts';

const RESOURCES = 'https://api.atlassian.com/oauth/token/accessible-resources';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ apiChecker: null });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.clear();
  sim.clearLog();
  sim.takeViolations();
});

describe('the server', () => {
  it('presents a CA certificate for both Atlassian hosts', () => {
    const cert = new X509Certificate(sim.certPem);
    expect(cert.ca).toBe(true);
    expect(cert.subjectAltName).toContain('DNS:auth.atlassian.com');
    expect(cert.subjectAltName).toContain('DNS:api.atlassian.com');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.checkHost('api.atlassian.com')).toBe('api.atlassian.com');
    const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
    expect(sim.spkiSha256).toBe(createHash('sha256').update(spki).digest('base64'));
  });

  it('gives host resolver rules for its port', () => {
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.hostResolverRules).toBe(
      `MAP auth.atlassian.com 127.0.0.1:${sim.port}, MAP api.atlassian.com 127.0.0.1:${sim.port}`,
    );
  });

  it('routes by host: a path the host does not serve is a 404 JSON', async () => {
    const onApi = await sim.fetch('https://api.atlassian.com/authorize');
    expect(onApi.status).toBe(404);
    expect(onApi.headers.get('content-type')).toMatch(/^application\/json/);
    await onApi.json();
    const onAuth = await sim.fetch('https://auth.atlassian.com/oauth/token/accessible-resources');
    expect(onAuth.status).toBe(404);
    await onAuth.json();
  });

  it('answers a known path with the wrong method with 405', async () => {
    const response = await sim.fetch('https://auth.atlassian.com/oauth/token');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(sim.takeViolations()).toHaveLength(1);
  });

  it('never lets sim.fetch reach another host', async () => {
    await expect(sim.fetch('https://example.com/')).rejects.toThrow(/only reaches/);
    await expect(sim.fetch('http://api.atlassian.com/')).rejects.toThrow(/only reaches/);
  });

  it('accepts a Request object', async () => {
    const response = await sim.fetch(new Request(authorizeUrl()));
    expect(response.status).toBe(200);
  });

  it('logs every request', async () => {
    await sim.fetch(`${RESOURCES}?a=1&b=two`);
    await sim.fetch('https://auth.atlassian.com/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'refresh_token', client_id: 'c', client_secret: 's', refresh_token: 'r' }),
    });
    expect(sim.log).toEqual([
      { method: 'GET', host: 'api.atlassian.com', path: '/oauth/token/accessible-resources', query: { a: '1', b: 'two' }, body: undefined, status: 401, at: expect.any(Number) },
      {
        method: 'POST',
        host: 'auth.atlassian.com',
        path: '/oauth/token',
        query: {},
        body: { grant_type: 'refresh_token', client_id: 'c', client_secret: 's', refresh_token: 'r' },
        status: 401,
        at: expect.any(Number),
      },
    ]);
    sim.clearLog();
    expect(sim.log).toEqual([]);
  });
});

describe('faults', () => {
  it('429 carries Retry-After, X-RateLimit-Reset and a Jira error body', async () => {
    sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 7 });
    const before = Date.now();
    const response = await sim.fetch(RESOURCES);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    const reset = response.headers.get('x-ratelimit-reset') ?? '';
    expect(reset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    const resetMs = Date.parse(reset);
    expect(resetMs).toBeGreaterThan(before + 7000 - 61_000);
    expect(resetMs).toBeLessThanOrEqual(Date.now() + 7000);
    expect(await response.json()).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(sim.log.at(-1)?.status).toBe(429);
  });

  it('a request re-sent before Retry-After fails again and is recorded', async () => {
    sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 30, rateLimitReset: false });
    const first = await sim.fetch(RESOURCES);
    expect(first.headers.get('x-ratelimit-reset')).toBeNull();
    const again = await sim.fetch(RESOURCES);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sim.takeViolations().map((v) => v.message)).toEqual([expect.stringContaining('Retry-After')]);
    // After the deadline the request goes through (to the missing-token 401 here).
    const now = Date.now();
    sim.state.now = () => now + 31_000;
    expect((await sim.fetch(RESOURCES)).status).toBe(401);
    sim.state.now = () => Date.now();
  });

  it('503 carries the ErrorCollection body and an optional Retry-After', async () => {
    sim.faults.next(1, { kind: 'status', status: 503, retryAfterSeconds: 2 });
    const response = await sim.fetch(RESOURCES);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('500 carries the ErrorCollection body', async () => {
    sim.faults.next(1, { kind: 'status', status: 500 });
    const response = await sim.fetch(RESOURCES);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('counts down and only hits matching requests', async () => {
    sim.faults.next(2, { kind: 'status', status: 500 }, { host: 'api.atlassian.com', method: 'GET', pathIncludes: 'accessible' });
    expect((await sim.fetch(authorizeUrl())).status).toBe(200);
    expect((await sim.fetch(RESOURCES)).status).toBe(500);
    expect((await sim.fetch(RESOURCES)).status).toBe(500);
    expect((await sim.fetch(RESOURCES)).status).toBe(401);
  });

  it('delay holds the answer back', async () => {
    sim.faults.next(1, { kind: 'delay', ms: 300 });
    const start = performance.now();
    const response = await sim.fetch(RESOURCES);
    expect(performance.now() - start).toBeGreaterThanOrEqual(280);
    expect(response.status).toBe(401);
  });

  it('drop closes the connection without an answer', async () => {
    sim.faults.next(1, { kind: 'drop' });
    await expect(sim.fetch(RESOURCES)).rejects.toThrow();
    expect(sim.log.at(-1)).toMatchObject({ path: '/oauth/token/accessible-resources', status: 0 });
    expect((await sim.fetch(RESOURCES)).status).toBe(401);
  });

  it('hang takes the request and never answers', async () => {
    sim.faults.next(1, { kind: 'hang' });
    const answer = sim.fetch(RESOURCES, { signal: AbortSignal.timeout(500) });
    await expect(answer).rejects.toThrow();
    expect(sim.log.at(-1)).toMatchObject({ path: '/oauth/token/accessible-resources', status: 0 });
    expect((await sim.fetch(RESOURCES)).status).toBe(401);
  });

  it('clear() forgets queued faults', async () => {
    sim.faults.next(5, { kind: 'status', status: 500 });
    sim.faults.clear();
    expect((await sim.fetch(RESOURCES)).status).toBe(401);
  });
});
