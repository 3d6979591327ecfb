// Where the `{{` suggestion list applies in a template field, and what picking a variable does.
import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../../lib/capture/template-variables.ts';

export interface OpenPlaceholder {
  /** Where the `{{` starts. */
  start: number;
  /** The part of a name typed after it so far. */
  partial: string;
}

/** The unfinished `{{name` just before the caret, if the caret is inside one. */
export function openPlaceholder(text: string, caret: number): OpenPlaceholder | undefined {
  const match = /\{\{[ \t]*([A-Za-z]*)$/.exec(text.slice(0, caret));
  return match ? { start: match.index, partial: match[1] ?? '' } : undefined;
}

/** The variables whose names start with what was typed (any case: "Ti" offers title). */
export function variablesFor(partial: string): TemplateVariable[] {
  const typed = partial.toLowerCase();
  return TEMPLATE_VARIABLES.filter((name) => name.startsWith(typed));
}

/** Replaces the unfinished placeholder with `{{name}}` and puts the caret after it. A rest of a
 *  name and closing braces already after the caret (`{{ti|tle}}`) are replaced too, not doubled. */
export function insertVariable(
  text: string,
  caret: number,
  open: OpenPlaceholder,
  name: TemplateVariable,
): { text: string; caret: number } {
  const rest = /^[A-Za-z]*[ \t]*\}\}/.exec(text.slice(caret));
  const end = caret + (rest ? rest[0].length : 0);
  const inserted = `{{${name}}}`;
  return { text: text.slice(0, open.start) + inserted + text.slice(end), caret: open.start + inserted.length };
}
