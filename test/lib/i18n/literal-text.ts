// Finds words written straight into JSX, where a user would read or hear them untranslated: JSX
// text with letters, and string literals a child expression or an attribute can show (any
// attribute but those that hold names for the code, not words for people). Those words belong in
// public/_locales and reach the page through t() (lib/i18n/page-text.ts).
// https://github.com/microsoft/TypeScript/wiki/Using-the-Compiler-API
import ts from 'typescript';

/** Attributes whose values are names for the browser or the code, never shown or spoken. */
const NOT_TEXT = new Set([
  'class',
  'className',
  'id',
  'for',
  'htmlFor',
  'key',
  'type',
  'role',
  'name',
  'href',
  'src',
  'rel',
  'target',
  'lang',
  'dir',
  'method',
  'accept',
  'pattern',
  'autocomplete',
  'autoComplete',
  'inputMode',
  'enterKeyHint',
  'style',
  // https://www.w3.org/TR/wai-aria-1.2/#aria-keyshortcuts: key names as the spec spells them.
  'aria-keyshortcuts',
  'aria-live',
  'aria-haspopup',
  'aria-autocomplete',
  'aria-current',
  'aria-sort',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-owns',
  'aria-activedescendant',
]);

/** Text that is no word in any language: symbols, keys as a keyboard prints them, names (JQL is
 *  Jira's query language) and an example issue key. */
const ALLOWED = new Set(['×', '…', '·', '–', '—', '/', ':', '(', ')', 'Alt+J', 'Esc', 'Enter', 'Tab', 'JQL', 'ABC-123']);

/** A letter in any script: what a translation would change. */
const LETTER = /\p{L}/u;
/** A value made for the code: one lower-case token such as `primary`, `polite`, `dialog-danger`. */
const TOKEN = /^[a-z][\w.:-]*$/;

export interface Literal {
  line: number;
  text: string;
}

const words = (text: string, tokensAllowed: boolean) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!LETTER.test(trimmed) || ALLOWED.has(trimmed)) return undefined;
  return tokensAllowed && TOKEN.test(trimmed) ? undefined : trimmed;
};

/** The literal words in one .tsx source, each with its 1-based line. */
export function literalText(source: string, fileName = 'page.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const note = (node: ts.Node, text: string | undefined) => {
    if (text) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) note(node, words(node.text, false));
    // A child expression: {busy ? 'Saving…' : 'Save'}.
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of literalsIn(node.expression)) note(literal, words(literal.text, false));
    }
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      if (!NOT_TEXT.has(name) && !name.startsWith('data-') && !/Id$/.test(name)) {
        const value = node.initializer;
        const literals = ts.isStringLiteral(value) ? [value] : ts.isJsxExpression(value) && value.expression ? literalsIn(value.expression) : [];
        for (const literal of literals) note(literal, words(literal.text, true));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

type TextNode = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode;

/** The literal pieces an expression can show, e.g. `a ? 'Open' : x`, `${n} issues`, `x ?? 'None'`. */
function literalsIn(expression: ts.Expression): TextNode[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isTemplateExpression(expression)) return [expression.head, ...expression.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(expression)) return literalsIn(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...literalsIn(expression.whenTrue), ...literalsIn(expression.whenFalse)];
  const joins = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken];
  if (ts.isBinaryExpression(expression) && joins.includes(expression.operatorToken.kind)) {
    return [...literalsIn(expression.left), ...literalsIn(expression.right)];
  }
  return [];
}
