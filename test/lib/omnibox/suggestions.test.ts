import { describe, expect, it } from 'vitest';
import { findJql } from '../../../lib/omnibox/find-jql.ts';
import { popupStartFrom } from '../../../lib/omnibox/popup-start.ts';
import { escapeXml, findPagePath, issueSuggestions, omniboxTarget, tabAction } from '../../../lib/omnibox/suggestions.ts';

const issues = Array.from({ length: 8 }, (_, i) => ({ key: `ABC-${i + 1}`, summaryText: `Fix <b>&"quotes"'\n  ${i}` }));

describe('omnibox suggestions', () => {
  it('escapes the five XML characters for Chrome', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('at most five, KEY then summary; escaped XML in Chrome, plain text in Firefox', () => {
    const xml = issueSuggestions(issues, 'xml');
    expect(xml).toHaveLength(5);
    expect(xml[0]).toEqual({ content: 'ABC-1', description: '<url>ABC-1</url> Fix &lt;b&gt;&amp;&quot;quotes&quot;&apos; 0' });
    const plain = issueSuggestions(issues.slice(0, 2), 'plain');
    expect(plain[1]).toEqual({ content: 'ABC-2', description: `ABC-2 Fix <b>&"quotes"' 1` });
    expect(issueSuggestions([], 'xml')).toEqual([]);
  });

  it('tells an issue key (any case, or a Jira link) from words', () => {
    expect(omniboxTarget('  abc-123 ')).toEqual({ kind: 'issue', key: 'ABC-123' });
    expect(omniboxTarget('https://acme.atlassian.net/browse/XY-9')).toEqual({ kind: 'issue', key: 'XY-9' });
    expect(omniboxTarget('login fails')).toEqual({ kind: 'find', text: 'login fails' });
    expect(omniboxTarget('ABC-')).toEqual({ kind: 'find', text: 'ABC-' });
    expect(omniboxTarget('   ')).toEqual({ kind: 'popup' });
  });

  it('opens where Enter asked: this tab, a new tab in front or behind', () => {
    expect(tabAction('currentTab', 'https://x/')).toEqual({ update: { url: 'https://x/' } });
    expect(tabAction('newForegroundTab', 'https://x/')).toEqual({ create: { url: 'https://x/', active: true } });
    expect(tabAction('newBackgroundTab', 'https://x/')).toEqual({ create: { url: 'https://x/', active: false } });
    expect(tabAction('somethingElse', 'https://x/')).toEqual({ update: { url: 'https://x/' } });
  });

  it('free text goes to the popup page with the words, which Find turns into a text search', () => {
    expect(findPagePath('a&b c')).toBe('/popup.html?find=a%26b%20c');
    expect(popupStartFrom('?find=a%26b%20c')).toEqual({ find: 'a&b c' });
    expect(popupStartFrom('?find=%20%20')).toBeUndefined();
    expect(popupStartFrom('?other=1')).toBeUndefined();
    expect(popupStartFrom(`?find=${'x'.repeat(1001)}`)).toBeUndefined();
    expect(findJql('Login "fails" on Safari!')).toBe('text ~ "login fails safari" ORDER BY updated DESC');
    expect(findJql('the of')).toBeUndefined();
  });

  it("a watch's notification opens an issue key in the popup's Open section, nothing else", () => {
    expect(popupStartFrom('?open=GLX-12')).toEqual({ open: 'GLX-12' });
    expect(popupStartFrom('?open=glx-12')).toEqual({ open: 'GLX-12' });
    expect(popupStartFrom('?open=https%3A%2F%2Fevil.example')).toBeUndefined();
  });
});
