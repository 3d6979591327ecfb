import { t } from '../../lib/i18n/page-text.ts';

/**
 * A field's name inside a sentence ("Choose priority…", "This description has…"): in lower case
 * where the texts are English, which writes such nouns in lower case; as Jira names it in the
 * other languages (German writes nouns with a capital, Japanese has no case).
 */
export const inSentence = (name: string): string => (t('pageLanguage') === 'en' ? name.toLowerCase() : name);
