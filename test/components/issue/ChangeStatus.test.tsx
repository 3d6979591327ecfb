// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueDetails } from '../../../components/issue/IssueDetails.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { Transition } from '../../../lib/jira/transitions.ts';
import { fakeWorker } from '../fake-worker.ts';
import { approveTransition, deferred, issue, resolveTransition, SITE, startTransition, urlOf } from './fixtures.ts';

afterEach(cleanup);

type TransitionReply = Promise<Record<string, never>>;

function setup(onTransition: () => TransitionReply = async () => ({}), transitions: Transition[] = [startTransition, resolveTransition, approveTransition]) {
  const w = fakeWorker({
    'issue.transitions': async () => transitions,
    'issue.transition': () => onTransition(),
  });
  render(<IssueDetails request={w.request} siteId={SITE.id} issue={issue()} url={urlOf('ABC-123')} copy={() => {}} onOpen={() => {}} />);
  return w;
}

const status = () => {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === 'Status');
  return dt?.nextElementSibling?.querySelector('.status-lozenge')?.textContent;
};

async function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Change status' }));
  const dialog = screen.getByRole('dialog', { name: 'Change the status of ABC-123' });
  await within(dialog).findByRole('list', { name: 'Workflow steps' });
  return dialog;
}

describe('Change status', () => {
  it('lists the workflow steps with their target status, in a dialog that Esc closes', async () => {
    const w = setup();
    const opener = screen.getByRole('button', { name: 'Change status' });
    opener.focus();
    const dialog = await openDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Start progress → In Progress',
      'Resolve → Done',
      'Approve → Done',
      'Cancel',
    ]);
    expect(w.calls('issue.transitions')).toEqual([{ siteId: SITE.id, key: 'ABC-123' }]);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('takes a step without fields at once and shows the new status before Jira answers', async () => {
    const reply = deferred<Record<string, never>>();
    const w = setup(() => reply.promise);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start progress → In Progress' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(status()).toBe('In Progress');
    expect(w.calls('issue.transition')).toEqual([{ siteId: SITE.id, key: 'ABC-123', transitionId: '11' }]);
    reply.resolve({});
    await waitFor(() => expect(screen.getByText('ABC-123 is now In Progress.')).toBeTruthy());
    expect(status()).toBe('In Progress');
  });

  it('puts the status back and says why when Jira refuses a step', async () => {
    setup(async () => {
      throw new CodedError('jira_rejected', 'The transition is not valid for this issue.', { status: 400, remoteMessage: 'The transition is not valid for this issue.' });
    });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start progress → In Progress' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Jira did not move ABC-123 to In Progress; it is still To Do. The transition is not valid for this issue.');
    expect(status()).toBe('To Do');
  });

  it('asks for a required select field (Resolve → resolution) and sends it with the transition', async () => {
    const reply = deferred<Record<string, never>>();
    const w = setup(() => reply.promise);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve → Done' }));
    const resolution = within(dialog).getByRole('combobox', { name: 'Resolution' }) as HTMLSelectElement;
    expect(document.activeElement).toBe(resolution);
    expect([...resolution.options].map((o) => o.textContent)).toEqual(['Choose…', 'Fixed', "Won't Do"]);
    // Only required fields are asked for.
    expect(within(dialog).queryByRole('textbox', { name: 'Root cause' })).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    expect(within(dialog).getByText('Resolution is required.')).toBeTruthy();
    expect(resolution.getAttribute('aria-invalid')).toBe('true');
    expect(w.calls('issue.transition')).toEqual([]);

    fireEvent.change(resolution, { target: { value: '1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    expect(w.calls('issue.transition')).toEqual([{ siteId: SITE.id, key: 'ABC-123', transitionId: '31', fields: { resolution: { id: '1' } } }]);
    expect(status()).toBe('Done');
    reply.resolve({});
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(status()).toBe('Done');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change status' }));
  });

  it('rolls back and shows Jira’s field errors next to the fields', async () => {
    setup(async () => {
      throw new CodedError('jira_rejected', 'Jira refused the request (HTTP 400).', {
        status: 400,
        fieldErrors: { resolution: 'Resolution "Won\'t Do" is not allowed here.', customfield_10100: 'Root cause is required.' },
      });
    });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve → Done' }));
    const resolution = within(dialog).getByRole('combobox', { name: 'Resolution' });
    fireEvent.change(resolution, { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    const alert = await within(dialog).findByRole('alert');
    expect(status()).toBe('To Do');
    expect(alert.textContent).toContain('Jira did not move the issue to Done: Jira refused the request.');
    // A field the dialog does not show is still named.
    expect(alert.textContent).toContain('Root cause is required.');
    const describedBy = resolution.getAttribute('aria-describedby');
    expect(describedBy && document.getElementById(describedBy)?.textContent).toBe('Resolution "Won\'t Do" is not allowed here.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('sends people to Jira for a required field it cannot fill', async () => {
    const w = setup();
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve → Done' }));
    expect(within(dialog).getByText('Approve asks for Approvers, which this popup cannot fill.')).toBeTruthy();
    const link = within(dialog).getByRole('link', { name: 'Finish in Jira' });
    expect(link.getAttribute('href')).toBe(urlOf('ABC-123'));
    expect(link.getAttribute('target')).toBe('_blank');
    expect(w.calls('issue.transition')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Back' }));
    within(dialog).getByRole('list', { name: 'Workflow steps' });
  });

  it('says so when no step is open and offers to retry a failed load', async () => {
    let n = 0;
    const w = fakeWorker({
      'issue.transitions': async () => {
        n += 1;
        if (n === 1) throw new CodedError('network', 'You seem to be offline.');
        return [];
      },
    });
    render(<IssueDetails request={w.request} siteId={SITE.id} issue={issue()} url={urlOf('ABC-123')} copy={() => {}} onOpen={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = screen.getByRole('dialog');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Could not reach Atlassian.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText('No workflow step is open to you from To Do.');
  });
});
