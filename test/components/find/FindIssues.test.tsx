// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindIssues } from '../../../components/find/FindIssues.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { SearchPage } from '../../../lib/jira/search.ts';
import { fakeWorker } from '../fake-worker.ts';
import { acme, deferred, session } from '../popup/fixtures.ts';
import { issue, page } from './fixtures.ts';

type SearchPayload = { siteId: string; jql: string; nextPageToken?: string | undefined };

function setup(search: (payload: SearchPayload) => Promise<SearchPage>, recent: string[] = []) {
  const worker = fakeWorker({
    'issues.search': search,
    'search.recent': async () => ({ queries: recent }),
    'create.lastUsed': async () => ({}),
  });
  const onOpen = vi.fn();
  render(<FindIssues request={worker.request} session={session()} onOpen={onOpen} />);
  return { worker, onOpen, searches: () => worker.calls('issues.search') as SearchPayload[] };
}

const jqlBox = () => screen.getByRole('textbox', { name: 'JQL' }) as HTMLTextAreaElement;
const status = () => screen.getByRole('status').textContent;
const rows = () => screen.queryAllByRole('option');

describe('find: searching', () => {
  afterEach(cleanup);

  it.each([
    ['My open issues', 'assignee = currentUser() AND statusCategory != Done ORDER BY updated DESC'],
    ['Reported by me', 'reporter = currentUser() ORDER BY created DESC'],
    ['Recently updated', 'updated >= -7d ORDER BY updated DESC'],
    ['Watching', 'watcher = currentUser() ORDER BY updated DESC'],
  ])('the "%s" preset runs its JQL and shows it in the box', async (name, jql) => {
    const { searches } = setup(async () => page([1]));
    fireEvent.click(screen.getByRole('button', { name }));
    expect(searches()).toEqual([{ siteId: acme.id, jql }]);
    expect(jqlBox().value).toBe(jql);
    await screen.findByRole('option');
  });

  it('narrows "Recently updated" to the last used project the worker remembers', async () => {
    const worker = fakeWorker({
      'issues.search': async () => page([]),
      'search.recent': async () => ({ queries: [] }),
      'create.lastUsed': async () => ({ projectKey: 'XYZ', issueTypeId: '10001' }),
    });
    render(<FindIssues request={worker.request} session={session()} onOpen={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Recently updated in XYZ' }));
    expect(worker.calls('create.lastUsed')).toEqual([{ siteId: acme.id }]);
    expect(worker.calls('issues.search')).toEqual([{ siteId: acme.id, jql: 'project = "XYZ" ORDER BY updated DESC' }]);
  });

  it('prefers a project just used in this popup, and works without any', async () => {
    const worker = fakeWorker({
      'issues.search': async () => page([]),
      'search.recent': async () => ({ queries: [] }),
      'create.lastUsed': async () => {
        throw new CodedError('network', 'offline');
      },
    });
    const view = render(<FindIssues request={worker.request} session={session()} onOpen={vi.fn()} />);
    await waitFor(() => expect(worker.calls('create.lastUsed')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Recently updated' })).toBeTruthy();
    view.rerender(<FindIssues request={worker.request} session={session()} onOpen={vi.fn()} lastProjectKey="NEW" />);
    expect(screen.getByRole('button', { name: 'Recently updated in NEW' })).toBeTruthy();
  });

  it('Enter in the box searches; Shift+Enter does not', async () => {
    const { searches } = setup(async () => page([1]));
    fireEvent.input(jqlBox(), { target: { value: 'project = ABC' } });
    const shift = fireEvent.keyDown(jqlBox(), { key: 'Enter', shiftKey: true });
    expect(shift).toBe(true);
    expect(searches()).toHaveLength(0);
    const plain = fireEvent.keyDown(jqlBox(), { key: 'Enter' });
    expect(plain).toBe(false);
    expect(searches()).toEqual([{ siteId: acme.id, jql: 'project = ABC' }]);
    await screen.findByRole('option');
  });

  it('the Search button runs the trimmed box; an empty box asks for a query instead', async () => {
    const { searches } = setup(async () => page([1]));
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(searches()).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain('Type a JQL query');
    fireEvent.input(jqlBox(), { target: { value: '  project = ABC \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(searches()).toEqual([{ siteId: acme.id, jql: 'project = ABC' }]);
    await screen.findByRole('option');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it is searching, then shows each row as key, summary, status and assignee', async () => {
    const reply = deferred<SearchPage>();
    setup(() => reply.promise);
    fireEvent.click(screen.getByRole('button', { name: 'My open issues' }));
    expect(status()).toBe('Searching…');
    reply.resolve({
      issues: [issue(1), issue(2, { summary: '<b>not bold</b>', assignee: undefined, status: { id: '1', name: 'To Do', categoryKey: 'new' } })],
      isLast: true,
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(status()).toBe('2 issues');
    expect(rows()[0]!.textContent).toBe('ABC-1Issue number 1In ProgressAlana Grant');
    expect(rows()[1]!.textContent).toBe('ABC-2<b>not bold</b>To DoUnassigned');
    expect(rows()[1]!.querySelector('b')).toBeNull();
  });

  it('says when nothing matches', async () => {
    setup(async () => page([]));
    fireEvent.click(screen.getByRole('button', { name: 'Watching' }));
    await waitFor(() => expect(status()).toBe('No issues match.'));
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Load more passes the page token and appends, without duplicates, until the last page', async () => {
    const pages: Record<string, SearchPage> = {
      first: page([1, 2], 't2'),
      t2: page([2, 3], 't3'), // overlaps: ABC-2 again
      t3: page([4]),
    };
    const { searches } = setup(async ({ nextPageToken }) => pages[nextPageToken ?? 'first']!);
    fireEvent.click(screen.getByRole('button', { name: 'Reported by me' }));
    await waitFor(() => expect(status()).toBe('2 issues, more available'));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(status()).toBe('3 issues, more available'));
    expect(rows().map((r) => r.firstChild?.textContent)).toEqual(['ABC-1', 'ABC-2', 'ABC-3']);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(status()).toBe('4 issues'));
    expect(rows().map((r) => r.firstChild?.textContent)).toEqual(['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const jql = 'reporter = currentUser() ORDER BY created DESC';
    expect(searches()).toEqual([
      { siteId: acme.id, jql },
      { siteId: acme.id, jql, nextPageToken: 't2' },
      { siteId: acme.id, jql, nextPageToken: 't3' },
    ]);
    // The pressed button went away: the list holds focus, on the first new row.
    expect(document.activeElement).toBe(screen.getByRole('listbox'));
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('ABC-4');
  });

  it('drops a page within one answer that repeats an id', async () => {
    setup(async () => ({ issues: [issue(1), issue(1), issue(2)], isLast: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Watching' }));
    await waitFor(() => expect(status()).toBe('2 issues'));
  });
});

describe('find: keyboard and opening', () => {
  afterEach(cleanup);

  it('Up and Down move the active row; Enter opens it', async () => {
    const { onOpen } = setup(async () => page([1, 2, 3]));
    fireEvent.click(screen.getByRole('button', { name: 'Watching' }));
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    list.focus();
    const active = () => document.getElementById(list.getAttribute('aria-activedescendant')!)!;
    expect(active().textContent).toContain('ABC-1');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(active().textContent).toContain('ABC-3');
    expect(active().getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowDown' }); // stays on the last row
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(active().textContent).toContain('ABC-2');
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('ABC-2');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(active().textContent).toContain('ABC-1');
  });

  it('a click on a row opens it', async () => {
    const { onOpen } = setup(async () => page([1, 2]));
    fireEvent.click(screen.getByRole('button', { name: 'Watching' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(within(screen.getByRole('listbox')).getByText('Issue number 2'));
    expect(onOpen).toHaveBeenCalledWith('ABC-2');
  });
});

describe('find: problems and recent queries', () => {
  afterEach(cleanup);

  it("shows Jira's JQL error as is, next to the box", async () => {
    const message = "Error in the JQL Query: The character '%' is a reserved JQL character.";
    setup(async () => {
      throw new CodedError('jira_rejected', message, { status: 400, remoteMessage: message });
    });
    fireEvent.input(jqlBox(), { target: { value: 'summary ~ 50%' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(jqlBox().getAttribute('aria-invalid')).toBe('true');
    expect(jqlBox().getAttribute('aria-describedby')).toContain(alert.id);
    expect(jqlBox().value).toBe('summary ~ 50%');
  });

  it('shows rate limiting with its message, and Try again repeats the search', async () => {
    let calls = 0;
    const { searches } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new CodedError('rate_limited', 'Jira asked us to wait 30 s before trying again.', { retryAfterMs: 30_000 });
      return page([1]);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Watching' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Jira asked us to wait 30 s before trying again.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(searches()).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers recent queries as buttons, newest first, and runs one when pressed', async () => {
    const { searches } = setup(async () => page([1]), ['project = NEW', 'project = OLD']);
    const group = await screen.findByRole('group', { name: 'Recent queries' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['project = NEW', 'project = OLD']);
    fireEvent.click(within(group).getByRole('button', { name: 'project = OLD' }));
    expect(searches()).toEqual([{ siteId: acme.id, jql: 'project = OLD' }]);
    expect(jqlBox().value).toBe('project = OLD');
    // Once it has run it is the newest.
    await waitFor(() =>
      expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['project = OLD', 'project = NEW']),
    );
  });

  it('asks for the recent queries of the current site', async () => {
    const { worker } = setup(async () => page([]));
    await waitFor(() => expect(worker.calls('search.recent')).toEqual([{ siteId: acme.id }]));
    expect(screen.queryByRole('group', { name: 'Recent queries' })).toBeNull();
  });

  it('a slow older search never replaces a newer one', async () => {
    const slow = deferred<SearchPage>();
    setup(({ jql }) => (jql.startsWith('watcher') ? slow.promise : Promise.resolve(page([7]))));
    fireEvent.click(screen.getByRole('button', { name: 'Watching' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reported by me' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    slow.resolve(page([1, 2, 3]));
    await new Promise((r) => setTimeout(r, 0));
    expect(rows().map((r) => r.firstChild?.textContent)).toEqual(['ABC-7']);
  });
});
