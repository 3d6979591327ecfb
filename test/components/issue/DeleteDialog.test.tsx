// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueDetails } from '../../../components/issue/IssueDetails.tsx';
import { OpenIssue } from '../../../components/issue/OpenIssue.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { IssueView } from '../../../lib/jira/get-issue.ts';
import { fakeWorker } from '../fake-worker.ts';
import { issue, session, SITE, sub, urlOf } from './fixtures.ts';

afterEach(cleanup);

function setup(view: IssueView, onDelete: () => Promise<Record<string, never>> = async () => ({})) {
  const w = fakeWorker({ 'issue.delete': () => onDelete() });
  const onDeleted = vi.fn();
  render(<IssueDetails request={w.request} siteId={SITE.id} issue={view} url={urlOf(view.key)} copy={() => {}} onOpen={() => {}} onDeleted={onDeleted} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog = screen.getByRole('dialog', { name: `Delete ${view.key}?` });
  return { w, dialog, onDeleted };
}

const withSubtasks = () => issue({ subtasks: [sub('ABC-124', 'First'), sub('ABC-125', 'Second')] });

describe('Delete dialog', () => {
  it('names the issue, takes focus, closes on Esc and gives focus back to Delete', () => {
    const w = fakeWorker({});
    render(<IssueDetails request={w.request} siteId={SITE.id} issue={issue()} url={urlOf('ABC-123')} copy={() => {}} onOpen={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Delete' });
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Delete ABC-123?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('ABC-123 Fix login on Safari will be deleted for everyone.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(w.fn).not.toHaveBeenCalled();
  });

  it('keeps focus inside while tabbing', () => {
    const { dialog } = setup(withSubtasks());
    const first = within(dialog).getByRole('checkbox');
    const last = within(dialog).getByRole('button', { name: 'Delete issue' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('keeps HTML in the summary as text', () => {
    const { dialog } = setup(issue({ summary: '<img src=x onerror=alert(1)>' }));
    expect(dialog.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(dialog.querySelector('img')).toBeNull();
  });

  it('deletes without the sub-tasks unless the box is ticked', async () => {
    const { w, dialog, onDeleted } = setup(withSubtasks());
    expect(within(dialog).getByText('It has 2 sub-tasks.')).toBeTruthy();
    const box = within(dialog).getByRole('checkbox', { name: 'Also delete its 2 sub-tasks' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete issue' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('ABC-123'));
    expect(w.calls('issue.delete')).toEqual([{ siteId: SITE.id, key: 'ABC-123', deleteSubtasks: false }]);
  });

  it('deletes the sub-tasks too when the box is ticked', async () => {
    const { w, dialog, onDeleted } = setup(withSubtasks());
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also delete its 2 sub-tasks' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete issue' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('ABC-123'));
    expect(w.calls('issue.delete')).toEqual([{ siteId: SITE.id, key: 'ABC-123', deleteSubtasks: true }]);
  });

  it('explains sub-tasks Jira knows of and the view did not, then offers the box', async () => {
    let n = 0;
    const { w, dialog, onDeleted } = setup(issue(), async () => {
      n += 1;
      if (n === 1) throw new CodedError('has_subtasks', 'The issue has sub-tasks.', { status: 400 });
      return {};
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete issue' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('ABC-123 has sub-tasks.');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also delete its sub-tasks' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete issue' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(w.calls('issue.delete')).toEqual([
      { siteId: SITE.id, key: 'ABC-123', deleteSubtasks: false },
      { siteId: SITE.id, key: 'ABC-123', deleteSubtasks: true },
    ]);
  });

  it('names the missing permission', async () => {
    const { dialog, onDeleted } = setup(issue(), async () => {
      throw new CodedError('permission_denied', 'You do not have permission to delete this issue.', { status: 403 });
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete issue' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('You do not have permission to delete issues in this project (Delete Issues permission).');
    expect(onDeleted).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('button', { name: 'Delete issue' })).toHaveProperty('disabled', false);
  });

  it('says the issue is deleted and closes the view', async () => {
    const w = fakeWorker({
      'issue.get': async ({ key }) => ({ issue: issue({ key }), url: urlOf(key) }),
      'issue.delete': async () => ({}),
    });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Issue key or link' }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'ABC-123' } });
    fireEvent.submit(field.form!);
    await screen.findByRole('heading', { level: 2, name: 'ABC-123 Fix login on Safari' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete issue' }));
    await screen.findByText('ABC-123 deleted.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('');
  });
});
