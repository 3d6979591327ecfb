import { useState } from 'preact/hooks';
import { lazy } from '../ui/lazy.ts';
import { LazySection } from '../ui/LazySection.tsx';

// The list (ShortcutsList.tsx) loads when the disclosure is first opened: nearly every popup opens
// without anyone reading it, and its text would count against the popup's first load.
const shortcutsList = lazy(() => import('./ShortcutsList.tsx'));

/** The keyboard shortcuts, in a disclosure at the foot of the popup and the capture window. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  return (
    <details class="shortcuts-help" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>Keyboard shortcuts</summary>
      {open && (
        <LazySection module={shortcutsList} loading="Loading the shortcuts…">
          {({ ShortcutsList }) => <ShortcutsList />}
        </LazySection>
      )}
    </details>
  );
}
