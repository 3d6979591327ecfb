// The variables a capture template may use, and how each is spelled. Names are case-sensitive:
// `{{Selection}}` is not `{{selection}}`, so one spelling works everywhere and the editor can
// point at a near miss instead of guessing what was meant.

export const TEMPLATE_VARIABLES = ['selection', 'url', 'title', 'date', 'site'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

// The capture side computes the values: `date` with {@link formatTemplateDate}, `site` as the
// chosen Jira site's URL (e.g. https://your-team.atlassian.net). What each holds, in words, is
// components/options/templates/variable-help.ts.

/** A `{{name}}` placeholder; spaces or tabs inside the braces are allowed (`{{ url }}`). Braces
 *  cannot appear in a name, so `{{{url}}}` is `{` + `{{url}}` + `}`, and an unclosed `{{url` is
 *  plain text. A new `RegExp` each call: a shared global one would carry `lastIndex` around. */
export const placeholderPattern = (): RegExp => /\{\{[ \t]*([^{}\n]*?)[ \t]*\}\}/g;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/** Names used inside {{ }} that are not known variables, in order of first use, each once.
 *  `{{ }}` counts as the unknown name ''. */
export function unknownVariables(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(placeholderPattern())) {
    const name = match[1] ?? '';
    if (!isTemplateVariable(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/** `{{date}}`: the ISO calendar date (yyyy-mm-dd) in the user's local time zone, so a capture
 *  late in the evening carries the day the user sees, not the UTC one. */
export function formatTemplateDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
