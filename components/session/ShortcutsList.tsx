// The keyboard shortcuts listed in ShortcutsHelp's disclosure. Alt+J is
// only the suggested key: the user may have changed it (chrome://extensions/shortcuts, or
// about:addons → Manage Extension Shortcuts in Firefox).

const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['Alt+J', 'Open Quick Actions for Jira (change it in the browser’s extension shortcuts)'],
  ['jira, then Space or Tab', 'In the address bar: type an issue key to open it, or words to search'],
  ['Ctrl+Enter (⌘+Enter on a Mac)', 'Create the issue'],
  ['Esc', 'Close a dialog, or cancel an edit'],
  ['← → Home End', 'Move between the Create, Find and Open tabs'],
  ['↑ ↓ then Enter', 'Move through search results and suggestions, and open one'],
];

export function ShortcutsList() {
  return (
    <dl>
      {SHORTCUTS.map(([keys, what]) => (
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
