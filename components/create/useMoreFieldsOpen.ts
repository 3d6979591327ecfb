import { useContext, useEffect, useState } from 'preact/hooks';
import { DraftStorage } from '../ui/draft-storage.ts';
import { moreFieldsMemoryModule } from './more-fields-memory.lazy.ts';

/**
 * "More fields" open or closed for this project and type: as the user left it last time, and
 * opened (without remembering it) when `reveal` turns true: an optional field has a value to show
 * or an error to fix.
 */
export function useMoreFieldsOpen(slot: string, reveal: boolean): [boolean, (open: boolean) => void] {
  const local = useContext(DraftStorage);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    moreFieldsMemoryModule
      .load()
      .then((memory) => memory.readMoreFieldsOpen(local, slot))
      .then(
        (remembered) => live && remembered && setOpen(true),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [local, slot]);
  useEffect(() => {
    if (reveal) setOpen(true);
  }, [reveal]);
  const toggle = (next: boolean) => {
    setOpen(next);
    // Not remembering is no failure worth a word: the section opens with one click next time too.
    moreFieldsMemoryModule
      .load()
      .then((memory) => memory.rememberMoreFieldsOpen(local, slot, next))
      .catch(() => undefined);
  };
  return [open, toggle];
}
