// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenIssue } from '../../../components/issue/OpenIssue.tsx';
import { CodedError } from '../../../lib/errors.ts';
import { controlNetwork, goOffline, goOnline } from '../ui/network.ts';
import { fakeWorker } from '../fake-worker.ts';
import { deferred, issue, session, SITE, sub, urlOf } from './fixtures.ts';

afterEach(cleanup);

const field = () => screen.getByRole('textbox', { name: 'Issue key or link' }) as HTMLInputElement;
const heading = (name: string) => screen.findByRole('heading', { level: 2, name });

function type(value: string) {
  fireEvent.input(field(), { target: { value } });
}

/** Types into the field and presses Enter (submits the form). */
function openWithEnter(value: string) {
  type(value);
  fireEvent.submit(field().form!);
}

function worker() {
  return fakeWorker({
    'issue.get': async ({ key }) => {
      if (key === 'ABC-404') throw new CodedError('issue_not_found', 'Issue does not exist or you do not have permission to see it.', { status: 404 });
      return { issue: issue({ key, summary: `Summary of ${key}` }), url: urlOf(key) };
    },
  });
}

describe('OpenIssue', () => {
  it('opens a key typed in lowercase', async () => {
    const w = worker();
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('abc-123');
    await heading('ABC-123 Summary of ABC-123');
    expect(w.calls('issue.get')).toEqual([{ siteId: SITE.id, key: 'ABC-123' }]);
  });

  it('opens the issue a pasted /browse/ link names, with the Open button', async () => {
    const w = worker();
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    type('https://acme.atlassian.net/browse/ABC-77');
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await heading('ABC-77 Summary of ABC-77');
    expect(w.calls('issue.get')).toEqual([{ siteId: SITE.id, key: 'ABC-77' }]);
  });

  it('opens the selected issue of a pasted board link', async () => {
    const w = worker();
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('https://acme.atlassian.net/jira/software/projects/ABC/boards/1?selectedIssue=ABC-9');
    await heading('ABC-9 Summary of ABC-9');
    expect(w.calls('issue.get')).toEqual([{ siteId: SITE.id, key: 'ABC-9' }]);
  });

  it('explains a badly formed key next to the field and sends nothing', async () => {
    const w = worker();
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('123');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Add the project key before the number, e.g. ABC-123.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe(alert.id);
    openWithEnter('');
    expect(screen.getByRole('alert').textContent).toBe('Type an issue key such as ABC-123, or paste a link to the issue.');
    expect(w.fn).not.toHaveBeenCalled();
  });

  it('says when the issue does not exist or cannot be seen', async () => {
    const w = worker();
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('ABC-404');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('ABC-404 does not exist, or you do not have permission to see it.');
    expect(field().getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('shows that it is opening the issue while Jira answers', async () => {
    const reply = deferred<{ issue: ReturnType<typeof issue>; url: string }>();
    const w = fakeWorker({ 'issue.get': () => reply.promise });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('abc-5');
    expect(screen.getByRole('status').textContent).toBe('Opening ABC-5…');
    reply.resolve({ issue: issue({ key: 'ABC-5' }), url: urlOf('ABC-5') });
    await heading('ABC-5 Fix login on Safari');
    expect(screen.getAllByRole('status')[0]?.textContent).toBe('');
  });

  it('offers to try again after another failure', async () => {
    let n = 0;
    const w = fakeWorker({
      'issue.get': async ({ key }) => {
        n += 1;
        if (n === 1) throw new CodedError('network', 'You seem to be offline.');
        return { issue: issue({ key }), url: urlOf(key) };
      },
    });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('ABC-123');
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach Atlassian.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await heading('ABC-123 Fix login on Safari');
  });

  it('hands a lost sign-in to the popup', async () => {
    const lost = vi.fn();
    const w = fakeWorker({ 'issue.get': async () => { throw new CodedError('reconnect_needed', 'Sign in again.'); } });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} onSessionProblem={lost} />);
    openWithEnter('ABC-1');
    await waitFor(() => expect(lost).toHaveBeenCalledTimes(1));
    expect(lost.mock.calls[0]?.[0]).toMatchObject({ code: 'reconnect_needed' });
  });

  it('opens the key it was given at once', async () => {
    const w = worker();
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} initialKey="abc-42" />);
    await heading('ABC-42 Summary of ABC-42');
    expect(field().value).toBe('abc-42');
  });

  it('opens the parent and a sub-task in the view, and moves focus to the new heading', async () => {
    const w = fakeWorker({
      'issue.get': async ({ key }) => ({
        issue: key === 'ABC-2'
          ? issue({ key, summary: 'Child', parent: { id: '1', key: 'ABC-1', summary: 'Parent epic' }, subtasks: [] })
          : issue({ key, summary: 'Parent epic', subtasks: [sub('ABC-2', 'Child')] }),
        url: urlOf(key),
      }),
    });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('ABC-2');
    await heading('ABC-2 Child');
    fireEvent.click(screen.getByRole('button', { name: 'ABC-1 Parent epic' }));
    const parent = await heading('ABC-1 Parent epic');
    await waitFor(() => expect(document.activeElement).toBe(parent));
    expect(field().value).toBe('ABC-1');
    fireEvent.click(screen.getByRole('button', { name: 'ABC-2 Child' }));
    await heading('ABC-2 Child');
    expect(w.calls('issue.get').map((p) => (p as { key: string }).key)).toEqual(['ABC-2', 'ABC-1', 'ABC-2']);
  });

  it('keeps only the latest issue when answers cross', async () => {
    const first = deferred<{ issue: ReturnType<typeof issue>; url: string }>();
    const second = deferred<{ issue: ReturnType<typeof issue>; url: string }>();
    const replies = [first, second];
    const w = fakeWorker({ 'issue.get': () => replies.shift()!.promise });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    openWithEnter('ABC-1');
    openWithEnter('ABC-2');
    second.resolve({ issue: issue({ key: 'ABC-2', summary: 'Second' }), url: urlOf('ABC-2') });
    await heading('ABC-2 Second');
    first.resolve({ issue: issue({ key: 'ABC-1', summary: 'First' }), url: urlOf('ABC-1') });
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('ABC-2 Second');
  });
});

describe('OpenIssue offline', () => {
  beforeEach(controlNetwork);

  it('keeps the typed key, then opens the issue by itself when the browser is back online', async () => {
    const answers = [
      () => Promise.reject(new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.')),
      async () => ({ issue: issue({ key: 'ABC-5', summary: 'Back online' }), url: urlOf('ABC-5') }),
    ];
    const w = fakeWorker({ 'issue.get': () => answers.shift()!() });
    render(<OpenIssue request={w.request} session={session()} copy={() => {}} />);
    goOffline();
    openWithEnter('abc-5');
    await screen.findByText('You are offline: this loads again by itself when you are back online.');
    expect(field().value).toBe('abc-5');
    await act(goOnline);
    await heading('ABC-5 Back online');
    expect(w.calls('issue.get')).toEqual([{ siteId: SITE.id, key: 'ABC-5' }, { siteId: SITE.id, key: 'ABC-5' }]);
    expect(field().value).toBe('abc-5');
  });
});
