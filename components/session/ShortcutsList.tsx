import { t } from '../../lib/i18n/page-text.ts';
// The keyboard shortcuts listed in ShortcutsHelp's disclosure. Alt+J is
// only the suggested key: the user may have changed it (chrome://extensions/shortcuts, or
// about:addons → Manage Extension Shortcuts in Firefox).

const shortcuts = (): [keys: string, what: string][] => [
  ['Alt+J', t('sessionShortcutOpen')],
  [t('sessionKeysOmnibox'), t('sessionShortcutOmnibox')],
  [t('sessionKeysSend'), t('sessionShortcutSend')],
  ['Esc', t('sessionShortcutEsc')],
  [t('sessionKeysTabs'), t('sessionShortcutTabs')],
  [t('sessionKeysList'), t('sessionShortcutList')],
];

export function ShortcutsList() {
  return (
    <dl>
      {shortcuts().map(([keys, what]) => (
        <div key={keys} class="shortcut">
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
