import { describe, expect, it } from 'vitest';
import { capturePrefill, templateValues } from '../../../lib/capture/prefill.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../lib/capture/template.ts';

const capture = { selection: 'Login fails on Safari\nwhen the cookie is **old**', url: 'https://example.com/a (b)', title: 'Bug [report]' };
const today = new Date(2026, 10, 23, 23, 30);

describe('capturePrefill', () => {
  it('default template: the first line as summary, the selection quoted and the page linked', () => {
    const prefill = capturePrefill(DEFAULT_TEMPLATE, capture, 'https://acme.atlassian.net', today);
    expect(prefill.summary).toBe('Login fails on Safari');
    expect(prefill.description).toBe('> Login fails on Safari\n> when the cookie is \\*\\*old\\*\\*\n\nSource: [Bug \\[report\\]](<https://example.com/a (b)>)');
    expect(prefill).not.toHaveProperty('projectKey');
  });

  it('fills date (local) and site, cuts the summary, and carries project and type', () => {
    const template: Template = {
      id: 't1',
      name: 'Bug',
      projectKey: 'BIG',
      issueTypeId: '10002',
      summary: '[{{date}}] {{title}}: {{selection}}',
      description: 'Seen on {{site}}',
    };
    const long = { ...capture, selection: 'word '.repeat(100) };
    const prefill = capturePrefill(template, long, 'https://acme.atlassian.net', today);
    expect(prefill.summary?.startsWith('[2026-11-23] Bug [report]: word word')).toBe(true);
    expect(prefill.summary?.length).toBeLessThan(255);
    expect(prefill.summary?.endsWith('…')).toBe(true);
    expect(prefill.description).toBe('Seen on https://acme.atlassian.net');
    expect(prefill).toMatchObject({ projectKey: 'BIG', issueTypeId: '10002' });
  });

  it('a type without a project is not used', () => {
    const template: Template = { ...DEFAULT_TEMPLATE, id: 't2', issueTypeId: '10002' };
    expect(capturePrefill(template, capture, '', today)).not.toHaveProperty('issueTypeId');
  });

  it('a whole page (no selection): the title stands in for an empty summary', () => {
    const prefill = capturePrefill(DEFAULT_TEMPLATE, { selection: '', url: 'https://example.com/', title: '  Release\tnotes ' }, '', today);
    expect(prefill.summary).toBe('Release notes');
  });

  it('gives the template its values', () => {
    expect(templateValues(capture, 'https://s', today)).toEqual({ ...capture, date: '2026-11-23', site: 'https://s' });
  });
});
