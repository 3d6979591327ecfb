import { markdownToAdf as marklassianToAdf } from 'marklassian';
import type { AdfDoc, AdfNode } from './schema.ts';
import { configuredMarked } from './marked-setup.ts';
import { tidyAdf } from './tidy.ts';

// Markdown → ADF (the shape Jira takes, lib/ATLASSIAN.md#atlassian-document-format) goes through
// `marklassian` (MIT, small, only depends on `marked`): `md-to-adf` pins an ancient `marked`, and
// the `@atlaskit` transformers pull in ProseMirror and far more code than a popup should carry.
//
// Two things we add around it:
// - Raw HTML is not Markdown we support. By default marked lexes `<String>` or `<b>` as HTML and
//   marklassian silently drops it ("List<String>" became "List"), and an `<adf>…</adf>` block is
//   passed through as raw ADF (or throws on bad JSON). We switch marked's HTML tokenizers off, so
//   such text stays text (marked-setup.ts).
// - Its output is tidied (tidy.ts): links and images only for http(s)/mailto, and the few shapes
//   Jira would reject (empty text nodes, empty list items and cells, blocks inside task items)
//   are repaired.
//
// Known marklassian limits (the Markdown → ADF → Markdown check in adf-to-markdown.ts reports
// them as "formatting" when an existing description would hit them): a link whose text mixes
// formatting (`[a **b**](…)`) and emphasis nested three deep keep their inner Markdown as
// literal text, and bold/italic on inline code is dropped. `marked` is imported directly
// (marked-setup.ts) and listed in package.json in a range marklassian accepts, so there is one
// copy, and setting it up sets up marklassian's lexer.

/**
 * The Markdown as an ADF document, or null when it is blank (Jira takes `null` to clear a
 * description; a comment needs content, so callers must not send a blank one).
 */
export function markdownToAdf(markdown: string): AdfDoc | null {
  if (markdown.trim() === '') return null;
  configuredMarked();
  let content: AdfNode[];
  try {
    content = marklassianToAdf(markdown).content as AdfNode[];
  } catch {
    // Not expected with HTML off; never lose the user's text over it.
    content = plainParagraphs(markdown);
  }
  return { type: 'doc', version: 1, content: tidyAdf(content) };
}

/** Paragraphs of plain text split at blank lines: a last resort that keeps every word. */
function plainParagraphs(markdown: string): AdfNode[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] }));
}
