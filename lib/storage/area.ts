// The part of a WebExtension storage area we use, so storage logic runs on the fake browser in unit
// tests and on browser.storage.{local,session,sync} in the extension.
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
