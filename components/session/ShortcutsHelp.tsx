import { useState } from 'preact/hooks';
import { LazySection } from '../ui/LazySection.tsx';
import { shortcutsListModule } from './ShortcutsList.lazy.ts';
import { t } from '../../lib/i18n/page-text.ts';


/** The keyboard shortcuts, in a disclosure at the foot of the popup and the capture window. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  return (
    <details class="shortcuts-help" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('sessionShortcuts')}</summary>
      {open && (
        <LazySection module={shortcutsListModule} loading={t('sessionLoadingShortcuts')}>
          {({ ShortcutsList }) => <ShortcutsList />}
        </LazySection>
      )}
    </details>
  );
}
