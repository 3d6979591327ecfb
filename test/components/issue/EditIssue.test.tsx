// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OpenIssue } from '../../../components/issue/OpenIssue.tsx';
import type { FieldMeta } from '../../../lib/jira/field-meta.ts';
import { choose, description, key, type } from '../create/helpers.ts';
import { DANA, EDIT_META, editWorker } from './edit-fixtures.ts';
import { editButton, fact, openForm, save, show, summary, title, type Update } from './edit-helpers.tsx';
import { deferred, issue, session, SITE, urlOf } from './fixtures.ts';
import { extraInputModule } from '../../../components/fields/ExtraInput.lazy.ts';

afterEach(cleanup);

// The inputs of the rarer kinds load on demand; loaded once here, they render at once as in a
// popup that has shown one before.
beforeAll(() => extraInputModule.load());

describe('Edit: opening and leaving', () => {
  it('loads the edit screen in place of the view, starts from the issue’s values and focuses Summary', async () => {
    const meta = deferred<FieldMeta[]>();
    const w = show(issue(), { 'issue.editMeta': () => meta.promise });
    fireEvent.click(editButton());
    expect(screen.getByText('Loading the fields…')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^ABC-123 / })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Edit ABC-123' }));
    expect(w.calls('issue.editMeta')).toEqual([{ siteId: SITE.id, key: 'ABC-123' }]);
    meta.resolve(EDIT_META);
    await screen.findByRole('form', { name: 'Edit ABC-123' });
    await waitFor(() => expect(document.activeElement).toBe(summary()));
    expect(summary().value).toBe('Fix login on Safari');
    expect((screen.getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement).value).toBe('Users on Safari cannot log in.');
    expect((screen.getByRole('combobox', { name: 'Priority' }) as HTMLSelectElement).value).toBe('3');
    expect((screen.getByRole('combobox', { name: 'Assignee' }) as HTMLInputElement).value).toBe('Alana Grant');
    expect((screen.getByRole('textbox', { name: 'Labels' }) as HTMLInputElement).value).toBe('frontend safari');
    expect((screen.getByLabelText('Due date') as HTMLInputElement).value).toBe('');
  });

  it('Cancel and Esc go back to the view unchanged, with focus on Edit', async () => {
    const w = show();
    await openForm();
    type(summary(), 'Something else');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(title()).toBe('ABC-123 Fix login on Safari');
    expect(document.activeElement).toBe(editButton());

    await openForm();
    expect(summary().value).toBe('Fix login on Safari');
    key(summary(), 'Escape');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(editButton());
    expect(w.calls('issue.update')).toEqual([]);
  });

  it('says when nothing changed, and sends nothing', async () => {
    const w = show();
    await openForm();
    type(summary(), 'Fix login on Safari ');
    save();
    expect(screen.getByText('Nothing to save.').getAttribute('role')).toBe('status');
    expect(screen.getByRole('form', { name: 'Edit ABC-123' })).toBeTruthy();
    expect(w.calls('issue.update')).toEqual([]);
  });

  it('checks fields before sending: an emptied summary is named next to it', async () => {
    const w = show();
    await openForm();
    type(summary(), '   ');
    save();
    await waitFor(() => expect(summary().getAttribute('aria-invalid')).toBe('true'));
    expect(description(summary())).toBe('You must specify a summary of the issue.');
    expect(document.activeElement).toBe(summary());
    expect(w.calls('issue.update')).toEqual([]);
  });
});

