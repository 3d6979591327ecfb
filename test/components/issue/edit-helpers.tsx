import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { EditableIssue } from '../../../components/issue/EditableIssue.tsx';
import type { IssueView } from '../../../lib/jira/get-issue.ts';
import type { RequestOf } from '../../../lib/messaging/protocol.ts';
import { editWorker } from './edit-fixtures.ts';
import { issue, SITE, urlOf } from './fixtures.ts';

export type Update = RequestOf<'issue.update'>;

/** The issue view with its edit form, talking to a fake worker. */
export function show(view: IssueView = issue(), overrides: Parameters<typeof editWorker>[0] = {}) {
  const w = editWorker(overrides);
  render(<EditableIssue request={w.request} siteId={SITE.id} issue={view} url={urlOf(view.key)} copy={() => {}} onOpen={() => {}} />);
  return w;
}

export const editButton = () => screen.getByRole('button', { name: 'Edit' });
export const summary = () => screen.getByRole('textbox', { name: 'Summary' }) as HTMLInputElement;
export const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
/** The view's heading ("ABC-123 Summary"), also while the form hides the view. */
export const title = () => screen.getByRole('heading', { level: 2, name: /^ABC-123 /, hidden: true }).textContent;

/** The text of one row of the view's facts (Priority, Assignee, …). */
export function fact(term: string): string {
  const dt = screen.getAllByRole('term', { hidden: true }).find((t) => t.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

/** Presses Edit (focused first, as a keyboard user would) and waits for the form to take focus. */
export async function openForm() {
  editButton().focus();
  fireEvent.click(editButton());
  const form = await screen.findByRole('form', { name: 'Edit ABC-123' });
  await waitFor(() => expect(document.activeElement).toBe(summary()));
  return form;
}
