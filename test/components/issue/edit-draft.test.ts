import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../components/issue/apply-edit.ts';
import { consent, issueFields, startDraft } from '../../../components/issue/edit-draft.ts';
import { planForm } from '../../../lib/jira/fields/index.ts';
import { PARENT, REPORTER, STORY_POINTS } from '../../lib/jira/fields/fixtures.ts';
import { EDIT_META, PANEL_DESCRIPTION } from './edit-fixtures.ts';
import { issue } from './fixtures.ts';

const plan = planForm([...EDIT_META, PARENT, REPORTER, STORY_POINTS], {
  mode: 'edit',
  includeOptional: ['reporter', 'customfield_10016'],
});
const view = issue({
  parent: { id: '9', key: 'ABC-1', summary: 'Login epic' },
  otherFields: { duedate: '2026-03-01', customfield_10016: 5 },
});

describe('startDraft', () => {
  it('reads the view’s fields and the other fields, with rich text as Markdown', () => {
    const draft = startDraft(plan, view);
    expect(draft.values).toEqual({
      summary: 'Fix login on Safari',
      description: 'Users on Safari cannot log in.',
      priority: '3',
      assignee: { accountId: 'u1', displayName: 'Alana Grant' },
      reporter: { accountId: 'u2', displayName: 'Ben Ortiz' },
      labels: ['frontend', 'safari'],
      duedate: '2026-03-01',
      parent: { key: 'ABC-1', summary: 'Login epic' },
      customfield_10016: '5',
    });
    expect(draft.original).toEqual(draft.values);
    expect(draft.lossy).toEqual({});
    expect(issueFields(issue({ assignee: undefined, priority: undefined }))).toMatchObject({ assignee: null, priority: null, parent: null });
  });

  it('holds back a description Markdown would damage until the user consents', () => {
    const draft = startDraft(plan, issue({ description: PANEL_DESCRIPTION }));
    expect(draft.values.description).toBeUndefined();
    expect(draft.original.description).toBe('Intro\n\nHeads up');
    expect(draft.lossy).toEqual({ description: { markdown: 'Intro\n\nHeads up', lost: ['panel'] } });
    const opened = consent(draft, 'description');
    expect(opened.values.description).toBe('Intro\n\nHeads up');
    expect(opened.lossy).toEqual({});
  });
});

describe('applyEdit', () => {
  it('shows what was sent, with names the form knows', () => {
    const values = { assignee: { accountId: 'acc-dana', displayName: 'Dana Kowalski' }, parent: { key: 'ABC-2', summary: 'Other epic' } };
    const next = applyEdit(
      view,
      { priority: { id: '1' }, assignee: { accountId: 'acc-dana' }, parent: { key: 'ABC-2' }, duedate: null, customfield_10016: 8 },
      plan,
      values,
    );
    expect(next.priority).toEqual({ id: '1', name: 'Highest', iconUrl: 'https://acme.atlassian.net/images/icons/priorities/highest.svg' });
    expect(next.assignee).toEqual({ accountId: 'acc-dana', displayName: 'Dana Kowalski' });
    expect(next.parent).toEqual({ id: 'ABC-2', key: 'ABC-2', summary: 'Other epic' });
    expect(next.otherFields).toEqual({ duedate: null, customfield_10016: 8 });
    expect(next.summary).toBe(view.summary);
  });

  it('leaves out what was emptied', () => {
    const next = applyEdit(view, { priority: null, reporter: null, parent: null, labels: [] }, plan, {});
    expect('priority' in next || 'reporter' in next || 'parent' in next).toBe(false);
    expect(next.labels).toEqual([]);
  });
});
