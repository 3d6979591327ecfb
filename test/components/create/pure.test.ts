import { describe, expect, it } from 'vitest';
import { listNames } from '../../../components/create/BlockersNotice.tsx';
import { startingValues } from '../../../components/form/carry-values.ts';
import { finishInJiraUrl, httpsUrl } from '../../../components/create/links.ts';
import { filterProjects } from '../../../components/create/ProjectPicker.tsx';
import { splitRejection } from '../../../components/form/rejected.ts';
import { CodedError } from '../../../lib/errors.ts';
import { planForm } from '../../../lib/jira/fields/index.ts';
import { BUG_CREATE, REGION, STORY_CREATE } from '../../lib/jira/fields/fixtures.ts';
import { BIG, OPS, WEB } from './fixtures.ts';

describe('create helpers', () => {
  it('links to Jira’s create screen only on an https site', () => {
    expect(finishInJiraUrl('https://acme.atlassian.net', '10000', '10002')).toBe(
      'https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=10002',
    );
    expect(finishInJiraUrl('http://acme.atlassian.net', '10000', '10002')).toBeUndefined();
    expect(httpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpsUrl('not a url')).toBeUndefined();
  });

  it('filters projects by key or name, keeping their order', () => {
    expect(filterProjects([WEB, BIG, OPS], 'b').map((p) => p.key)).toEqual(['WEB', 'BIG']);
    expect(filterProjects([WEB, BIG, OPS], ' OPS ').map((p) => p.key)).toEqual(['OPS']);
    expect(filterProjects([WEB, BIG], '')).toEqual([WEB, BIG]);
  });

  it('lists field names as a sentence, the way the browser’s language joins a list (English under test)', () => {
    expect(listNames(['Region'])).toBe('Region');
    expect(listNames(['Region', 'Team'])).toBe('Region and Team');
    expect(listNames(['Region', 'Team', 'Sprint'])).toBe('Region, Team, and Sprint');
  });

  it('carries typed text to another issue type, but no ids', () => {
    const bug = planForm(BUG_CREATE, { mode: 'create' });
    const story = planForm(STORY_CREATE, { mode: 'create' });
    const values = startingValues(story, {
      plan: bug,
      values: { summary: 'Export fails', description: '**x**', labels: ['a'], priority: '1', customfield_10050: '10101' },
    });
    expect(values).toMatchObject({ summary: 'Export fails', description: '**x**', labels: ['a'], priority: '3' });
    expect(values.customfield_10050).toBeUndefined();
  });

  it('names fields Jira refused that the form does not show', () => {
    const plan = planForm([...BUG_CREATE, REGION], { mode: 'create' });
    const error = new CodedError('jira_rejected', 'ignored', { fieldErrors: { summary: 'Too long.', customfield_10090: 'Region is required.' } });
    expect(splitRejection(error, plan)).toEqual({ fields: { summary: 'Too long.' }, alert: ['Region: Region is required.'] });
    expect(splitRejection(new CodedError('jira_rejected', 'No.', { remoteMessage: 'No.' }), plan)).toEqual({ fields: {}, alert: ['No.'] });
    // Without Jira's words, the code's own text: never lib/'s English message.
    expect(splitRejection(new CodedError('jira_rejected', 'Jira refused the request (HTTP 400).'), plan).alert).toEqual(['Jira refused the request.']);
  });
});
