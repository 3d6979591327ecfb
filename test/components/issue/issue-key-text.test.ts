// Why a typed text names no issue, said in each of the extension's languages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keyProblemText } from '../../../components/issue/issue-key-text.ts';
import { parseIssueReference, type KeyProblem, type KeyReason } from '../../../lib/jira/issue-key.ts';
import { readLocales, translator } from '../../lib/i18n/locale-check.ts';

// One text for each reason; `satisfies` fails to compile when a reason is added without one.
const SAMPLES = {
  empty: '',
  number_only: '123',
  project_only: 'big-',
  project_too_short: 'A-1',
  starts_with_digit: '1AB-2',
  has_spaces: 'BIG 12',
  not_a_key: 'B!G-1',
  link_scheme: 'ftp://acme.atlassian.net/browse/BIG-1',
  link_selected_not_key: 'https://acme.atlassian.net/jira/software/projects/BIG/boards/1?selectedIssue=oops',
  link_names_not_key: 'https://acme.atlassian.net/browse/BIG',
  link_no_issue: 'https://acme.atlassian.net/jira/your-work',
  link_unreadable: 'https://',
} satisfies Record<KeyReason, string>;

function problemOf(input: string): KeyProblem {
  const parsed = parseIssueReference(input);
  if (!('error' in parsed)) throw new Error(`${input} parsed as ${parsed.key}`);
  return parsed.error;
}

function speak(lang: string) {
  const say = translator(readLocales()[lang]!);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    say(key, typeof subs === 'string' ? [subs] : subs)) as typeof fakeBrowser.i18n.getMessage);
}

afterEach(() => vi.restoreAllMocks());

describe('issue key problems', () => {
  it.each(['en', 'de', 'ja'])('each reason has its own text in %s', (lang) => {
    speak(lang);
    const texts = Object.values(SAMPLES).map((input) => keyProblemText(problemOf(input)));
    // A missing message shows its key (lib/i18n/page-text.ts): none may.
    expect(texts.filter((text) => /issueKey[A-Z]/.test(text) || text.trim() === '')).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('names what the user typed', () => {
    expect(keyProblemText(problemOf('big-'))).toBe('BIG looks like a project key; add the issue number, e.g. BIG-123.');
    expect(keyProblemText(problemOf('123'))).toBe('Add the project key before the number, e.g. ABC-123.');
    expect(keyProblemText(problemOf('A-1'))).toBe(
      'A project key has at least two characters. An issue key looks like ABC-123: the project key, a hyphen, the issue number.',
    );
  });

  it('speaks German to a German browser', () => {
    speak('de');
    expect(keyProblemText(problemOf('big-'))).toBe('BIG sieht nach einem Projektschlüssel aus; ergänzen Sie die Vorgangsnummer, z. B. BIG-123.');
  });
});
