import { useState } from 'preact/hooks';
import { LazySection } from '../ui/LazySection.tsx';
import { shortcutsListModule } from './ShortcutsList.lazy.ts';


/** The keyboard shortcuts, in a disclosure at the foot of the popup and the capture window. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  return (
    <details class="shortcuts-help" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>Keyboard shortcuts</summary>
      {open && (
        <LazySection module={shortcutsListModule} loading="Loading the shortcuts…">
          {({ ShortcutsList }) => <ShortcutsList />}
        </LazySection>
      )}
    </details>
  );
}
