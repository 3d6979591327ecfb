import { describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import { english, readLocales, translator } from '../i18n/locale-check.ts';
import { createOmnibox, DEBOUNCE_MS, type OmniboxDeps } from '../../../lib/worker/omnibox.ts';

const SITE = { id: 'c1', url: 'https://acme.atlassian.net' };

function setup(overrides: Partial<OmniboxDeps> = {}) {
  let now = 0;
  const timers: { run: () => void; at: number }[] = [];
  const defaults: string[] = [];
  const opened: [string, unknown][] = [];
  const deps: OmniboxDeps = {
    format: 'xml',
    t: english(),
    site: async () => SITE,
    pick: vi.fn(async (_siteId: string, query: string) => [{ key: 'ABC-1', summaryText: `about ${query}` }]),
    setDefault: (d) => defaults.push(d),
    open: async (url, disposition) => void opened.push([url, disposition]),
    pageUrl: (path) => `chrome-extension://id${path}`,
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { run, at: now + ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      const i = timers.indexOf(timer as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    ...overrides,
  };
  const omnibox = createOmnibox(deps);
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { omnibox, deps, defaults, opened, advance, timers };
}

describe('omnibox', () => {
  it('asks the picker once typing pauses, only for the latest text', async () => {
    const { omnibox, deps, advance } = setup();
    const suggest = vi.fn();
    omnibox.inputChanged('lo', suggest);
    await advance(100);
    omnibox.inputChanged('log', suggest);
    await advance(100);
    omnibox.inputChanged('login', suggest);
    await advance(DEBOUNCE_MS);
    expect(deps.pick).toHaveBeenCalledTimes(1);
    expect(deps.pick).toHaveBeenCalledWith('c1', 'login');
    expect(suggest).toHaveBeenLastCalledWith([{ content: 'ABC-1', description: '<url>ABC-1</url> about login' }]);
  });

  it('asks nothing for fewer than two characters', async () => {
    const { omnibox, deps, advance } = setup();
    const suggest = vi.fn();
    omnibox.inputChanged(' a ', suggest);
    await advance(DEBOUNCE_MS * 2);
    expect(deps.pick).not.toHaveBeenCalled();
    expect(suggest).toHaveBeenCalledWith([]);
  });

  it('drops an answer that arrives after newer text', async () => {
    let release: (v: { key: string; summaryText: string }[]) => void = () => {};
    const { omnibox, advance } = setup({ pick: vi.fn(() => new Promise<{ key: string; summaryText: string }[]>((r) => (release = r))) });
    const first = vi.fn();
    omnibox.inputChanged('first', first);
    await advance(DEBOUNCE_MS);
    omnibox.inputChanged('second', vi.fn());
    release([{ key: 'OLD-1', summaryText: 'stale' }]);
    await advance(0);
    expect(first).not.toHaveBeenCalled();
  });

  it('after a 429 it stays quiet until Retry-After has passed, and says so', async () => {
    const pick = vi.fn(async () => {
      throw new CodedError('rate_limited', 'Too many requests', { retryAfterMs: 10_000 });
    });
    const { omnibox, advance, defaults } = setup({ pick });
    omnibox.inputChanged('login', vi.fn());
    await advance(DEBOUNCE_MS);
    expect(defaults.at(-1)).toContain('Jira asked to slow down');
    const suggest = vi.fn();
    omnibox.inputChanged('logout', suggest);
    await advance(DEBOUNCE_MS);
    expect(pick).toHaveBeenCalledTimes(1);
    expect(suggest).toHaveBeenCalledWith([]);
    expect(defaults.at(-1)).toContain('no suggestions for now');
    await advance(10_000);
    omnibox.inputChanged('logout', vi.fn());
    await advance(DEBOUNCE_MS);
    expect(pick).toHaveBeenCalledTimes(2);
  });

  it('not connected: says to connect first, and Enter opens the popup page', async () => {
    const site = async () => {
      throw new CodedError('not_connected', 'Not connected');
    };
    const { omnibox, advance, defaults, opened } = setup({ site });
    omnibox.inputChanged('ABC-1', vi.fn());
    await advance(DEBOUNCE_MS);
    expect(defaults.at(-1)).toBe('Connect Quick Actions for Jira first: press Enter to open it');
    await omnibox.inputEntered('ABC-1', 'currentTab');
    expect(opened).toEqual([['chrome-extension://id/popup.html', 'currentTab']]);
  });

  it('Enter on a key opens it on the site; on words opens Find; escapes the default suggestion', async () => {
    const { omnibox, opened, defaults } = setup();
    await omnibox.inputEntered('abc-7', 'newBackgroundTab');
    omnibox.inputChanged('a<b', vi.fn());
    await omnibox.inputEntered('login fails', 'newForegroundTab');
    expect(opened).toEqual([
      ['https://acme.atlassian.net/browse/ABC-7', 'newBackgroundTab'],
      ['chrome-extension://id/popup.html?find=login%20fails', 'newForegroundTab'],
    ]);
    expect(defaults.at(-1)).toBe('Search Jira for <match>a&lt;b</match> in Find');
  });

  it('in German and Japanese the highlighted key or words sit where each language puts them', () => {
    const { omnibox: de, defaults: deSaid } = setup({ t: translator(readLocales().de!) });
    de.inputChanged('abc-1', () => {});
    de.inputChanged('a<b', () => {});
    expect(deSaid).toEqual(['<match>ABC-1</match> in Jira öffnen', 'Jira im Bereich „Suchen“ nach <match>a&lt;b</match> durchsuchen']);
    const { omnibox: ja, defaults: jaSaid } = setup({ t: translator(readLocales().ja!), format: 'plain' });
    ja.inputChanged('ABC-1', () => {});
    ja.inputChanged('', () => {});
    expect(jaSaid).toEqual(['ABC-1 を Jira で開く', '課題キーを入力して開くか、検索する語句を入力']);
  });

  it('names the popup’s Find tab as the popup does, and says why suggestions failed in the same language', async () => {
    const pick = vi.fn(async () => Promise.reject(new CodedError('timeout', 'Request timed out after 30 s.')));
    const { omnibox, advance, defaults } = setup({ t: translator(readLocales().de!), pick });
    omnibox.inputChanged('login', vi.fn());
    await advance(DEBOUNCE_MS);
    expect(defaults.at(-1)).toBe(
      'Keine Vorschläge: Atlassian hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut. Die Eingabetaste sucht im Bereich „Suchen“',
    );
    const { omnibox: ja, defaults: jaSaid } = setup({ t: translator(readLocales().ja!), format: 'plain' });
    ja.inputChanged('login', vi.fn());
    expect(jaSaid).toEqual(['「検索」タブで Jira から login を検索']);
  });

  it('never opens a site that is not https', async () => {
    const { omnibox, opened } = setup({ site: async () => ({ id: 'c1', url: 'http://evil.example' }) });
    await omnibox.inputEntered('ABC-1', 'currentTab');
    expect(opened).toEqual([['chrome-extension://id/popup.html', 'currentTab']]);
  });
});
