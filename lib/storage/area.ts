// The part of a WebExtension storage area we use, so storage logic runs on the fake browser in unit
// tests and on browser.storage.{local,session,sync} in the extension.
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * A storage area whose changes a page can follow, as StorageArea.onChanged has it: fired in every
 * extension page for writes from any of them (this page's own writes included).
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/StorageArea/onChanged
 * (Firefox 101+, Chrome 73+; this build needs Firefox 140 and Chrome 116.)
 */
export interface WatchedArea extends StorageArea {
  onChanged?: {
    addListener(listener: (changes: Record<string, StorageChange>) => void): void;
    removeListener(listener: (changes: Record<string, StorageChange>) => void): void;
  };
}
