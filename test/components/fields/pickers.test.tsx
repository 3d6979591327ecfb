// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import { ASSIGNEE, PARENT } from '../../lib/jira/fields/fixtures.ts';
import { description, key, type } from '../create/helpers.ts';
import { formField, Harness } from './harness.tsx';
import { extraInputModule } from '../../../components/fields/ExtraInput.lazy.ts';

const DAN = { accountId: 'acc-dan', displayName: 'Dan Li' };
const DANA = { accountId: 'acc-dana', displayName: 'Dana Kowalski' };

// The inputs of the rarer kinds load on demand; loaded once here, they render at once as in a
// popup that has shown one before.
beforeAll(() => extraInputModule.load());

describe('type-ahead fields', () => {
  afterEach(cleanup);

  it('user: searches once typing pauses, then arrows and Enter pick a person', async () => {
    const searchUsers = vi.fn(async (query: string) => (query.startsWith('da') ? [DAN, DANA] : []));
    const onValue = vi.fn();
    render(<Harness field={formField(ASSIGNEE)} lookups={{ searchUsers }} onValue={onValue} />);
    const box = screen.getByRole('combobox', { name: 'Assignee' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    type(box, 'd');
    type(box, 'da');
    await screen.findByRole('option', { name: 'Dan Li' });
    // Debounced: only the text typing paused on was searched.
    expect(searchUsers.mock.calls).toEqual([['da']]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('listbox', { name: 'Assignee' })).toBeTruthy();
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Dan Li' }).id);
    key(box, 'ArrowDown');
    const dana = screen.getByRole('option', { name: 'Dana Kowalski' });
    expect(dana.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(dana.id);
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Dan Li' }).id);
    key(box, 'ArrowUp');
    key(box, 'Enter');
    expect(onValue).toHaveBeenLastCalledWith({ accountId: 'acc-dana', displayName: 'Dana Kowalski' });
    expect((box as HTMLInputElement).value).toBe('Dana Kowalski');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(description(box)).toBe('');
  });

  it('user: typing over a chosen person keeps that person until a pick, and says so', async () => {
    const onValue = vi.fn();
    render(<Harness field={formField(ASSIGNEE)} initial={DANA} lookups={{ searchUsers: async () => [] }} onValue={onValue} />);
    const box = screen.getByRole('combobox', { name: 'Assignee' }) as HTMLInputElement;
    expect(box.value).toBe('Dana Kowalski');
    type(box, 'Dana K');
    // A half-typed name saved as "nobody" would unassign the issue.
    expect(onValue).not.toHaveBeenCalled();
    expect(description(box)).toBe('Still Dana Kowalski: choose from the list to change Assignee.');
    await screen.findByText('No matches.');
  });

  it('user: emptying the box empties the value', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(ASSIGNEE)} initial={DANA} lookups={{ searchUsers: async () => [] }} onValue={onValue} />);
    const box = screen.getByRole('combobox', { name: 'Assignee' }) as HTMLInputElement;
    type(box, '');
    expect(onValue).toHaveBeenLastCalledWith(null);
    expect(description(box)).toBe('');
  });

  it('user: typing with nothing chosen says to choose from the list', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(ASSIGNEE)} lookups={{ searchUsers: async () => [] }} onValue={onValue} />);
    const box = screen.getByRole('combobox', { name: 'Assignee' }) as HTMLInputElement;
    type(box, 'Dan');
    expect(onValue).not.toHaveBeenCalled();
    expect(description(box)).toBe('Choose from the list to set Assignee.');
  });

  it('user: Escape closes the list, and a click picks', async () => {
    const onValue = vi.fn();
    render(<Harness field={formField(ASSIGNEE)} lookups={{ searchUsers: async () => [DAN, DANA] }} onValue={onValue} />);
    const box = screen.getByRole('combobox', { name: 'Assignee' });
    type(box, 'da');
    await screen.findByRole('option', { name: 'Dan Li' });
    key(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    key(box, 'ArrowDown');
    fireEvent.click(screen.getByRole('option', { name: 'Dan Li' }));
    expect(onValue).toHaveBeenLastCalledWith({ accountId: 'acc-dan', displayName: 'Dan Li' });
  });

  it('user: a failed search says why', async () => {
    const searchUsers = async () => Promise.reject(new CodedError('permission_denied', 'You may not browse users.'));
    render(<Harness field={formField(ASSIGNEE)} lookups={{ searchUsers }} />);
    type(screen.getByRole('combobox', { name: 'Assignee' }), 'da');
    await screen.findByText('You do not have permission to do this in the issue’s project.');
  });

  it('user: only the latest search’s answer is shown', async () => {
    const answers: Record<string, (value: typeof DAN[]) => void> = {};
    const searchUsers = (query: string) => new Promise<typeof DAN[]>((resolve) => (answers[query] = resolve));
    render(<Harness field={formField(ASSIGNEE)} lookups={{ searchUsers }} />);
    const box = screen.getByRole('combobox', { name: 'Assignee' });
    type(box, 'dan');
    await waitFor(() => expect(answers.dan).toBeDefined());
    type(box, 'dana');
    await waitFor(() => expect(answers.dana).toBeDefined());
    answers.dana?.([DANA]);
    await screen.findByRole('option', { name: 'Dana Kowalski' });
    answers.dan?.([DAN]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.queryByRole('option', { name: 'Dan Li' })).toBeNull();
  });

  it('parent: finds issues by key or words and keeps the key', async () => {
    const searchIssues = vi.fn(async () => [{ key: 'BIG-2', summaryText: 'Reporting' }, { key: 'BIG-3', summaryText: 'Exports' }]);
    const onValue = vi.fn();
    render(<Harness field={formField(PARENT)} lookups={{ searchIssues }} onValue={onValue} />);
    const box = screen.getByRole('combobox', { name: 'Parent' });
    type(box, 'rep');
    await screen.findByRole('option', { name: 'BIG-2 Reporting' });
    expect(searchIssues).toHaveBeenCalledWith('rep');
    key(box, 'ArrowDown');
    key(box, 'Enter');
    expect(onValue).toHaveBeenLastCalledWith({ key: 'BIG-2', summary: 'Reporting' });
    expect((box as HTMLInputElement).value).toBe('BIG-2 Reporting');
  });
});
