import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../lib/auth/managed-policy.ts';
import * as keys from '../../../lib/storage/keys.ts';
import { STORAGE_KEYS, type AreaName, type KeySpec } from '../../../lib/storage/keys.ts';
import { localMigrations, syncMigrations } from '../../../lib/storage/migrations.ts';

const specs = Object.entries(STORAGE_KEYS) as [string, KeySpec][];
const inArea = (area: AreaName) => specs.filter(([, spec]) => spec.area === area);

describe('storage keys', () => {
  it('keeps the key strings that installs already hold', () => {
    // Every module builds its keys from the registry, so the other tests would pass with a renamed
    // key; users would not: their sign-ins, drafts and templates would be gone.
    expect({
      access: keys.accessKey('p'),
      refresh: keys.refreshKey('p'),
      secret: keys.secretKey('p'),
      reconnect: keys.reconnectKey('p'),
      state: keys.authStateKey('s'),
      site: keys.siteKey('p'),
      sites: keys.sitesKey('p'),
      view: keys.viewKey('p'),
      lastUsed: keys.lastUsedKey('s'),
      recent: keys.recentQueriesKey('s'),
      projects: keys.metaKeys.projects('s'),
      types: keys.metaKeys.issueTypes('s', 'WEB'),
      fields: keys.metaKeys.fields('s', 'WEB', '10'),
      editMeta: keys.metaKeys.editMeta('s', 'WEB-1'),
      index: keys.metaKeys.index('s'),
      draft: keys.draftKey('create.s'),
      unreadable: keys.unreadableKey('create.s'),
      outcome: keys.outcomeKey('create.s'),
      capture: keys.captureKey('c'),
      template: keys.templateKey('t'),
      fixed: [keys.PROFILES_KEY, keys.SELECTED_KEY, keys.OVERRIDES_KEY, keys.TEMPLATE_DRAFT_KEY, keys.TEMPLATE_ORDER_KEY, keys.VERSION_KEY],
    }).toEqual({
      access: 'auth.access.p',
      refresh: 'auth.refresh.p',
      secret: 'auth.secret.p',
      reconnect: 'auth.reconnect.p',
      state: 'auth.state.s',
      site: 'session.site.p',
      sites: 'session.sites.p',
      view: 'session.view.p',
      lastUsed: 'create.lastUsed.s',
      recent: 'search.recent.s',
      projects: 'cache.s.projects',
      types: 'cache.s.types.WEB',
      fields: 'cache.s.fields.WEB.10',
      editMeta: 'cache.s.editmeta.WEB-1',
      index: 'cache.s.index',
      draft: 'draft.create.s',
      unreadable: 'draft-unreadable.create.s',
      outcome: 'outcome.create.s',
      capture: 'capture.c',
      template: 'template.t',
      fixed: ['auth.profiles', 'auth.selectedProfile', 'auth.managedOverrides', 'templateDraft', 'templates.order', 'schemaVersion'],
    });
  });

  it('builds each family under its own prefix, which no other key of its area shares', () => {
    // Drafts, captures, sign-in states and templates are found by listing an area by prefix: a key
    // of another kind under that prefix would be read (and tidied away) as one of them.
    for (const area of ['local', 'session', 'sync', 'managed'] as const) {
      const entries = inArea(area);
      for (const [name, spec] of entries) {
        if (!('prefix' in spec)) continue;
        expect(spec.build('id').slice(0, spec.prefix.length + 2), name).toBe(`${spec.prefix}id`);
        const others = entries.filter(([other]) => other !== name).map(([, o]) => ('key' in o ? o.key : o.prefix));
        expect(others.filter((key) => key.startsWith(spec.prefix) || spec.prefix.startsWith(key)), name).toEqual([]);
      }
    }
  });

  it('keeps tokens and secrets out of storage.sync, and the access token in memory only', () => {
    const credentials = specs.filter(([, spec]) => spec.credential).map(([name, spec]) => [name, spec.area]);
    expect(credentials).toEqual([
      ['refreshToken', 'local'],
      ['clientSecret', 'local'],
      ['accessToken', 'session'],
    ]);
  });

  it('gives every key of a migrated area a version its migrations reach', () => {
    const latest = { local: localMigrations, sync: syncMigrations };
    for (const area of ['local', 'sync'] as const) {
      const top = Math.max(...latest[area].map((m) => m.to));
      for (const [name, spec] of inArea(area)) {
        expect(spec.version, name).toBeGreaterThanOrEqual(1);
        expect(spec.version, name).toBeLessThanOrEqual(top);
      }
    }
  });

  it('names the policy keys that public/managed_schema.json declares and the policy reader reads', () => {
    const declared = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    const registered = inArea('managed').map(([, spec]) => ('key' in spec ? spec.key : spec.prefix));
    expect(registered.sort()).toEqual(Object.keys(declared.properties).sort());
    expect(registered.sort()).toEqual(Object.keys(policySchema.shape).sort());
  });
});
