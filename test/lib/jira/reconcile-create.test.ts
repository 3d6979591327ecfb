import { describe, expect, it } from 'vitest';
import { jqlString, textSearchWords } from '../../../lib/jira/jql-text.ts';
import { lostCreateJql, lostCreateSearchRequest, processLostCreate } from '../../../lib/jira/reconcile-create.ts';
import { API, CLOUD, issueType, json, status } from './answers.ts';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const SINCE = '2026-11-23T11:59:30Z';

describe('JQL text', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ["it's", `"it's"`],
    ['two\nlines', '"two\\nlines"'],
  ])('quotes %j as %s', (value, quoted) => {
    expect(jqlString(value)).toBe(quoted);
  });

  it.each<[string, string | undefined]>([
    ['Login fails on Safari', 'login fails safari'],
    ['Crash: NullPointerException (prod!)', 'crash nullpointerexception prod'],
    ['[UI] "Save" button + cancel ~ broken*', 'ui save button cancel broken'],
    ['Fix AND/OR logic OR NOT', 'fix logic'],
    ["Don't break v1.2 e-mail", 'break'],
    ['-exclude +include', 'exclude include'],
    ['Café déjà vu 42', 'café déjà vu 42'],
    ['login LOGIN Login', 'login'],
    ['The end of it', 'end'],
    ['a to the', undefined],
    ['!!! ??? ***', undefined],
  ])('keeps the searchable words of %j', (text, words) => {
    expect(textSearchWords(text)).toBe(words);
  });
});

describe('lost create check', () => {
  it('searches the project for the user’s issues of the last minutes with the summary’s words', () => {
    expect(lostCreateJql({ projectKey: 'BIG', summary: 'Login "fails" on Safari!', sinceIso: SINCE }, NOW)).toBe(
      'project = "BIG" AND reporter = currentUser() AND created >= "-5m" AND summary ~ "login fails safari" ORDER BY created DESC',
    );
  });

  it('reaches back further when the create was sent long ago, and names another reporter', () => {
    const jql = lostCreateJql({ projectKey: 'BIG', summary: 'the', sinceIso: '2026-11-23T11:50:00Z', reporterAccountId: 'u-"2' }, NOW);
    expect(jql).toBe('project = "BIG" AND reporter = "u-\\"2" AND created >= "-11m" ORDER BY created DESC');
  });

  it('is a search request', () => {
    const request = lostCreateSearchRequest(CLOUD, { projectKey: 'BIG', summary: 'x y', sinceIso: SINCE }, NOW);
    expect(request).toMatchObject({ method: 'POST', url: `${API}/search/jql`, idempotent: true, body: { maxResults: 20 } });
  });

  it('keeps only issues with exactly that summary', async () => {
    const row = (key: string, summary: string) => ({
      id: key.replace('BIG-', '1'),
      key,
      fields: { summary, status: status('10000', 'To Do', 'new'), issuetype: issueType('10001', 'Task'), updated: SINCE },
    });
    const found = await processLostCreate(
      json({ issues: [row('BIG-3', 'Login fails'), row('BIG-2', 'Login fails again'), row('BIG-1', ' Login fails ')], isLast: true }),
      'Login fails',
    );
    expect(found.map((i) => i.key)).toEqual(['BIG-3', 'BIG-1']);
  });
});
