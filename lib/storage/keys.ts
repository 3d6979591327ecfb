// Every storage key of the extension, in one place: its string (or, for a family, the prefix of one
// key per id), the area it lives in, and the area's schema version whose shape it has. Modules
// build their keys here and keep the schema beside their readers (`owner` below), so a page that
// needs one key builder loads a few bytes, not every schema (the popup's size budget, README
// "Performance"); the two builders the popup loads up front are in form-keys.ts for that reason.
// What lives where and why: README.md in this folder.
//
// Why not WXT's `storage.defineItem` (https://wxt.dev/storage.html), made for versioned items:
// - Most keys are families, one per profile, site or form (`draft.<scope>`), listed by prefix;
//   defineItem names one fixed key.
// - Its migrations run wherever the item's module loads, popup included, and a failure is only
//   logged. Here the worker alone migrates, before it handles any event, and a failure is retried
//   and reported as `bad_storage` (migration-gate.ts). Its per-item versions (`<key>$`) would
//   themselves need a migration from the per-area `schemaVersion` installs already hold.
// - It reaches storage through wxt/browser (webextension-polyfill in this build), which the popup
//   leaves out to stay within its budget (entrypoints/popup/runtime.ts); lib/ takes a StorageArea
//   (area.ts), so unit tests run it on plain in-memory areas.
//
// The key strings are what installs already hold: changing one loses users' data. A new key or
// family needs no migration; a changed shape does (migrations.ts), and its entry's version follows.
import { DRAFT_PREFIX, FIRST_FRAME_KEY, draftKey, outcomeKey } from './form-keys.ts';

/** Tokens and secrets: only in the worker's areas, never storage.sync (lib/ATLASSIAN.md#extension-storage). */
export const accessKey = (profileId: string): string => `auth.access.${profileId}`;
export const refreshKey = (profileId: string): string => `auth.refresh.${profileId}`;
export const secretKey = (profileId: string): string => `auth.secret.${profileId}`;

export const PROFILES_KEY = 'auth.profiles';
export const SELECTED_KEY = 'auth.selectedProfile';
export const OVERRIDES_KEY = 'auth.managedOverrides';
export const reconnectKey = (profileId: string): string => `auth.reconnect.${profileId}`;
export const AUTH_STATE_PREFIX = 'auth.state.';
export const authStateKey = (state: string): string => `${AUTH_STATE_PREFIX}${state}`;

export const siteKey = (profileId: string): string => `session.site.${profileId}`;
export const sitesKey = (profileId: string): string => `session.sites.${profileId}`;
export const viewKey = (profileId: string): string => `session.view.${profileId}`;

export const lastUsedKey = (siteId: string): string => `create.lastUsed.${siteId}`;
export const recentQueriesKey = (siteId: string): string => `search.recent.${siteId}`;

export const CACHE_PREFIX = 'cache.';
/** `cache.<siteId>.<what>` (meta-cache.ts). */
export const metaKeys = {
  projects: (siteId: string) => `${CACHE_PREFIX}${siteId}.projects`,
  issueTypes: (siteId: string, projectKey: string) => `${CACHE_PREFIX}${siteId}.types.${projectKey}`,
  fields: (siteId: string, projectKey: string, issueTypeId: string) =>
    `${CACHE_PREFIX}${siteId}.fields.${projectKey}.${issueTypeId}`,
  editMeta: (siteId: string, issueKey: string) => `${CACHE_PREFIX}${siteId}.editmeta.${issueKey}`,
  index: (siteId: string) => `${CACHE_PREFIX}${siteId}.index`,
};

/** A form's draft and the outcome of its last create: form-keys.ts, which the popup loads alone. */
export { DRAFT_PREFIX, draftKey, outcomeKey };
/** The popup's first frame (first-frame.ts), also up front in the popup: form-keys.ts. */
export { FIRST_FRAME_KEY };
/** storage.session: the options page's first frame (options-frame.ts); `v1` is its shape's version. */
export const OPTIONS_FRAME_KEY = 'optionsFrame.v1';
/** A draft set aside because it no longer reads (unreadable-drafts.ts), under the same scope. */
export const UNREADABLE_PREFIX = 'draft-unreadable.';
export const unreadableKey = (scope: string): string => `${UNREADABLE_PREFIX}${scope}`;

export const CAPTURE_PREFIX = 'capture.';
export const captureKey = (id: string): string => `${CAPTURE_PREFIX}${id}`;

export const TEMPLATE_DRAFT_KEY = 'templateDraft';
export const TEMPLATE_ORDER_KEY = 'templates.order';
export const TEMPLATE_PREFIX = 'template.';
export const templateKey = (id: string): string => `${TEMPLATE_PREFIX}${id}`;

/** Watches (lib/watch/): the settings, each watch's mark, each site's project snapshot, the
 *  signed-in account per profile, the poll schedule, and the activity found. */
export const WATCH_SETTINGS_KEY = 'watch.settings';
export const watchMarkKey = (watchId: string): string => `watch.mark.${watchId}`;
export const watchProjectsKey = (siteId: string): string => `watch.projects.${siteId}`;
export const watchAccountKey = (profileId: string): string => `watch.account.${profileId}`;
export const WATCH_SCHEDULE_KEY = 'watch.schedule';
export const ACTIVITY_KEY = 'activity.events';

/** Where each migrated area records the shape its data is in (migrate.ts). */
export const VERSION_KEY = 'schemaVersion';

export type AreaName = 'local' | 'session' | 'sync' | 'managed';

