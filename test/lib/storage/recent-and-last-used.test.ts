import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastUsedKey, recentQueriesKey } from '../../../lib/storage/keys.ts';
import { readLastUsed, rememberLastUsed } from '../../../lib/storage/last-used.ts';
import { MAX_RECENT_QUERIES, readRecentQueries, rememberQuery } from '../../../lib/storage/recent-queries.ts';

describe('recent queries', () => {
  beforeEach(() => fakeBrowser.reset());
  const local = () => fakeBrowser.storage.local;

  it('keeps them per site, newest first, each once, at most 8', async () => {
    for (let i = 0; i < MAX_RECENT_QUERIES + 3; i++) await rememberQuery(local(), 's1', `project = A AND key = A-${i}`);
    await rememberQuery(local(), 's1', '  project = A AND key = A-5 ');
    const queries = await readRecentQueries(local(), 's1');
    expect(queries).toHaveLength(MAX_RECENT_QUERIES);
    expect(queries[0]).toBe('project = A AND key = A-5');
    expect(queries[1]).toBe(`project = A AND key = A-${MAX_RECENT_QUERIES + 2}`);
    expect(new Set(queries).size).toBe(MAX_RECENT_QUERIES);
    expect(await readRecentQueries(local(), 's2')).toEqual([]);
    await rememberQuery(local(), 's1', '   ');
    expect((await readRecentQueries(local(), 's1'))[0]).toBe('project = A AND key = A-5');
  });

  it('reads an unreadable list as none', async () => {
    await local().set({ [recentQueriesKey('s1')]: 'project = A' });
    expect(await readRecentQueries(local(), 's1')).toEqual([]);
  });
});

describe('last used project and issue type', () => {
  beforeEach(() => fakeBrowser.reset());
  const local = () => fakeBrowser.storage.local;

  it('remembers one per site', async () => {
    await rememberLastUsed(local(), 's1', { projectKey: 'BIG', issueTypeId: '10001' });
    expect(await readLastUsed(local(), 's1')).toEqual({ projectKey: 'BIG', issueTypeId: '10001' });
    expect(await readLastUsed(local(), 's2')).toBeUndefined();
  });

  it('reads an unreadable value as none', async () => {
    await local().set({ [lastUsedKey('s1')]: { projectKey: 7 } });
    expect(await readLastUsed(local(), 's1')).toBeUndefined();
  });
});
