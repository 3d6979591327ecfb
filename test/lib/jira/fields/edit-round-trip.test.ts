import { describe, expect, it } from 'vitest';
import { planForm } from '../../../../lib/jira/fields/form-plan.ts';
import { initialValues, valuesFromIssue } from '../../../../lib/jira/fields/from-issue.ts';
import { toPayload } from '../../../../lib/jira/fields/to-payload.ts';
import { BUG_CREATE, DANA, DESCRIPTION_ADF, STORY_EDITMETA, STORY_FIELDS, STORY_POINTS, withFieldIds } from './fixtures.ts';

const all = ['reporter', 'fixVersions', 'customfield_10016', 'customfield_10080'];
const plan = planForm(withFieldIds(STORY_EDITMETA), { mode: 'edit', includeOptional: all });
const original = valuesFromIssue(plan, STORY_FIELDS);
const edit = { mode: 'edit', original } as const;

describe('valuesFromIssue', () => {
  it('reads every field of the issue into form values', () => {
    expect(original).toEqual({
      summary: 'As an admin, I want to export my data from the report builder',
      description: DESCRIPTION_ADF,
      priority: '3',
      assignee: null,
      reporter: { accountId: DANA.accountId, displayName: 'Dana Kowalski', avatarUrl: 'https://avatars.example/DK.png?s=48' },
      labels: ['quick-win', 'frontend'],
      components: [],
      duedate: '2026-11-23',
      parent: { key: 'BIG-2', summary: 'Reporting' },
      fixVersions: ['10008'],
      customfield_10016: '8',
      customfield_10080: null,
    });
  });

  it('gives empty values for fields the issue does not carry', () => {
    expect(valuesFromIssue(plan, {})).toMatchObject({ summary: '', description: null, labels: [], duedate: '', customfield_10016: '', parent: null });
  });
});

describe('initialValues', () => {
  it('starts a create form empty, with the metadata’s defaults', () => {
    const values = initialValues(planForm(BUG_CREATE, { mode: 'create' }));
    expect(values).toEqual({
      summary: '', description: null, customfield_10050: null, priority: '3', assignee: null, labels: [], components: [], duedate: '', parent: null,
    });
  });
});

describe('toPayload (edit)', () => {
  it('sends nothing when nothing changed (issue → values → payload)', () => {
    expect(toPayload(plan, original, edit)).toEqual({ fields: {}, errors: {} });
  });

  it('sends nothing when rich text shown as Markdown comes back unchanged', () => {
    const markdownToAdf = (md: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: md }] }] });
    const shown = { ...original, description: 'Happens only with **slow** networks.' };
    expect(toPayload(plan, shown, { mode: 'edit', original: shown, markdownToAdf }).fields).toEqual({});
    const edited = { ...shown, description: 'Happens only on **slow** networks.' };
    expect(toPayload(plan, edited, { mode: 'edit', original: shown, markdownToAdf }).fields).toEqual({ description: markdownToAdf('Happens only on **slow** networks.') });
  });

  it('sends only the fields that changed', () => {
    const values = { ...original, summary: 'Export data from the report builder', labels: ['quick-win'], customfield_10016: '8.0', duedate: '2026-11-23' };
    expect(toPayload(plan, values, edit)).toEqual({ fields: { summary: 'Export data from the report builder', labels: ['quick-win'] }, errors: {} });
  });

  it('clears emptied fields with null, or [] for multi-value fields', () => {
    const values = { ...original, description: '', priority: null, reporter: null, labels: [], fixVersions: [], duedate: '', customfield_10016: '', parent: null };
    expect(toPayload(plan, values, edit).fields).toEqual({
      description: null, priority: null, reporter: null, labels: [], fixVersions: [], duedate: null, customfield_10016: null, parent: null,
    });
  });

  it('assigns and unassigns by account id', () => {
    expect(toPayload(plan, { ...original, assignee: { accountId: 'acc-9' } }, edit).fields).toEqual({ assignee: { accountId: 'acc-9' } });
    const assigned = { ...original, assignee: { accountId: 'acc-9' } };
    expect(toPayload(plan, { ...assigned, assignee: null }, { mode: 'edit', original: assigned }).fields).toEqual({ assignee: null });
  });

  it('refuses to empty a required field, and checks only what is sent', () => {
    expect(toPayload(plan, { ...original, summary: ' ' }, edit)).toEqual({
      fields: {}, errors: { summary: { code: 'field_required', check: { kind: 'required', name: 'Summary', summary: true } } },
    });
    // Made required after this issue was created: an edit that leaves it empty still goes through.
    const requiredEmpty = planForm([{ ...STORY_POINTS, required: true }], { mode: 'edit' });
    expect(toPayload(requiredEmpty, { customfield_10016: '' }, { mode: 'edit', original: { customfield_10016: '' } })).toEqual({ fields: {}, errors: {} });
  });

  it('leaves fields the form holds no value for alone', () => {
    expect(toPayload(plan, { summary: 'Only this' }, edit).fields).toEqual({ summary: 'Only this' });
  });

  it('without an original, sends every field it holds', () => {
    expect(toPayload(plan, { summary: 'S', labels: [] }, { mode: 'edit' }).fields).toEqual({ summary: 'S', labels: [] });
  });

  it('still validates changed values', () => {
    expect(toPayload(plan, { ...original, duedate: '2026-11-31' }, edit).errors.duedate?.code).toBe('invalid_date');
  });
});
