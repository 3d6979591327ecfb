// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import type { RequestOf } from '../../../lib/messaging/protocol.ts';
import { BUG, CREATED, createWorker, INCIDENT, session } from './fixtures.ts';
import { choose, chooseProject, createButton, key, projectBox, type, typeSelect, openMoreFields } from './helpers.ts';

const lastUsedBug = { 'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: BUG.id }) };

async function createBug(props: { copy?: (text: string) => Promise<void>; onCreated?: (key: string) => void } = {}) {
  const worker = createWorker(lastUsedBug);
  render(<CreateIssue request={worker.request} session={session} {...props} />);
  type(await screen.findByRole('textbox', { name: 'Summary' }), 'Login fails');
  choose(screen.getByRole('combobox', { name: 'Severity' }), 'Critical');
  fireEvent.click(createButton());
  await screen.findByRole('heading', { name: 'Created BIG-7' });
  return worker;
}

describe('create: outcome', () => {
  afterEach(cleanup);

  it('shows the created key as a link to the issue, and says so to the caller', async () => {
    const onCreated = vi.fn();
    await createBug({ onCreated });
    const heading = screen.getByRole('heading', { name: 'Created BIG-7' });
    const link = within(heading).getByRole('link', { name: 'BIG-7' });
    expect(link.getAttribute('href')).toBe(CREATED.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(onCreated).toHaveBeenCalledWith('BIG-7');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('copies the key, the link, "KEY: summary" and a branch name, like the issue view', async () => {
    const copy = vi.fn(async () => {});
    await createBug({ copy });
    fireEvent.click(screen.getByRole('button', { name: 'Copy key' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy key and summary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy branch name' }));
    expect(copy.mock.calls).toEqual([['BIG-7'], [CREATED.url], ['BIG-7: Login fails'], ['big-7-login-fails']]);
    await waitFor(() => expect(screen.getByText('Copied the branch name: big-7-login-fails')).toBeTruthy());
  });

  it('says when the browser refuses to copy', async () => {
    await createBug({ copy: async () => Promise.reject(new Error('denied')) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy key' }));
    await screen.findByText('Could not copy the key. The browser did not allow it.');
  });

  it('links only to an https issue page', async () => {
    const worker = createWorker({ ...lastUsedBug, 'issue.create': async () => ({ ...CREATED, url: 'javascript:alert(1)' }) });
    render(<CreateIssue request={worker.request} session={session} copy={async () => {}} />);
    type(await screen.findByRole('textbox', { name: 'Summary' }), 'Login fails');
    choose(screen.getByRole('combobox', { name: 'Severity' }), 'Critical');
    fireEvent.click(createButton());
    await screen.findByRole('heading', { name: 'Created BIG-7' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
  });

  it('"Create another" keeps project and type and starts with empty fields', async () => {
    const worker = await createBug();
    fireEvent.click(screen.getByRole('button', { name: 'Create another' }));
    const summary = (await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement;
    expect(summary.value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('');
    expect(projectBox().value).toBe('Big Platform (BIG)');
    expect(typeSelect().value).toBe(BUG.id);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(worker.calls('create.fields')).toHaveLength(1);
  });

  it('offers to finish in Jira when a required field cannot be filled here', async () => {
    const worker = createWorker();
    render(<CreateIssue request={worker.request} session={session} />);
    await chooseProject('ops');
    // The project's only type is chosen by itself.
    await screen.findByText('This issue type needs Region, which this form cannot fill yet.');
    expect(typeSelect().value).toBe(INCIDENT.id);
    const link = screen.getByRole('link', { name: 'Finish in Jira' });
    expect(link.getAttribute('href')).toBe('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10002&issuetype=10009');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('button', { name: 'Create issue' })).toBeNull();
    expect(worker.calls('issue.create')).toEqual([]);
  });

  it('finds an assignee by typing and the keyboard, in the chosen project', async () => {
    const dana = { accountId: 'acc-dana', displayName: 'Dana Kowalski' };
    const worker = createWorker({
      ...lastUsedBug,
      'users.assignable': async ({ query }) => (query === 'da' ? [{ accountId: 'acc-dan', displayName: 'Dan Li' }, dana] : []),
    });
    render(<CreateIssue request={worker.request} session={session} />);
    await openMoreFields();
    const assignee = await screen.findByRole('combobox', { name: 'Assignee' });
    type(assignee, 'da');
    await screen.findByRole('option', { name: 'Dana Kowalski' });
    expect(worker.calls('users.assignable')).toEqual([{ siteId: 'c-acme', projectKey: 'BIG', query: 'da' }]);
    key(assignee, 'ArrowDown');
    key(assignee, 'ArrowDown');
    key(assignee, 'Enter');
    expect((assignee as HTMLInputElement).value).toBe('Dana Kowalski');
    type(screen.getByRole('textbox', { name: 'Summary' }), 'Login fails');
    choose(screen.getByRole('combobox', { name: 'Severity' }), 'Minor');
    fireEvent.click(createButton());
    await waitFor(() => expect(worker.calls('issue.create')).toHaveLength(1));
    const sent = worker.calls('issue.create')[0] as RequestOf<'issue.create'>;
    expect(sent.fields.assignee).toEqual({ accountId: 'acc-dana' });
  });

  it('finds a parent through the issue picker', async () => {
    const worker = createWorker({ ...lastUsedBug, 'issues.pick': async () => [{ key: 'BIG-2', summaryText: 'Reporting' }] });
    render(<CreateIssue request={worker.request} session={session} />);
    await openMoreFields();
    const parent = await screen.findByRole('combobox', { name: 'Parent' });
    type(parent, 'BIG-2');
    await screen.findByRole('option', { name: 'BIG-2 Reporting' });
    expect(worker.calls('issues.pick')).toEqual([{ siteId: 'c-acme', query: 'BIG-2' }]);
    key(parent, 'ArrowDown');
    key(parent, 'Enter');
    type(screen.getByRole('textbox', { name: 'Summary' }), 'Login fails');
    choose(screen.getByRole('combobox', { name: 'Severity' }), 'Minor');
    fireEvent.click(createButton());
    await waitFor(() => expect(worker.calls('issue.create')).toHaveLength(1));
    expect((worker.calls('issue.create')[0] as RequestOf<'issue.create'>).fields.parent).toEqual({ key: 'BIG-2' });
  });
});
