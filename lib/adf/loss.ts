// Words, in the page's language, for what `adfToMarkdown` reports in `lost`, for a sentence like
// "This description has a table and mentions that editing as Markdown would lose."
import { t, uiLanguage } from '../i18n/page-text.ts';

const LABELS: Record<string, () => string> = {
  mention: () => t('issueLossMentions'),
  emoji: () => t('issueLossEmoji'),
  table: () => t('issueLossTable'),
  panel: () => t('issueLossPanels'),
  expand: () => t('issueLossExpands'),
  nestedExpand: () => t('issueLossExpands'),
  media: () => t('issueLossAttachments'),
  mediaGroup: () => t('issueLossAttachments'),
  status: () => t('issueLossStatus'),
  date: () => t('issueLossDates'),
  decisionList: () => t('issueLossDecisions'),
  decisionItem: () => t('issueLossDecisions'),
  blockCard: () => t('issueLossLinkCards'),
  embedCard: () => t('issueLossEmbeds'),
  inlineCard: () => t('issueLossLinkCards'),
  layoutSection: () => t('issueLossColumns'),
  layoutColumn: () => t('issueLossColumns'),
  extension: () => t('issueLossMacros'),
  bodiedExtension: () => t('issueLossMacros'),
  inlineExtension: () => t('issueLossMacros'),
  underline: () => t('issueLossUnderline'),
  textColor: () => t('issueLossTextColor'),
  backgroundColor: () => t('issueLossHighlight'),
  subsup: () => t('issueLossSubSup'),
  alignment: () => t('issueLossAlignment'),
  indentation: () => t('issueLossIndentation'),
  annotation: () => t('issueLossInlineComments'),
  breakout: () => t('issueLossWideCode'),
  border: () => t('issueLossBorders'),
  hardBreak: () => t('issueLossLineBreaks'),
  unsafeLink: () => t('issueLossUnsafeLinks'),
  deepNesting: () => t('issueLossDeepNesting'),
  formatting: () => t('issueLossFormatting'),
};

/** A readable list ("panels, mentions, and coloured text") of what would be lost, joined the way
 *  the browser's language joins a list.
 *  https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/ListFormat */
export function describeLoss(lost: readonly string[]): string {
  const labels = [...new Set(lost.map((name) => LABELS[name]?.() ?? t('issueLossOther', name)))];
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(labels);
}
