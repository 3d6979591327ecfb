// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { noEditPermission } from '../../../components/issue/edit-refusal.ts';
import { CodedError } from '../../../lib/errors.ts';
import { choose, description, type } from '../create/helpers.ts';
import { editButton, fact, openForm, save, show, summary, title, type Update } from './edit-helpers.tsx';
import { deferred, issue } from './fixtures.ts';
import { extraInputModule } from '../../../components/fields/ExtraInput.lazy.ts';

afterEach(cleanup);

const rejected = () =>
  new CodedError('jira_rejected', 'Jira did not accept the issue.', {
    status: 400,
    fieldErrors: { summary: 'Summary must not mention Safari.', customfield_10999: 'Team is required.' },
  });

// The inputs of the rarer kinds load on demand; loaded once here, they render at once as in a
// popup that has shown one before.
beforeAll(() => extraInputModule.load());

describe('Edit: Jira refuses', () => {
  it('rolls the view back and re-opens the form with the typed values and Jira’s messages next to fields', async () => {
    const reply = deferred<Record<string, never>>();
    const w = show(issue(), { 'issue.update': () => reply.promise });
    await openForm();
    type(summary(), 'Safari login broken');
    choose(screen.getByRole('combobox', { name: 'Priority' }), 'Highest');
    save();
    expect(title()).toBe('ABC-123 Safari login broken');
    expect(fact('Priority')).toBe('Highest');
    reply.reject(rejected());

    const alert = await screen.findByRole('alert');
    // The view has the old values again.
    expect(title()).toBe('ABC-123 Fix login on Safari');
    expect(fact('Priority')).toBe('Medium');
    // The form is back with what the user typed.
    expect(screen.getByRole('form', { name: 'Edit ABC-123' })).toBeTruthy();
    expect(summary().value).toBe('Safari login broken');
    expect((screen.getByRole('combobox', { name: 'Priority' }) as HTMLSelectElement).value).toBe('1');
    expect(summary().getAttribute('aria-invalid')).toBe('true');
    expect(description(summary())).toBe('Summary must not mention Safari.');
    expect(document.activeElement).toBe(summary());
    expect(alert.textContent).toContain('Jira did not save your changes to ABC-123. See the messages next to the fields.');
    // A field the form does not show is named in the alert.
    expect(alert.textContent).toContain('customfield_10999: Team is required.');
    expect(w.calls('issue.editMeta')).toHaveLength(1);

    // Fixing the field takes its message away; saving again sends the same fields.
    type(summary(), 'Login broken');
    expect(summary().getAttribute('aria-invalid')).toBeNull();
    save();
    expect((w.calls('issue.update') as Update[]).map((c) => c.fields)).toEqual([
      { summary: 'Safari login broken', priority: { id: '1' } },
      { summary: 'Login broken', priority: { id: '1' } },
    ]);
  });

  it('says when the user may not edit, and keeps the typed text', async () => {
    show(issue(), {
      'issue.update': async () => {
        throw new CodedError('permission_denied', 'Forbidden.', { status: 403 });
      },
    });
    await openForm();
    type(summary(), 'Mine now');
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`Jira did not save your changes to ABC-123.${noEditPermission()}`);
    expect(summary().value).toBe('Mine now');
    expect(title()).toBe('ABC-123 Fix login on Safari');
    // Cancel leaves the issue as Jira has it.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(title()).toBe('ABC-123 Fix login on Safari');
    expect(document.activeElement).toBe(editButton());
  });

  it('keeps the form when the network fails, with the reason', async () => {
    show(issue(), {
      'issue.update': async () => {
        throw new CodedError('network', 'You seem to be offline.');
      },
    });
    await openForm();
    type(screen.getByRole('textbox', { name: 'Labels' }), 'frontend offline');
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not reach Atlassian. Check your connection and try again.');
    expect((screen.getByRole('textbox', { name: 'Labels' }) as HTMLInputElement).value).toBe('frontend offline');
    await waitFor(() => expect(screen.getByRole('form', { name: 'Edit ABC-123' }).contains(document.activeElement)).toBe(true));
  });

  it('offers to try again when the edit screen cannot be loaded', async () => {
    let n = 0;
    show(issue(), {
      'issue.editMeta': async () => {
        n += 1;
        if (n === 1) throw new CodedError('network', 'You seem to be offline.');
        return (await import('./edit-fixtures.ts')).EDIT_META;
      },
    });
    fireEvent.click(editButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach Atlassian.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('form', { name: 'Edit ABC-123' });
  });

  it('says so when no field can be edited (no Edit Issues permission)', async () => {
    show(issue(), { 'issue.editMeta': async () => [] });
    fireEvent.click(editButton());
    await screen.findByText('You cannot edit any field of ABC-123 here: you may not have permission to edit it.');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).toBe(editButton());
  });
});
