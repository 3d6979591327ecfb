import { marked, type Tokens } from 'marked';

// marklassian lexes with marked's shared instance; this is where that instance is set up, and
// where our Markdown writer asks the same lexer how a piece of Markdown will be read.

let configured = false;

/** marked as marklassian uses it, with raw HTML switched off (see markdown-to-adf.ts). */
export function configuredMarked(): typeof marked {
  if (!configured) {
    configured = true;
    // A tokenizer override returning `undefined` means "no match" (`false` would fall back).
    marked.use({ tokenizer: { html: () => undefined, tag: () => undefined } });
  }
  return marked;
}

/**
 * Whether `text`, written bare after `before`, is read back by GFM as exactly one link to
 * `href` with that text (a bare URL, `www.` address or e-mail address).
 */
export function readsAsAutolink(before: string, text: string, href: string): boolean {
  const lexer = configuredMarked().Lexer;
  let tokens;
  try {
    tokens = lexer.lexInline(`${before}${text}`);
  } catch {
    return false;
  }
  const links = tokens.filter((token): token is Tokens.Link => token.type === 'link');
  const rest = tokens.filter((token) => token.type !== 'link');
  const link = links[0];
  return (
    links.length === 1 &&
    link !== undefined &&
    link.text === text &&
    link.href === href &&
    rest.map((token) => token.raw).join('') === before &&
    (tokens[tokens.length - 1] === link)
  );
}