describe('Edit: saving', () => {
  it('sends only the summary and shows it before Jira answers', async () => {
    const reply = deferred<Record<string, never>>();
    const w = show(issue(), { 'issue.update': () => reply.promise });
    await openForm();
    type(summary(), 'Fix login on Safari 17');
    save();
    expect(w.calls('issue.update')).toEqual([{ siteId: SITE.id, key: 'ABC-123', fields: { summary: 'Fix login on Safari 17' } }]);
    // Optimistic: the form is gone and the view already says the new summary.
    expect(screen.queryByRole('form')).toBeNull();
    expect(title()).toBe('ABC-123 Fix login on Safari 17');
    expect(screen.getByText('Saving your changes to ABC-123…')).toBeTruthy();
    expect(document.activeElement).toBe(editButton());
    expect(editButton().getAttribute('aria-disabled')).toBe('true');
    // Edit waits for the answer: a second form would start from values Jira may still refuse.
    fireEvent.click(editButton());
    expect(screen.queryByRole('form')).toBeNull();
    reply.resolve({});
    await screen.findByText('ABC-123 saved.');
    expect(title()).toBe('ABC-123 Fix login on Safari 17');
    expect(editButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('saves with Ctrl+Enter and with Cmd+Enter', async () => {
    const w = show();
    await openForm();
    type(summary(), 'First');
    key(summary(), 'Enter', { ctrlKey: true });
    await screen.findByText('ABC-123 saved.');
    await openForm();
    type(summary(), 'Second');
    key(summary(), 'Enter', { metaKey: true });
    await waitFor(() => expect(w.calls('issue.update')).toHaveLength(2));
    expect((w.calls('issue.update') as Update[]).map((c) => c.fields)).toEqual([{ summary: 'First' }, { summary: 'Second' }]);
  });

  it('sends an edited description as ADF, and the view shows it at once', async () => {
    const w = show();
    await openForm();
    type(screen.getByRole('textbox', { name: 'Description' }), 'Users on **Safari 17** cannot log in.');
    save();
    const sent = (w.calls('issue.update')[0] as Update).fields;
    expect(Object.keys(sent)).toEqual(['description']);
    expect(sent.description).toEqual({
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Users on ' },
            { type: 'text', text: 'Safari 17', marks: [{ type: 'strong' }] },
            { type: 'text', text: ' cannot log in.' },
          ],
        },
      ],
    });
    const region = screen.getByRole('region', { name: 'Description' });
    expect(within(region).getByText('Safari 17').tagName).toBe('STRONG');
  });

  it('assigns by type-ahead: sends the account id, shows the name', async () => {
    const w = show();
    await openForm();
    const box = screen.getByRole('combobox', { name: 'Assignee' });
    type(box, 'Dan');
    await screen.findByRole('option', { name: 'Dana Kowalski' });
    key(box, 'ArrowDown');
    key(box, 'Enter');
    save();
    expect((w.calls('issue.update')[0] as Update).fields).toEqual({ assignee: { accountId: DANA.accountId } });
    expect(w.calls('users.assignable')).toEqual([{ siteId: SITE.id, issueKey: 'ABC-123', query: 'Dan' }]);
    expect(fact('Assignee')).toBe('Dana Kowalski');
  });

  it('sends labels and priority, and the view shows them', async () => {
    const w = show();
    await openForm();
    type(screen.getByRole('textbox', { name: 'Labels' }), 'frontend ios');
    choose(screen.getByRole('combobox', { name: 'Priority' }), 'High');
    save();
    expect((w.calls('issue.update')[0] as Update).fields).toEqual({ labels: ['frontend', 'ios'], priority: { id: '2' } });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['frontend', 'ios']);
    expect(fact('Priority')).toBe('High');
  });
});

describe('Edit: in the Open section', () => {
  it('offers Edit on an opened issue and saves through the worker', async () => {
    const w = editWorker({ 'issue.get': async ({ key: k }) => ({ issue: issue({ key: k }), url: urlOf(k) }) });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} initialKey="ABC-123" />);
    await screen.findByRole('heading', { level: 2, name: 'ABC-123 Fix login on Safari' });
    await openForm();
    type(summary(), 'Renamed');
    save();
    await screen.findByText('ABC-123 saved.');
    expect(title()).toBe('ABC-123 Renamed');
    expect(w.calls('issue.update')).toEqual([{ siteId: SITE.id, key: 'ABC-123', fields: { summary: 'Renamed' } }]);
  });

  it('unassigns: an emptied assignee is sent as null and the view says Unassigned', async () => {
    const w = show();
    await openForm();
    type(screen.getByRole('combobox', { name: 'Assignee' }), '');
    save();
    expect((w.calls('issue.update')[0] as Update).fields).toEqual({ assignee: null });
    expect(fact('Assignee')).toBe('Unassigned');
  });
});
