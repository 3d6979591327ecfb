import { describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import type { HttpRequest } from '../../../lib/jira/http-request.ts';
import { createRetryingSender, retryDelayMs } from '../../../lib/jira/rate-limit.ts';
import { createIssueRequest } from '../../../lib/jira/create-issue.ts';
import { searchRequest } from '../../../lib/jira/search.ts';
import { getIssueRequest } from '../../../lib/jira/get-issue.ts';
import { deleteIssueRequest } from '../../../lib/jira/delete-issue.ts';
import { editIssueRequest } from '../../../lib/jira/edit-issue.ts';
import { doTransitionRequest } from '../../../lib/jira/transitions.ts';
import { CLOUD, json } from './answers.ts';

/** Whether the retrying sender sends `request` again after attempt `attempt` failed with `error`:
 *  only idempotent requests, and only when the policy gives a wait. */
const shouldRetry = (request: HttpRequest, error: CodedError, attempt: number) =>
  request.idempotent && retryDelayMs(error, attempt, () => 0) !== undefined;

const limited = (retryAfterMs?: number) =>
  new CodedError('rate_limited', 'Jira is busy.', { status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
const unavailable = (status: number, retryAfterMs?: number) =>
  new CodedError('server_error', 'Jira had a problem.', { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
const coded = (code: 'not_connected' | 'jira_rejected' | 'bad_response' | 'issue_not_found' | 'network' | 'timeout') =>
  new CodedError(code, code);

const GET = getIssueRequest(CLOUD, 'BIG-1', { fields: [] });
const CREATE = createIssueRequest(CLOUD, { fields: { summary: 'x' } });

describe('retry policy', () => {
  it.each<[string, HttpRequest, boolean]>([
    ['GET issue', GET, true],
    ['POST search/jql (a read)', searchRequest(CLOUD, { jql: 'project = BIG' }), true],
    ['PUT edit', editIssueRequest(CLOUD, 'BIG-1', { fields: { summary: 'y' } }), true],
    ['DELETE issue', deleteIssueRequest(CLOUD, 'BIG-1', { deleteSubtasks: false }), true],
    ['POST create', CREATE, false],
    ['POST transition', doTransitionRequest(CLOUD, 'BIG-1', '11'), false],
  ])('%s after a 429: retried = %s', (_name, request, expected) => {
    expect(shouldRetry(request, limited(1000), 1)).toBe(expected);
  });

  it.each<[string, CodedError, boolean]>([
    ['429', limited(), true],
    ['503', unavailable(503), true],
    ['502', unavailable(502), true],
    ['504', unavailable(504), true],
    ['500', unavailable(500), false],
    ['network', coded('network'), true],
    // A request that already waited out its deadline: sending it again would keep the user
    // waiting past the point where they are told.
    ['timeout', coded('timeout'), false],
    ['not_connected', coded('not_connected'), false],
    ['jira_rejected', coded('jira_rejected'), false],
    ['bad_response', coded('bad_response'), false],
    ['issue_not_found', coded('issue_not_found'), false],
  ])('a GET after %s: retried = %s', (_name, error, expected) => {
    expect(shouldRetry(GET, error, 1)).toBe(expected);
  });

  it('stops after three attempts', () => {
    expect(shouldRetry(GET, limited(1000), 2)).toBe(true);
    expect(shouldRetry(GET, limited(1000), 3)).toBe(false);
    expect(retryDelayMs(limited(1000), 3, () => 0.5)).toBeUndefined();
  });

  it('waits exactly as long as Retry-After says, on a 429 or a 503', () => {
    expect(retryDelayMs(limited(7000), 1, () => 0.99)).toBe(7000);
    expect(retryDelayMs(unavailable(503, 2000), 2, () => 0)).toBe(2000);
  });

  it('leaves waits longer than a minute to the user', () => {
    expect(retryDelayMs(limited(120_000), 1, () => 0.5)).toBeUndefined();
  });

  it.each([
    [1, 0, 0],
    [1, 0.999999, 4999],
    [2, 0.5, 5000],
    [2, 0.999999, 9999],
  ])('without Retry-After, attempt %i with random %f waits %i ms (full jitter from 5 s)', (attempt, random, expected) => {
    expect(retryDelayMs(limited(), attempt, () => random)).toBe(expected);
  });

  it('never waits more than 30 s', () => {
    for (let attempt = 1; attempt < 3; attempt++) {
      for (const r of [0, 0.25, 0.5, 0.75, 0.999999]) {
        const delay = retryDelayMs(coded('network'), attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(30_000);
      }
    }
  });
});

describe('retrying sender', () => {
  function setup(answers: (Response | Error)[], offline?: () => boolean) {
    const sent: HttpRequest[] = [];
    const waits: number[] = [];
    const sleep = vi.fn(async () => {});
    const send = createRetryingSender(
      async (request) => {
        sent.push(request);
        const next = answers.shift();
        if (!next) throw new Error('no more answers');
        if (next instanceof Error) throw next;
        return next;
      },
      { sleep, random: () => 0.5, now: () => Date.parse('2026-11-23T12:00:00Z'), onWait: (ms) => waits.push(ms), ...(offline ? { offline } : {}) },
    );
    return { send, sent, waits, sleep };
  }

  it('waits out a 429’s Retry-After and sends again', async () => {
    const { send, sent, waits, sleep } = setup([json({}, 429, { 'Retry-After': '2' }), json({ ok: true })]);
    const response = await send(GET);
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([2000]);
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('reads Retry-After on a 503 too', async () => {
    const { send, waits } = setup([json({}, 503, { 'Retry-After': '3' }), json({})]);
    await send(GET);
    expect(waits).toEqual([3000]);
  });

  it.each(['', ' ', 'soon', '-1', 'later 2'])('backs off when Retry-After is %j instead of sending again at once', async (value) => {
    const { send, sent, waits } = setup([json({}, 429, { 'Retry-After': value }), json({})]);
    expect((await send(GET)).status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([2500]);
  });

  it('reads an HTTP-date Retry-After, and X-RateLimit-Reset when Retry-After says nothing', async () => {
    const dated = setup([json({}, 429, { 'Retry-After': 'Mon, 23 Nov 2026 12:00:04 GMT' }), json({})]);
    await dated.send(GET);
    expect(dated.waits).toEqual([4000]);
    const reset = setup([json({}, 429, { 'Retry-After': '', 'X-RateLimit-Reset': '2026-11-23T12:01Z' }), json({})]);
    await reset.send(GET);
    expect(reset.waits).toEqual([60_000]);
  });

  it('backs off when no header says how long', async () => {
    const { send, waits } = setup([json({}, 503), json({}, 502), json({})]);
    expect((await send(GET)).status).toBe(200);
    expect(waits).toEqual([2500, 5000]);
  });

  it('returns the third failure as it came', async () => {
    const { send, sent } = setup([json({}, 429), json({}, 429), json({ errorMessages: ['busy'] }, 429)]);
    const response = await send(GET);
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ errorMessages: ['busy'] });
    expect(sent).toHaveLength(3);
  });

  it('never sends a create twice, even after a 429', async () => {
    const { send, sent, waits } = setup([json({}, 429, { 'Retry-After': '1' })]);
    expect((await send(CREATE)).status).toBe(429);
    expect(sent).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('throws a lost create’s network error at once', async () => {
    const lost = new CodedError('network', 'Could not reach Atlassian.');
    const { send, sent } = setup([lost]);
    await expect(send(CREATE)).rejects.toBe(lost);
    expect(sent).toHaveLength(1);
  });

  it('sends a read again after a network failure', async () => {
    const { send, sent } = setup([new CodedError('network', 'offline'), json({})]);
    expect((await send(GET)).status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it('fails a read at once when the browser is offline, without a wait to show', async () => {
    const failure = new CodedError('network', 'Could not reach Atlassian.');
    const { send, sent, waits } = setup([failure, json({})], () => true);
    await expect(send(GET)).rejects.toBe(failure);
    expect(sent).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('still waits out a 429 while the browser says it is offline: Jira answered', async () => {
    const { send, sent } = setup([json({}, 429, { 'Retry-After': '1' }), json({})], () => true);
    expect((await send(GET)).status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it('returns other answers untouched', async () => {
    const { send, sent } = setup([json({ errorMessages: ['Nope'] }, 400)]);
    expect((await send(GET)).status).toBe(400);
    expect(sent).toHaveLength(1);
  });

  it('lets unexpected throws through', async () => {
    const { send } = setup([new TypeError('bug')]);
    await expect(send(GET)).rejects.toBeInstanceOf(TypeError);
  });
});
