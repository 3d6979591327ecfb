// The popup's only calls into the extension: runtime, storage.local for drafts, and storage.session
// for its first frame (lib/storage/first-frame.ts). They return
// promises in every browser this build supports (Chrome 116+ Manifest V3 `chrome.runtime`, Firefox's `browser`), so
// the popup reaches them without webextension-polyfill, which `wxt/browser` resolves to: it would
// add about 3 KB gzipped to the code loaded before the popup is ready and change nothing here.
// The worker and the options page keep the polyfill.
import type { Browser } from 'webextension-polyfill';

type PopupRuntime = Pick<Browser['runtime'], 'id' | 'getURL' | 'onMessage' | 'sendMessage' | 'openOptionsPage'>;
type Namespace = { runtime?: PopupRuntime; storage?: Pick<Browser['storage'], 'local' | 'session'> } | undefined;

const scope = globalThis as unknown as { browser?: Namespace; chrome?: Namespace };

// The same choice wxt/browser makes without the polyfill: Firefox's `browser`, else `chrome`.
const namespace = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
if (!namespace?.runtime || !namespace.storage) throw new Error('The popup runs only as an extension page.');

export const runtime: PopupRuntime = namespace.runtime;
/** Where the create and edit forms keep their drafts, and learn from its onChanged that another window
 *  changed one (components/ui/draft-storage.ts). */
export const localStorageArea = namespace.storage.local;
/** Where the worker leaves the popup's first frame (lib/storage/first-frame.ts); read by its key only. */
export const sessionStorageArea = namespace.storage.session;
