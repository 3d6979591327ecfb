// Links from ADF or Markdown are remote data: only web and mail links become clickable.
// Everything else (`javascript:`, `data:`, `vbscript:`, `file:`, relative paths, junk) does not.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 8192;

function parseSafe(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url : null;
}

/** Whether `value` is an absolute URL with protocol `http:`, `https:` or `mailto:`. */
export function isSafeHref(value: unknown): value is string {
  return parseSafe(value) !== null;
}

/** The URL, as parsed and serialised by the URL parser, when it is safe to link to; else null. */
export function safeHref(value: unknown): string | null {
  return parseSafe(value)?.href ?? null;
}
