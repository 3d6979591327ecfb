// What a failure says, by its code, in every language the extension ships.
import { describe, expect, it } from 'vitest';
import { CodedError, ERROR_CODES } from '../../../lib/errors.ts';
import { errorText, refusalText } from '../../../lib/i18n/error-text.ts';
import { readLocales, translator } from './locale-check.ts';

describe('errorText', () => {
  it('every error code has its own text in English, German and Japanese', () => {
    for (const [lang, messages] of Object.entries(readLocales())) {
      const say = translator(messages);
      const texts = ERROR_CODES.map((code) => say(`error_${code}`));
      expect(texts.filter((text) => text.trim() === ''), lang).toEqual([]);
      // Each code says something of its own: no two share a text.
      expect(new Set(texts).size, lang).toBe(ERROR_CODES.length);
    }
  });

  it('says the code, not the English message lib/ wrote', () => {
    expect(errorText(new CodedError('network', 'fetch failed: ECONNRESET'))).toBe(
      'Could not reach Atlassian. Check your connection and try again.',
    );
  });

  it('fills in the wait of a rate limit and the status of a server error', () => {
    expect(errorText(new CodedError('rate_limited', '', { retryAfterMs: 11_200 }))).toBe('Jira asked us to wait 12 s before trying again.');
    expect(errorText(new CodedError('rate_limited', ''))).toBe('Jira is busy. Try again shortly.');
    expect(errorText(new CodedError('server_error', '', { status: 503 }))).toBe('Jira had a problem (HTTP 503). Try again in a moment.');
  });

  it("keeps Jira's and Atlassian's own words after its own", () => {
    const refused = new CodedError('jira_rejected', 'x', { status: 400, remoteMessage: 'Le champ « Résumé » est obligatoire.' });
    expect(errorText(refused)).toBe('Jira refused the request. Atlassian says: Le champ « Résumé » est obligatoire.');
    const grant = new CodedError('invalid_grant', 'x', { remoteMessage: 'Unknown or invalid refresh token.' });
    expect(errorText(grant)).toBe('Atlassian no longer accepts this sign-in. Connect again. Atlassian says: Unknown or invalid refresh token.');
  });
});

describe('refusalText', () => {
  it("is Jira's own words alone when Jira said why, the code's text otherwise", () => {
    const said = "Error in the JQL Query: The character '%' is a reserved JQL character.";
    expect(refusalText(new CodedError('jira_rejected', said, { status: 400, remoteMessage: said }))).toBe(said);
    expect(refusalText(new CodedError('jira_rejected', 'Jira refused the request (HTTP 400).', { status: 400 }))).toBe('Jira refused the request.');
    expect(refusalText(new CodedError('network', 'fetch failed'))).toBe('Could not reach Atlassian. Check your connection and try again.');
  });
});
