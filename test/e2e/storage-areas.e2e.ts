// Where the credentials of a sign-in end up in the browser: the access token only in
// storage.session, the refresh token and the client secret only in storage.local; none of them in
// storage.sync (which would copy a rotating refresh token to other devices), in the pages'
// Web Storage, or in what the worker tells its pages. The values to look for are the ones the
// simulator really issued, and the search covers every key and value of every area.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT } from '../sim/seed/clients.ts';
import { useHarness } from './harness.ts';
import { settle } from './issue-steps.ts';
import {
  expectPopupSession,
  grantTypeOf,
  isTokenRequest,
  liveWorker,
  logText,
  profileRadio,
  readArea,
  signInWithNewProfile,
} from './sign-in-steps.ts';
import { STEP_MS } from './steps.ts';

type Areas = Record<string, Record<string, unknown>>;

/** "area:key" for every entry whose key or value contains `needle`. */
function whereFound(areas: Areas, needle: string): string[] {
  const found: string[] = [];
  for (const [area, items] of Object.entries(areas)) {
    for (const [key, value] of Object.entries(items)) {
      if (key.includes(needle) || JSON.stringify(value).includes(needle)) found.push(`${area}:${key}`);
    }
  }
  return found;
}

/** A page's window.localStorage and window.sessionStorage, as plain objects. */
function webStorageOf(page: Page): Promise<{ localStorage: Record<string, string>; sessionStorage: Record<string, string> }> {
  return page.evaluate(() => ({
    localStorage: Object.fromEntries(Object.entries(window.localStorage)),
    sessionStorage: Object.fromEntries(Object.entries(window.sessionStorage)),
  }));
}

/** The worker's reply to a page's message, as the page receives it. */
function askWorker(page: Page, type: 'auth.state' | 'session.get'): Promise<unknown> {
  return page.evaluate(
    (message) => (globalThis as unknown as { chrome: ChromeRuntime }).chrome.runtime.sendMessage(message),
    { type, payload: {} },
  );
}

interface ChromeRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

describe('storage areas', () => {
  const h = useHarness();

  it('keeps the access token only in storage.session and the refresh token and secret only in storage.local', async () => {
    const name = 'E2E storage';
    const options = await signInWithNewProfile(h, name, 'Globex');
    const profileId = await profileRadio(options, name).getAttribute('value', { timeout: STEP_MS });
    // One refresh, so that there are retired tokens too, which must be gone.
    h.sim.expireAccessTokens();
    h.sim.clearLog();
    const popup = await expectPopupSession(h, 'Globex');
    // The popup paints the last session before the worker's fresh answer: wait for what that
    // answer cost (the refresh) before counting.
    await settle(h.sim);
    expect(h.sim.log.filter(isTokenRequest).map(grantTypeOf), logText(h.sim)).toEqual(['refresh_token']);

    const accessTokens = [...h.sim.state.accessTokens.keys()];
    const refreshTokens = [...h.sim.state.refreshTokens.values()];
    const currentAccess = accessTokens.at(-1) as string;
    const currentRefresh = refreshTokens.filter((t) => t.rotatedAt === null).map((t) => t.token);
    expect(accessTokens).toHaveLength(2);
    expect(refreshTokens).toHaveLength(2);
    expect(currentRefresh).toHaveLength(1);
    const oldTokens = [
      ...accessTokens.filter((t) => t !== currentAccess),
      ...refreshTokens.filter((t) => t.rotatedAt !== null).map((t) => t.token),
      ...h.sim.state.codes.keys(),
    ];

    const worker = await liveWorker(h);
    const areas: Areas = {
      sync: await readArea(worker, 'sync'),
      local: await readArea(worker, 'local'),
      session: await readArea(worker, 'session'),
    };
    for (const [label, page] of [['options', options], ['popup', popup]] as const) {
      const web = await webStorageOf(page);
      areas[`${label}.localStorage`] = web.localStorage;
      areas[`${label}.sessionStorage`] = web.sessionStorage;
    }
    const dump = JSON.stringify(areas, null, 1);

    expect(whereFound(areas, currentAccess), dump).toEqual([`session:auth.access.${profileId}`]);
    expect(areas.session?.[`auth.access.${profileId}`]).toMatchObject({ token: currentAccess });
    expect(whereFound(areas, currentRefresh[0] as string), dump).toEqual([`local:auth.refresh.${profileId}`]);
    expect(areas.local?.[`auth.refresh.${profileId}`]).toBe(currentRefresh[0]);
    expect(whereFound(areas, DEMO_CLIENT.clientSecret), dump).toEqual([`local:auth.secret.${profileId}`]);
    for (const old of oldTokens) expect(whereFound(areas, old), `retired token or code still stored\n${dump}`).toEqual([]);
    // storage.sync holds settings that follow the user (capture templates) and its schema version;
    // no token or secret ever (checked for every area above).
    expect(Object.keys(areas.sync ?? {}), dump).toEqual(['schemaVersion']);

    // What the worker tells its pages carries none of them either.
    const secrets = [currentAccess, currentRefresh[0] as string, DEMO_CLIENT.clientSecret];
    for (const type of ['auth.state', 'session.get'] as const) {
      const reply = JSON.stringify(await askWorker(options, type));
      expect(reply).toContain('"ok":true');
      for (const secret of secrets) expect(reply.includes(secret), `${type} reply: ${reply}`).toBe(false);
    }
    await popup.close();
    await options.close();
  });
});
