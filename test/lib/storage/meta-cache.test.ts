import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import {
  CREATE_META_POLICY,
  EDIT_META_POLICY,
  MAX_CACHED_ISSUES,
  MAX_CACHED_PROJECTS,
  createMetaCache,
  type CachePolicy,
} from '../../../lib/storage/meta-cache.ts';
import { metaKeys } from '../../../lib/storage/keys.ts';

const HOUR = 3_600_000;
const policy: CachePolicy = { ttlMs: 24 * HOUR, refreshAfterMs: HOUR };
const schema = z.array(z.object({ id: z.string() }));
const site = 'cloud-1';
const key = metaKeys.issueTypes(site, 'BIG');
const owner = { siteId: site, project: 'BIG' };

function setup() {
  let now = 1_000_000_000;
  const tasks: Promise<void>[] = [];
  const loads: string[] = [];
  const cache = createMetaCache({ area: fakeBrowser.storage.local, now: () => now, background: (t) => tasks.push(t) });
  const loader = (value: string) => async () => {
    loads.push(value);
    return [{ id: value }];
  };
  return {
    cache,
    loads,
    loader,
    tasks,
    advance: (ms: number) => (now += ms),
    now: () => now,
    settle: () => Promise.all(tasks.splice(0)),
    stored: async (k: string) => (await fakeBrowser.storage.local.get(k))[k],
  };
}

