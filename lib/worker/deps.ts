import type { TokenProvider } from '../auth/access-token.ts';
import type { SiteRefusals } from '../auth/site-refusals.ts';
import type { HttpSender } from '../jira/client.ts';
import type { StorageArea } from '../storage/area.ts';
import type { FirstFrameStore, FrameStore } from './first-frame.ts';
import type { OptionsFrame } from '../storage/options-frame.ts';
import type { ProfileRegistry } from './profile-registry.ts';

/** Everything the worker's handlers need from the browser, injected so they run in plain tests. */
export interface WorkerDeps {
  local: StorageArea;
  session: StorageArea;
  /** storage.sync: settings that follow the user (capture templates). */
  sync: StorageArea;
  registry: ProfileRegistry;
  http: HttpSender;
  tokens: TokenProvider;
  /** The popup's first frame in storage.session (first-frame.ts). */
  firstFrame: FirstFrameStore;
  /** The options page's first frame in storage.session (lib/storage/options-frame.ts). */
  optionsFrame: FrameStore<OptionsFrame>;
  /** Which sites refused a freshly refreshed token, for every sender the worker builds. */
  siteRefusals: SiteRefusals;
  /** identity.launchWebAuthFlow({ url, interactive: true }). */
  launchWebAuthFlow(url: string): Promise<string | undefined>;
  /** identity.getRedirectURL(). */
  redirectUri: string;
  now(): number;
  randomBytes(length: number): Uint8Array;
  newId(): string;
  /** windows.create({ url, type: 'popup', … }): the capture window. */
  openWindow(url: string): Promise<unknown>;
  /** runtime.getURL. */
  pageUrl(path: string): string;
}
