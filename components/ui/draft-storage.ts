import { createContext } from 'preact';
import type { WatchedArea } from '../../lib/storage/area.ts';

/** Keeps nothing: a page that provides no storage gets forms without drafts, never an error. */
const nowhere: WatchedArea = {
  get: async () => ({}),
  set: async () => {},
  remove: async () => {},
};

/** Where forms keep their drafts. Each page's entrypoint provides storage.local
 *  (`<DraftStorage.Provider value={browser.storage.local}>`), whose onChanged tells a form that
 *  another window changed its draft; tests provide their own area. */
export const DraftStorage = createContext<WatchedArea>(nowhere);
