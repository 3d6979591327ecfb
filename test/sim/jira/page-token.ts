// The opaque `nextPageToken` of search/jql: an offset bound to the query it was issued for and
// to its issue time. Jira refuses a token that does not belong to the query or has expired
// (valid for 7 days, lib/ATLASSIAN.md#search); the refusal text is modelled on what a client sees,
// Jira's exact wording is not documented.
export const TOKEN_LIFETIME_MS = 7 * 86_400_000;
export const INVALID_TOKEN_MESSAGE = 'The provided nextPageToken is invalid or has expired.';

/** FNV-1a, enough to tell one query from another. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function encodePageToken(query: string, offset: number, now: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: hash(query), t: now })).toString('base64url');
}

/** The offset a token stands for, or null when it is malformed, foreign or expired. */
export function decodePageToken(token: string, query: string, now: number): number | null {
  try {
    const data = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown; t?: unknown };
    if (typeof data.o !== 'number' || !Number.isInteger(data.o) || data.o < 0) return null;
    if (data.q !== hash(query) || typeof data.t !== 'number' || now - data.t > TOKEN_LIFETIME_MS) return null;
    return data.o;
  } catch {
    return null;
  }
}
