// No words written straight into the pages' JSX: every text a user reads or hears comes from
// public/_locales through t() (lib/i18n/page-text.ts), so it is in the browser's language.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalText } from './literal-text.ts';

const COMPONENTS = resolve(import.meta.dirname, '../../../components');

/** The folders held to it. components/options and components/capture join once they are localized. */
const FOLDERS = readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function literalsIn(folder: string): string[] {
  return readdirSync(join(COMPONENTS, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => `${folder}/${file}`)
    .flatMap((path) => literalText(readFileSync(join(COMPONENTS, path), 'utf8'), path).map((l) => `${path}:${l.line}: ${l.text}`));
}

describe('no literal text in components', () => {
  it.each(FOLDERS)('components/%s shows only words from the locales', (folder) => {
    expect(literalsIn(folder)).toEqual([]);
  });

  it('finds JSX text, shown attributes and shown expressions, and lets symbols, keys and names for the code pass', () => {
    const source = `
      export const A = ({ busy, n }) => (
        <form aria-label="New issue" class="create-form" aria-keyshortcuts="Control+Enter">
          <label for="x" title={busy ? 'Saving…' : t('save')}>Summary</label>
          <Notice loading={\`Loading \${n}…\`} kind="error" labelId={\`\${n}-label\`} />
          <input placeholder="名前を入力" type="text" />
          <p>{busy ? 'Creating…' : ''} ×</p>
          <kbd>Alt+J</kbd> …
          <p>{t('key')}</p>
        </form>
      );`;
    expect(literalText(source)).toEqual([
      { line: 3, text: 'New issue' },
      { line: 4, text: 'Saving…' },
      { line: 4, text: 'Summary' },
      { line: 5, text: 'Loading' },
      { line: 6, text: '名前を入力' },
      { line: 7, text: 'Creating…' },
    ]);
  });
});
