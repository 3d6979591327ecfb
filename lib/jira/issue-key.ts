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

/** Why a text is not an issue reference, with what the page needs to say so in the user's
 *  language (components/issue/issue-key-text.ts): lib/ names the reason, the page words it. */
export type KeyProblem =
  | { reason: 'empty' }
  | { reason: 'number_only'; number: string }
  | { reason: 'project_only'; project: string }
  | { reason: 'project_too_short' }
  | { reason: 'starts_with_digit' }
  | { reason: 'has_spaces' }
  | { reason: 'not_a_key' }
  | { reason: 'link_scheme' }
  | { reason: 'link_selected_not_key'; named: string }
  | { reason: 'link_names_not_key'; named: string }
  | { reason: 'link_no_issue' }
  | { reason: 'link_unreadable' };
export type KeyReason = KeyProblem['reason'];

export type IssueReference = { key: string } | { error: { code: 'invalid_issue_key' } & KeyProblem };

function invalid(problem: KeyProblem): IssueReference {
  return { error: { code: 'invalid_issue_key', ...problem } };
}

/** The key in `text`, upper-cased, when `text` is exactly a key. */
function asKey(text: string): string | undefined {
  const upper = text.toUpperCase();
  return KEY.test(upper) ? upper : undefined;
}

function fromUrl(url: URL): IssueReference {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return invalid({ reason: 'link_scheme' });
  }
  const selected = url.searchParams.get('selectedIssue');
  if (selected !== null) {
    const key = asKey(selected.trim());
    return key ? { key } : invalid({ reason: 'link_selected_not_key', named: selected });
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
      return invalid({ reason: 'link_names_not_key', named: segments[i + 1] as string });
    }
  }
  // Service desk queues and other views end with the key: .../queues/custom/1/SUP-12.
  const last = segments.length > 0 ? asKey(segments[segments.length - 1] as string) : undefined;
  if (last) return { key: last };
  return invalid({ reason: 'link_no_issue' });
}

/** Why `text` (no scheme, no spaces around) is not an issue key. */
function whyNotKey(text: string): KeyProblem {
  if (/^\d+$/.test(text)) return { reason: 'number_only', number: text };
  if (/^[A-Za-z][A-Za-z0-9_]+-?$/.test(text)) return { reason: 'project_only', project: text.replace(/-$/, '').toUpperCase() };
  if (/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(text)) return { reason: 'project_too_short' };
  if (/^\d/.test(text)) return { reason: 'starts_with_digit' };
  if (/\s/.test(text)) return { reason: 'has_spaces' };
  return { reason: 'not_a_key' };
}

export function parseIssueReference(input: string): IssueReference {
  const text = input.trim();
  if (text === '') return invalid({ reason: 'empty' });
  const key = asKey(text);
  if (key) return { key };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z][a-z0-9_]*-\d/i.test(text)) {
    try {
      return fromUrl(new URL(text));
    } catch {
      return invalid({ reason: 'link_unreadable' });
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