describe('metadata cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads on a miss and stores {at, data} under cache.<siteId>.<what>', async () => {
    const t = setup();
    expect(await t.cache.get(key, schema, policy, owner, async () => [{ id: '1' }])).toEqual([{ id: '1' }]);
    expect(key).toBe('cache.cloud-1.types.BIG');
    expect(await t.stored(key)).toEqual({ at: t.now(), data: [{ id: '1' }] });
  });

  it('answers a fresh hit from storage without loading', async () => {
    const t = setup();
    await t.cache.get(key, schema, policy, owner, async () => [{ id: '1' }]);
    t.advance(HOUR - 1);
    let loaded = false;
    const value = await t.cache.get(key, schema, policy, owner, async () => {
      loaded = true;
      return [{ id: '2' }];
    });
    expect(value).toEqual([{ id: '1' }]);
    expect(loaded).toBe(false);
    expect(t.tasks).toEqual([]);
  });

  it('answers a stale hit at once and reloads it in the background (stale-while-revalidate)', async () => {
    const t = setup();
    await t.cache.get(key, schema, policy, owner, async () => [{ id: 'old' }]);
    t.advance(HOUR);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const value = await t.cache.get(key, schema, policy, owner, async () => {
      await gate;
      return [{ id: 'new' }];
    });
    expect(value).toEqual([{ id: 'old' }]);
    expect(t.tasks).toHaveLength(1);
    // A second stale read while the reload runs does not start another one.
    expect(await t.cache.get(key, schema, policy, owner, async () => [{ id: 'other' }])).toEqual([{ id: 'old' }]);
    expect(t.tasks).toHaveLength(1);
    release();
    await t.settle();
    expect(await t.stored(key)).toEqual({ at: t.now(), data: [{ id: 'new' }] });
    expect(await t.cache.get(key, schema, policy, owner, async () => [{ id: 'unused' }])).toEqual([{ id: 'new' }]);
  });

  it('keeps the stale entry when the background reload fails', async () => {
    const t = setup();
    await t.cache.get(key, schema, policy, owner, async () => [{ id: 'old' }]);
    const at = t.now();
    t.advance(2 * HOUR);
    expect(
      await t.cache.get(key, schema, policy, owner, async () => {
        throw new Error('offline');
      }),
    ).toEqual([{ id: 'old' }]);
    await t.settle();
    expect(await t.stored(key)).toEqual({ at, data: [{ id: 'old' }] });
  });

  it('does not use an entry past its TTL', async () => {
    const t = setup();
    await t.cache.get(key, schema, policy, owner, async () => [{ id: 'old' }]);
    t.advance(policy.ttlMs);
    expect(await t.cache.get(key, schema, policy, owner, async () => [{ id: 'new' }])).toEqual([{ id: 'new' }]);
    expect(t.tasks).toEqual([]);
  });

  it('keeps edit metadata for minutes and create metadata for a day', () => {
    expect(EDIT_META_POLICY.ttlMs).toBe(10 * 60_000);
    expect(CREATE_META_POLICY.ttlMs).toBe(24 * HOUR);
    expect(CREATE_META_POLICY.refreshAfterMs).toBe(HOUR);
  });

  it.each([
    ['data of another shape', { at: 1, data: [{ nope: true }] }],
    ['no timestamp', { data: [{ id: '1' }] }],
    ['a string', 'garbage'],
    ['a date in the future (clock went back)', { at: 2_000_000_000_000, data: [{ id: '1' }] }],
  ])('treats an entry with %s as a miss', async (_name, raw) => {
    const t = setup();
    await fakeBrowser.storage.local.set({ [key]: raw });
    expect(await t.cache.get(key, schema, policy, owner, async () => [{ id: 'fresh' }])).toEqual([{ id: 'fresh' }]);
    expect(await t.stored(key)).toEqual({ at: t.now(), data: [{ id: 'fresh' }] });
  });

  it('shares one load between concurrent misses', async () => {
    const t = setup();
    const load = t.loader('x');
    const [a, b] = await Promise.all([
      t.cache.get(key, schema, policy, owner, load),
      t.cache.get(key, schema, policy, owner, load),
    ]);
    expect(a).toEqual(b);
    expect(t.loads).toEqual(['x']);
  });

  it('fails a miss whose load fails, and stores nothing', async () => {
    const t = setup();
    await expect(
      t.cache.get(key, schema, policy, owner, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await t.stored(key)).toBeUndefined();
  });

  it('drops entries, and a load that was running does not write them back', async () => {
    const t = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const sent = new Promise<void>((resolve) => (started = resolve));
    const pending = t.cache.get(key, schema, policy, owner, async () => {
      started(); // the request went out before the issue changed
      await gate;
      return [{ id: 'before-edit' }];
    });
    await sent;
    await t.cache.drop([key]);
    release();
    expect(await pending).toEqual([{ id: 'before-edit' }]);
    expect(await t.stored(key)).toBeUndefined();
  });

  it('marks an entry stale so the next read reloads it in the background', async () => {
    const t = setup();
    await t.cache.get(key, schema, policy, owner, async () => [{ id: 'old' }]);
    await t.cache.markStale(key, policy);
    expect(await t.cache.get(key, schema, policy, owner, async () => [{ id: 'new' }])).toEqual([{ id: 'old' }]);
    await t.settle();
    expect((await t.stored(key)) as unknown).toMatchObject({ data: [{ id: 'new' }] });
  });

  it(`keeps create metadata of the last ${MAX_CACHED_PROJECTS} projects only`, async () => {
    const t = setup();
    const projects = Array.from({ length: MAX_CACHED_PROJECTS + 2 }, (_, i) => `P${i}`);
    // Two entries for the first project: both go when it is evicted.
    await t.cache.get(metaKeys.fields(site, 'P0', '1'), schema, policy, { siteId: site, project: 'P0' }, t.loader('f'));
    for (const project of projects) {
      t.advance(1);
      await t.cache.get(metaKeys.issueTypes(site, project), schema, policy, { siteId: site, project }, t.loader(project));
    }
    // P1 is read again (a hit), so it counts as recent; P0 and P2 are the oldest and go.
    t.advance(1);
    await t.cache.get(metaKeys.issueTypes(site, 'P1'), schema, policy, { siteId: site, project: 'P1' }, t.loader('unused'));
    t.advance(1);
    await t.cache.get(metaKeys.issueTypes(site, 'NEW'), schema, policy, { siteId: site, project: 'NEW' }, t.loader('NEW'));
    const all = await fakeBrowser.storage.local.get(null);
    const typeKeys = Object.keys(all).filter((k) => k.startsWith('cache.cloud-1.types.'));
    expect(typeKeys).toHaveLength(MAX_CACHED_PROJECTS);
    expect(all[metaKeys.issueTypes(site, 'P0')]).toBeUndefined();
    expect(all[metaKeys.fields(site, 'P0', '1')]).toBeUndefined();
    expect(all[metaKeys.issueTypes(site, 'P2')]).toBeUndefined();
    expect(all[metaKeys.issueTypes(site, 'P1')]).toBeDefined();
    expect(all[metaKeys.issueTypes(site, 'NEW')]).toBeDefined();
  });

  it(`keeps edit metadata of the last ${MAX_CACHED_ISSUES} issues only, per site`, async () => {
    const t = setup();
    for (let i = 0; i <= MAX_CACHED_ISSUES; i++) {
      await t.cache.get(metaKeys.editMeta(site, `BIG-${i}`), schema, EDIT_META_POLICY, { siteId: site, issue: `BIG-${i}` }, t.loader(String(i)));
    }
    await t.cache.get(metaKeys.editMeta('cloud-2', 'BIG-0'), schema, EDIT_META_POLICY, { siteId: 'cloud-2', issue: 'BIG-0' }, t.loader('other'));
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith('cache.cloud-1.editmeta.'))).toHaveLength(MAX_CACHED_ISSUES);
    expect(all[metaKeys.editMeta(site, 'BIG-0')]).toBeUndefined();
    expect(all[metaKeys.editMeta('cloud-2', 'BIG-0')]).toBeDefined();
  });

  it('survives an unreadable index', async () => {
    const t = setup();
    await fakeBrowser.storage.local.set({ [metaKeys.index(site)]: { projects: 'nope' } });
    expect(await t.cache.get(key, schema, policy, owner, t.loader('1'))).toEqual([{ id: '1' }]);
    expect(await t.stored(metaKeys.index(site))).toEqual({ projects: [{ name: 'BIG', keys: [key] }], issues: [] });
  });
});
