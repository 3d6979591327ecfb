// Human words for what `adfToMarkdown` reports in `lost`, for a sentence like
// "This description has a table and mentions that editing as Markdown would lose."

const LABELS: Record<string, string> = {
  mention: 'mentions',
  emoji: 'custom emoji',
  table: 'a complex table',
  panel: 'panels',
  expand: 'expandable sections',
  nestedExpand: 'expandable sections',
  media: 'attachments',
  mediaGroup: 'attachments',
  status: 'status lozenges',
  date: 'dates',
  decisionList: 'decisions',
  decisionItem: 'decisions',
  blockCard: 'link cards',
  embedCard: 'embedded links',
  inlineCard: 'link cards',
  layoutSection: 'column layouts',
  layoutColumn: 'column layouts',
  extension: 'macros',
  bodiedExtension: 'macros',
  inlineExtension: 'macros',
  underline: 'underlined text',
  textColor: 'coloured text',
  backgroundColor: 'highlighted text',
  subsup: 'subscript or superscript',
  alignment: 'text alignment',
  indentation: 'indentation',
  annotation: 'inline comments',
  breakout: 'wide code blocks',
  border: 'borders',
  hardBreak: 'line breaks inside headings or table cells',
  unsafeLink: 'links that are not web or mail links',
  deepNesting: 'very deep nesting',
  formatting: 'formatting Markdown cannot express',
};

/** A readable list ("panels, mentions and coloured text") of what would be lost. */
export function describeLoss(lost: readonly string[]): string {
  const labels = [...new Set(lost.map((name) => LABELS[name] ?? `${name} content`))];
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
