// Minimal HTML for the auth.atlassian.com pages. Everything echoed from a request goes through
// escapeHtml, because these pages reflect query parameters.

// `&` first when escaping and last when unescaping, so no entity is read twice.
const ENTITIES = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
] as const;

export function escapeHtml(text: string): string {
  return ENTITIES.reduce((out, [char, entity]) => out.replaceAll(char, entity), text);
}

/** escapeHtml undone: what a browser reads from an attribute these pages wrote. */
export function unescapeHtml(text: string): string {
  return ENTITIES.reduceRight((out, [char, entity]) => out.replaceAll(entity, char), text);
}

/** A complete page; `title` is escaped here, `bodyHtml` must already be safe. */
export function page(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem; color: #172b4d; }
h1 { font-size: 1.4rem; }
form { display: inline-block; margin-right: .5rem; }
button { font-size: 1rem; padding: .4rem 1.2rem; }
.error { color: #ae2a19; }
</style>
</head>
<body>
${bodyHtml}
</body>
</html>
`;
}

export function htmlReply(status: number, title: string, bodyHtml: string): { status: number; headers: Record<string, string>; body: string } {
  return {
    status,
    // no-store: the page carries the state parameter and must not be replayed from cache
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body: page(title, bodyHtml),
  };
}

export function hiddenFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
}
