// Every module that stores something writes only keys the registry (keys.ts) declares, in the area
// it declares them in: a token that reached storage.sync, or a key of one family under another's
// prefix, fails here.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createAuthState } from '../../../lib/auth/state.ts';
import { markReconnectNeeded } from '../../../lib/auth/connection-status.ts';
import { saveOverrides } from '../../../lib/auth/managed-overrides.ts';
import { saveCustomProfile, selectProfile } from '../../../lib/auth/profile-store.ts';
import { saveSecret } from '../../../lib/auth/secret-store.ts';
import { saveTokenSet } from '../../../lib/auth/token-store.ts';
import { saveCapture } from '../../../lib/capture/capture-record.ts';
import { DEFAULT_TEMPLATE } from '../../../lib/capture/template.ts';
import { createScope, saveDraft } from '../../../lib/storage/drafts.ts';
import { DRAFT_PREFIX, draftKey, metaKeys, OPTIONS_FRAME_KEY, STORAGE_KEYS, type AreaName, type KeySpec } from '../../../lib/storage/keys.ts';
import { rememberLastUsed } from '../../../lib/storage/last-used.ts';
import { CREATE_META_POLICY, createMetaCache } from '../../../lib/storage/meta-cache.ts';
import { migrate } from '../../../lib/storage/migrate.ts';
import { localMigrations, syncMigrations } from '../../../lib/storage/migrations.ts';
import { rememberQuery } from '../../../lib/storage/recent-queries.ts';
import { saveTemplateDraft } from '../../../lib/storage/template-draft.ts';
import { saveTemplates } from '../../../lib/storage/templates.ts';
import { setAsideDrafts } from '../../../lib/storage/unreadable-drafts.ts';
import { writeOutcome } from '../../../lib/storage/write-outcome.ts';
import { createFirstFrameStore, createFrameStore } from '../../../lib/worker/first-frame.ts';
import { rememberSessionView } from '../../../lib/worker/session-view-cache.ts';
import { rememberSites } from '../../../lib/worker/session.ts';
import { rememberSite } from '../../../lib/worker/site-choice.ts';
import { watchAccountId } from '../../../lib/worker/watch-account.ts';
import { activityEntry } from '../../../lib/watch/activity.ts';
import { baselineMark } from '../../../lib/watch/diff.ts';
import { markEntry } from '../../../lib/watch/mark.ts';
import { projectSnapshotEntry } from '../../../lib/watch/project-diff.ts';
import { FRESH_SCHEDULE, scheduleEntry } from '../../../lib/watch/schedule.ts';
import { DEFAULT_WATCH_SETTINGS, writeWatchSettings } from '../../../lib/watch/settings.ts';
import { testProfile } from '../auth/helpers.ts';
import { memoryArea } from '../../fake-storage.ts';

const site = { id: 's1', name: 'Acme', url: 'https://acme.atlassian.net', scopes: [] };

/** What each area holds after every module that writes storage has written its kind of value. */
async function storeEverything(): Promise<Record<'local' | 'session' | 'sync', string[]>> {
  const local = memoryArea();
  const session = memoryArea();
  const sync = memoryArea();
  await migrate(local.area, localMigrations);
  await migrate(sync.area, syncMigrations);
  await saveTokenSet({ local: local.area, session: session.area }, 'work', { accessToken: 'a', refreshToken: 'r', expiresAt: 1, scope: [] });
  await saveSecret(local.area, 'work', 'secret');
  await saveCustomProfile(local.area, testProfile());
  await selectProfile(local.area, 'work');
  await saveOverrides(local.area, { name: 'Mine' });
  await markReconnectNeeded(local.area, 'work', 'revoked');
  await createAuthState({ randomBytes: (n) => new Uint8Array(n), now: () => 0, session: session.area }, 'work');
  await rememberSite(local.area, 'work', site);
  await rememberSites(session.area, 'work', [site]);
  await rememberSessionView(session.area, { profileId: 'work', profileName: 'Work', sites: [site], site, user: null });
  await createFirstFrameStore(session.area).begin()({ session: { profileId: 'work', profileName: 'Work', sites: [site], site, user: null }, create: null });
  await createFrameStore(session.area, OPTIONS_FRAME_KEY).begin()({ auth: null });
  await rememberLastUsed(local.area, site.id, { projectKey: 'WEB', issueTypeId: '10' });
  await rememberQuery(local.area, site.id, 'project = WEB');
  const cache = createMetaCache({ area: local.area, now: () => 0 });
  await cache.get(metaKeys.fields(site.id, 'WEB', '10'), z.array(z.string()), CREATE_META_POLICY, { siteId: site.id, project: 'WEB' }, async () => []);
  const scope = createScope(site.id);
  await saveDraft(local.area, scope, { kind: 'create', savedAt: 0, siteId: site.id, fields: {} });
  await setAsideDrafts(local.area, { [draftKey('edit.s1.WEB-1')]: 'unreadable' }, DRAFT_PREFIX, 0);
  await writeOutcome(local.area, scope, { kind: 'unconfirmed', at: 0, message: 'Check Jira.' });
  const capture = { id: '00000000-0000-4000-8000-000000000000', selection: 'text', url: 'https://example.com/', title: 'Page', createdAt: 0 };
  await saveCapture(local.area, capture);
  const draft = { editingId: null, name: 'Bug', projectKey: '', issueTypeId: '', summary: '', description: '' };
  await saveTemplateDraft(local.area, draft);
  await saveTemplates(sync.area, [DEFAULT_TEMPLATE]);
  await writeWatchSettings(local.area, DEFAULT_WATCH_SETTINGS);
  const myself = Response.json({ accountId: 'me' });
  await watchAccountId(local.area, 'work', async () => myself, site.id);
  await local.area.set({
    ...markEntry('w1', baselineMark(site.id, 'project = WEB', 0)),
    ...projectSnapshotEntry(site.id, []),
    ...scheduleEntry(FRESH_SCHEDULE),
    ...activityEntry([]),
  });
  return { local: Object.keys(local.data), session: Object.keys(session.data), sync: Object.keys(sync.data) };
}

const specs = Object.entries(STORAGE_KEYS) as [string, KeySpec][];
const matches = (key: string, spec: KeySpec) => ('key' in spec ? key === spec.key : key.startsWith(spec.prefix));

describe('where keys are stored', () => {
  it('every stored key is one the registry declares for its area, and every declared key is written by its module', async () => {
    const stored = await storeEverything();
    for (const area of ['local', 'session', 'sync'] as const satisfies AreaName[]) {
      const declared = specs.filter(([, spec]) => spec.area === area);
      for (const key of stored[area]) {
        expect(declared.filter(([, spec]) => matches(key, spec)).map(([name]) => name), `${area}: ${key}`).toHaveLength(1);
      }
      const unwritten = declared.filter(([, spec]) => !stored[area].some((key) => matches(key, spec))).map(([name]) => name);
      expect(unwritten, area).toEqual([]);
    }
  });
});
