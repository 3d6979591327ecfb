// The edit screen of ABC-123 (editmeta, as the worker hands it on) and a worker that answers the
// edit form's messages. Field metadata comes from the field-model fixtures (simulator shapes).
import type { FieldMeta } from '../../../lib/jira/field-meta.ts';
import { ASSIGNEE, DESCRIPTION, DUEDATE, LABELS, PRIORITY, SUMMARY } from '../../lib/jira/fields/fixtures.ts';
import { fakeWorker, type Handlers } from '../fake-worker.ts';
import { doc, para, text } from './fixtures.ts';

/**
 * Edit metadata has no defaults to offer; the rest is the create screen's shape. (The fixtures type
 * `key` loosely; the protocol's FieldMeta is the same JSON.)
 */
export const EDIT_META = [SUMMARY, DESCRIPTION, PRIORITY, ASSIGNEE, LABELS, DUEDATE].map(({ defaultValue: _d, ...meta }) => meta) as FieldMeta[];

export const DANA = { accountId: 'acc-dana', displayName: 'Dana Kowalski' };

export function editWorker(overrides: Handlers = {}) {
  return fakeWorker({
    'issue.editMeta': async () => EDIT_META,
    'issue.update': async () => ({}),
    'users.assignable': async ({ query }) => (query.toLowerCase().startsWith('da') ? [DANA] : []),
    'issues.pick': async () => [],
    ...overrides,
  });
}

/** A description with an info panel: Markdown would drop the panel. */
export const PANEL_DESCRIPTION = doc(para(text('Intro')), { type: 'panel', attrs: { panelType: 'info' }, content: [para(text('Heads up'))] });

/** A description whose table has a header cell spanning two columns. */
export const MERGED_TABLE_DESCRIPTION = doc({
  type: 'table',
  content: [
    { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2 }, content: [para(text('Both'))] }] },
    { type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('a'))] }, { type: 'tableCell', content: [para(text('b'))] }] },
  ],
});
