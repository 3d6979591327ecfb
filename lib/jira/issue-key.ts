import { CodedError } from '../errors.ts';

// What the user types or pastes to name an issue: a key (`abc-123` works too) or a link copied
// from Jira. Jira Cloud links name the issue in one of three places:
//   https://site.atlassian.net/browse/ABC-123
//   https://site.atlassian.net/jira/software/projects/ABC/boards/1?selectedIssue=ABC-123 (boards, backlog)
//   https://site.atlassian.net/jira/software/projects/ABC/issues/ABC-123 (and /jira/core/..., /c/...)
// A project key starts with a letter, then upper-case letters, digits or underscores, at least
// two characters; an issue key is "<project key>-<issue number>".
// https://confluence.atlassian.com/adminjiraserver0816/changing-the-project-key-format-1063164304.html

const KEY = /^([A-Z][A-Z0-9_]+)-(\d+)$/;

export type IssueReference = { key: string } | { error: { code: 'invalid_issue_key'; message: string } };

function invalid(message: string): IssueReference {
  return { error: { code: 'invalid_issue_key', message } };
}

/** The key in `text`, upper-cased, when `text` is exactly a key. */
function asKey(text: string): string | undefined {
  const upper = text.toUpperCase();
  return KEY.test(upper) ? upper : undefined;
}

function fromUrl(url: URL): IssueReference {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return invalid('Paste a Jira link that starts with https://, or type the issue key.');
  }
  const selected = url.searchParams.get('selectedIssue');
  if (selected !== null) {
    const key = asKey(selected.trim());
    return key ? { key } : invalid(`The link’s selected issue “${selected}” is not an issue key.`);
  }
  const segments = url.pathname.split('/').filter((s) => s !== '').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  for (let i = 0; i + 1 < segments.length; i++) {
    if (segments[i] === 'browse' || segments[i] === 'issues') {
      const key = asKey(segments[i + 1] as string);
      if (key) return { key };
      return invalid(`The link names “${segments[i + 1] as string}”, which is not an issue key.`);
    }
  }
  // Service desk queues and other views end with the key: .../queues/custom/1/SUP-12.
  const last = segments.length > 0 ? asKey(segments[segments.length - 1] as string) : undefined;
  if (last) return { key: last };
  return invalid('That link does not point to an issue. Open the issue in Jira and copy its address.');
}

/** Explains why `text` (no scheme, no spaces around) is not an issue key. */
function whyNotKey(text: string): string {
  const example = 'An issue key looks like ABC-123: the project key, a hyphen, the issue number.';
  if (/^\d+$/.test(text)) return `Add the project key before the number, e.g. ABC-${text}.`;
  if (/^[A-Za-z][A-Za-z0-9_]+-?$/.test(text)) {
    return `${text.replace(/-$/, '').toUpperCase()} looks like a project key; add the issue number, e.g. ${text.replace(/-$/, '').toUpperCase()}-123.`;
  }
  if (/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(text)) return `A project key has at least two characters. ${example}`;
  if (/^\d/.test(text)) return `A project key starts with a letter. ${example}`;
  if (/\s/.test(text)) return `An issue key has no spaces. ${example}`;
  return example;
}

export function parseIssueReference(input: string): IssueReference {
  const text = input.trim();
  if (text === '') return invalid('Type an issue key such as ABC-123, or paste a link to the issue.');
  const key = asKey(text);
  if (key) return { key };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z][a-z0-9_]*-\d/i.test(text)) {
    try {
      return fromUrl(new URL(text));
    } catch {
      return invalid('That link cannot be read. Copy the issue’s address from Jira again.');
    }
  }
  // A link pasted without its scheme: site.atlassian.net/browse/ABC-1.
  if (/^[^\s/]+\.[^\s/]+\//.test(text)) {
    try {
      return fromUrl(new URL(`https://${text}`));
    } catch {
      // Not a link after all; explained below as a key.
    }
  }
  return invalid(whyNotKey(text));
}

/** The issue's page on its site, `https://site.atlassian.net/browse/ABC-123`
 *  (lib/ATLASSIAN.md#sites-and-addressing). */
export function browseUrl(siteUrl: string, key: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new CodedError('invalid_url', `“${siteUrl}” is not a site address.`);
  }
  if (url.protocol !== 'https:') throw new CodedError('https_required', 'Jira sites are only opened over https.');
  if (url.username !== '' || url.password !== '') throw new CodedError('invalid_url', 'A site address cannot carry a user name.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}`;
}