type Where =
  /** Migrated areas: `version` is the area's schemaVersion (migrations.ts) whose shape the key has. */
  | { area: 'local' | 'sync'; version: number }
  /** storage.session is memory only, gone with the browser: nothing to migrate. storage.managed is
   *  written by the administrator's policy, described by public/managed_schema.json. */
  | { area: 'session' | 'managed'; version?: never };

export type KeySpec = Where & {
  /** The module that reads and writes it, with its schema. */
  owner: string;
  /** A token or client secret: never storage.sync, never sent to a page. */
  credential?: true;
} & ({ key: string } | { prefix: string; build: (id: string) => string });

/** The registry. Every key the extension stores is one of these; a test holds modules to it. */
export const STORAGE_KEYS = {
  localVersion: { area: 'local', version: 1, key: VERSION_KEY, owner: 'lib/storage/migrate.ts' },
  refreshToken: { area: 'local', version: 1, prefix: 'auth.refresh.', build: refreshKey, owner: 'lib/auth/token-store.ts', credential: true },
  clientSecret: { area: 'local', version: 1, prefix: 'auth.secret.', build: secretKey, owner: 'lib/auth/secret-store.ts', credential: true },
  profiles: { area: 'local', version: 1, key: PROFILES_KEY, owner: 'lib/auth/profile-store.ts' },
  selectedProfile: { area: 'local', version: 1, key: SELECTED_KEY, owner: 'lib/auth/profile-store.ts' },
  managedOverrides: { area: 'local', version: 1, key: OVERRIDES_KEY, owner: 'lib/auth/managed-overrides.ts' },
  reconnect: { area: 'local', version: 1, prefix: 'auth.reconnect.', build: reconnectKey, owner: 'lib/auth/connection-status.ts' },
  site: { area: 'local', version: 1, prefix: 'session.site.', build: siteKey, owner: 'lib/worker/site-choice.ts' },
  lastUsed: { area: 'local', version: 1, prefix: 'create.lastUsed.', build: lastUsedKey, owner: 'lib/storage/last-used.ts' },
  recentQueries: { area: 'local', version: 1, prefix: 'search.recent.', build: recentQueriesKey, owner: 'lib/storage/recent-queries.ts' },
  metaCache: { area: 'local', version: 1, prefix: CACHE_PREFIX, build: (siteId) => metaKeys.index(siteId), owner: 'lib/storage/meta-cache.ts' },
  draft: { area: 'local', version: 1, prefix: DRAFT_PREFIX, build: draftKey, owner: 'lib/storage/drafts.ts' },
  unreadableDraft: { area: 'local', version: 1, prefix: UNREADABLE_PREFIX, build: unreadableKey, owner: 'lib/storage/unreadable-drafts.ts' },
  outcome: { area: 'local', version: 1, prefix: 'outcome.', build: outcomeKey, owner: 'lib/storage/write-outcome.ts' },
  capture: { area: 'local', version: 1, prefix: CAPTURE_PREFIX, build: captureKey, owner: 'lib/capture/capture-record.ts' },
  templateDraft: { area: 'local', version: 1, key: TEMPLATE_DRAFT_KEY, owner: 'lib/storage/template-draft.ts' },
  watchSettings: { area: 'local', version: 1, key: WATCH_SETTINGS_KEY, owner: 'lib/watch/settings.ts' },
  watchMark: { area: 'local', version: 1, prefix: 'watch.mark.', build: watchMarkKey, owner: 'lib/watch/mark.ts' },
  watchProjects: { area: 'local', version: 1, prefix: 'watch.projects.', build: watchProjectsKey, owner: 'lib/watch/project-diff.ts' },
  watchAccount: { area: 'local', version: 1, prefix: 'watch.account.', build: watchAccountKey, owner: 'lib/worker/watch-account.ts' },
  watchSchedule: { area: 'local', version: 1, key: WATCH_SCHEDULE_KEY, owner: 'lib/watch/schedule.ts' },
  activity: { area: 'local', version: 1, key: ACTIVITY_KEY, owner: 'lib/watch/activity.ts' },

  accessToken: { area: 'session', prefix: 'auth.access.', build: accessKey, owner: 'lib/auth/token-store.ts', credential: true },
  authState: { area: 'session', prefix: AUTH_STATE_PREFIX, build: authStateKey, owner: 'lib/auth/state.ts' },
  sites: { area: 'session', prefix: 'session.sites.', build: sitesKey, owner: 'lib/worker/session.ts' },
  sessionView: { area: 'session', prefix: 'session.view.', build: viewKey, owner: 'lib/worker/session-view-cache.ts' },
  firstFrame: { area: 'session', key: FIRST_FRAME_KEY, owner: 'lib/worker/first-frame.ts' },
  optionsFrame: { area: 'session', key: OPTIONS_FRAME_KEY, owner: 'lib/worker/options-frame.ts' },

  syncVersion: { area: 'sync', version: 1, key: VERSION_KEY, owner: 'lib/storage/migrate.ts' },
  templateOrder: { area: 'sync', version: 1, key: TEMPLATE_ORDER_KEY, owner: 'lib/storage/templates.ts' },
  template: { area: 'sync', version: 1, prefix: TEMPLATE_PREFIX, build: templateKey, owner: 'lib/storage/templates.ts' },

  policyProfile: { area: 'managed', key: 'profile', owner: 'lib/auth/managed-policy.ts' },
  policyDefaultSite: { area: 'managed', key: 'defaultSiteUrl', owner: 'lib/auth/managed-policy.ts' },
  policyAllowUserProfiles: { area: 'managed', key: 'allowUserProfiles', owner: 'lib/auth/managed-policy.ts' },
} as const satisfies Record<string, KeySpec>;
