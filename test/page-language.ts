// Pages under test speak English, read from public/_locales/en/messages.json the way the browser's
// getMessage reads it (lib/i18n/page-text.ts); the fake browser leaves i18n unimplemented.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocales, translator } from './lib/i18n/locale-check.ts';

const english = translator(readLocales().en!);
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
  english(key, typeof substitutions === 'string' ? [substitutions] : substitutions)) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
