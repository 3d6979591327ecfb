// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueDetails } from '../../../components/issue/IssueDetails.tsx';
import { formatDateTime } from '../../../components/issue/format.ts';
import type { IssueView } from '../../../lib/jira/get-issue.ts';
import { fakeWorker } from '../fake-worker.ts';
import { doc, issue, para, SITE, sub, text, urlOf } from './fixtures.ts';

afterEach(cleanup);

function show(view: IssueView = issue(), extra: { url?: string; copy?: (t: string) => void | Promise<void>; onEdit?: (i: IssueView) => void; onOpen?: (k: string) => void } = {}) {
  const w = fakeWorker({});
  const copy = extra.copy ?? vi.fn();
  const onOpen = extra.onOpen ?? vi.fn();
  const utils = render(
    <IssueDetails
      request={w.request}
      siteId={SITE.id}
      issue={view}
      url={extra.url ?? urlOf(view.key)}
      copy={copy}
      onOpen={onOpen}
      {...(extra.onEdit ? { onEdit: extra.onEdit } : {})}
    />,
  );
  return { ...utils, copy, onOpen, w };
}

function fact(term: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === term);
  if (!dt?.nextElementSibling) throw new Error(`no ${term}`);
  return dt.nextElementSibling as HTMLElement;
}

describe('IssueDetails', () => {
  it('shows the key and summary as its heading, and the issue’s fields', () => {
    show();
    screen.getByRole('heading', { level: 2, name: 'ABC-123 Fix login on Safari' });
    expect(fact('Status').textContent).toBe('To Do');
    expect(fact('Type').textContent).toBe('Bug');
    expect(fact('Priority').textContent).toBe('Medium');
    expect(fact('Assignee').textContent).toBe('Alana Grant');
    expect(fact('Reporter').textContent).toBe('Ben Ortiz');
    expect(within(fact('Labels')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['frontend', 'safari']);
  });

  it('shows dates in the reader’s format inside <time datetime>', () => {
    show();
    const created = fact('Created').querySelector('time');
    expect(created?.getAttribute('datetime')).toBe('2026-01-05T09:00:00.000Z');
    expect(created?.textContent).toBe(formatDateTime(new Date('2026-01-05T09:00:00Z')));
    expect(fact('Updated').querySelector('time')?.getAttribute('datetime')).toBe('2026-02-10T16:30:00.000Z');
  });

  it('says what is empty', () => {
    show(issue({ assignee: undefined, priority: undefined, labels: [], description: null }));
    expect(fact('Assignee').textContent).toBe('Unassigned');
    expect(fact('Priority').textContent).toBe('None');
    expect(fact('Labels').textContent).toBe('None');
    expect(within(screen.getByRole('region', { name: 'Description' })).getByText('No description.')).toBeTruthy();
  });

  it('renders the description', () => {
    show();
    const description = screen.getByRole('region', { name: 'Description' });
    expect(within(description).getByText('Users on Safari cannot log in.').tagName).toBe('P');
  });

  it('links to the issue in Jira in a new tab, only over https', () => {
    show();
    const link = screen.getByRole('link', { name: 'Open in Jira' });
    expect(link.getAttribute('href')).toBe(urlOf('ABC-123'));
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    cleanup();
    show(issue(), { url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link', { name: 'Open in Jira' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
  });

  it('keeps HTML in the summary as inert text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { container } = show(issue({ summary: payload }));
    screen.getByRole('heading', { level: 2, name: `ABC-123 ${payload}` });
    expect(container.querySelector('img')).toBeNull();
  });

  it('renders no link for a javascript: URL in the description', () => {
    const evil = doc(para(text('click me', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' or '), text('safe', [{ type: 'link', attrs: { href: 'https://example.com/' } }])));
    const { container } = show(issue({ description: evil }));
    const description = screen.getByRole('region', { name: 'Description' });
    expect(description.textContent).toContain('click me or safe');
    expect(within(description).getAllByRole('link').map((a) => a.textContent)).toEqual(['safe']);
    expect(within(description).getByRole('link', { name: 'safe' }).getAttribute('href')).toBe('https://example.com/');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('copies the key, the link, key and summary, and a branch name, and says so', async () => {
    const copy = vi.fn();
    show(issue(), { copy });
    const cases: [string, string][] = [
      ['Copy key', 'ABC-123'],
      ['Copy link', urlOf('ABC-123')],
      ['Copy key and summary', 'ABC-123: Fix login on Safari'],
      ['Copy branch name', 'abc-123-fix-login-on-safari'],
    ];
    for (const [button, expected] of cases) {
      fireEvent.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(copy).toHaveBeenLastCalledWith(expected));
      await waitFor(() => expect(screen.getByRole('status').textContent).toContain(expected));
    }
  });

  it('says when the browser refused to copy', async () => {
    show(issue(), { copy: () => Promise.reject(new Error('denied')) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy key' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy the key. The browser did not allow it.'));
  });

  it('lists the parent and the sub-tasks, each opening in the view', () => {
    const onOpen = vi.fn();
    show(issue({ parent: { id: '9', key: 'ABC-9', summary: 'Epic <b>bold</b>' }, subtasks: [sub('ABC-124', 'First'), sub('ABC-125', 'Second')] }), { onOpen });
    fireEvent.click(screen.getByRole('button', { name: 'ABC-9 Epic <b>bold</b>' }));
    const subtasks = screen.getByRole('region', { name: 'Sub-tasks' });
    expect(within(subtasks).getByRole('heading').textContent).toBe('Sub-tasks (2)');
    fireEvent.click(within(subtasks).getByRole('button', { name: 'ABC-125 Second' }));
    expect(onOpen.mock.calls).toEqual([['ABC-9'], ['ABC-125']]);
  });

  it('shows Edit only when the edit form is wired, and hands it the issue', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    cleanup();
    const onEdit = vi.fn();
    const view = issue();
    show(view, { onEdit });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(onEdit).toHaveBeenCalledWith(view);
  });
});
