// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueActions } from '../../../components/popup/IssueActions.tsx';
import { page } from '../find/fixtures.ts';
import { fakeWorker } from '../fake-worker.ts';
import { globex, session } from './fixtures.ts';

// The Create and Open sections are tested on their own; here they are stubs that show their props.
vi.mock('../../../components/create/CreateIssue.tsx', () => ({
  CreateIssue: ({ session, onCreated }: { session: { site: { name: string } }; onCreated: (key: string) => void }) => (
    <button type="button" onClick={() => onCreated('NEW-5')}>
      Create stub on {session.site.name}
    </button>
  ),
}));
vi.mock('../../../components/issue/OpenIssue.tsx', () => ({
  OpenIssue: ({ initialKey, copy }: { initialKey?: string; copy: (text: string) => void }) => (
    <div>
      <p>Open stub {initialKey ?? 'empty'}</p>
      <button type="button" onClick={() => copy(initialKey ?? '')}>
        Copy stub
      </button>
    </div>
  ),
}));

function setup(initial?: { open?: string }) {
  const worker = fakeWorker({
    'issues.search': async () => page([1, 2]),
    'search.recent': async () => ({ queries: [] }),
    'create.lastUsed': async () => ({}),
    'activity.list': async () => ({ entries: [] }),
    'activity.seen': async () => ({}),
  });
  const copy = vi.fn(async () => undefined);
  const view = render(<IssueActions request={worker.request} session={session()} copy={copy} initial={initial} />);
  return { worker, copy, view };
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selected = () => screen.getByRole('tab', { selected: true }).textContent;
const panel = () => screen.getByRole('tabpanel');

describe('issue actions: tabs', () => {
  afterEach(cleanup);

  it('shows Create, Find, Open and Activity as tabs, Create first, with one visible panel', () => {
    setup();
    const list = screen.getByRole('tablist', { name: 'Issue actions' });
    expect(within(list).getAllByRole('tab').map((t) => t.textContent)).toEqual(['Create', 'Find', 'Open', 'Activity']);
    expect(selected()).toBe('Create');
    expect(panel().textContent).toBe('Create stub on Acme');
    expect(panel().getAttribute('aria-labelledby')).toBe(tab('Create').id);
    expect(tab('Create').getAttribute('aria-controls')).toBe(panel().id);
    // Only the chosen tab is in the Tab order.
    expect(['Create', 'Find', 'Open', 'Activity'].map((name) => tab(name).tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('arrow keys, Home and End move between the tabs, select them and move focus, wrapping', async () => {
    setup();
    tab('Create').focus();
    fireEvent.keyDown(tab('Create'), { key: 'ArrowRight' });
    expect(selected()).toBe('Find');
    expect(document.activeElement).toBe(tab('Find'));
    expect(tab('Find').tabIndex).toBe(0);
    expect(await within(panel()).findByRole('textbox', { name: 'JQL' })).toBeTruthy();
    fireEvent.keyDown(tab('Find'), { key: 'ArrowRight' });
    expect(selected()).toBe('Open');
    fireEvent.keyDown(tab('Open'), { key: 'ArrowRight' });
    expect(selected()).toBe('Activity');
    fireEvent.keyDown(tab('Activity'), { key: 'ArrowRight' });
    expect(selected()).toBe('Create');
    fireEvent.keyDown(tab('Create'), { key: 'ArrowLeft' });
    expect(selected()).toBe('Activity');
    expect(document.activeElement).toBe(tab('Activity'));
    fireEvent.keyDown(tab('Activity'), { key: 'Home' });
    expect(selected()).toBe('Create');
    fireEvent.keyDown(tab('Create'), { key: 'End' });
    expect(selected()).toBe('Activity');
    fireEvent.keyDown(tab('Activity'), { key: 'ArrowLeft' });
    expect(selected()).toBe('Open');
    await waitFor(() => expect(panel().textContent).toContain('Open stub empty'));
  });

  it("starts on Open with the key of a watch's notification (popup.html?open=KEY)", async () => {
    setup({ open: 'WEB-7' });
    expect(selected()).toBe('Open');
    await waitFor(() => expect(panel().textContent).toContain('Open stub WEB-7'));
  });

  it('a click selects a tab; a section keeps what it showed while hidden', async () => {
    setup();
    fireEvent.click(tab('Find'));
    fireEvent.click(await within(panel()).findByRole('button', { name: 'Watching' }));
    await waitFor(() => expect(within(panel()).getAllByRole('option')).toHaveLength(2));
    fireEvent.click(tab('Create'));
    expect(screen.queryByRole('option')).toBeNull();
    fireEvent.click(tab('Find'));
    expect(within(panel()).getAllByRole('option')).toHaveLength(2);
  });
});

describe('issue actions: Find hands over to Open', () => {
  afterEach(cleanup);

  it('choosing a result switches to Open with its key, focused, and passes copy along', async () => {
    const { copy } = setup();
    fireEvent.click(tab('Find'));
    fireEvent.click(await within(panel()).findByRole('button', { name: 'My open issues' }));
    const list = await within(panel()).findByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(selected()).toBe('Open');
    await waitFor(() => expect(panel().textContent).toContain('Open stub ABC-2'));
    expect(document.activeElement).toBe(panel());
    fireEvent.click(within(panel()).getByRole('button', { name: 'Copy stub' }));
    expect(copy).toHaveBeenCalledWith('ABC-2');
    // Back in Find, the results are still there, and another one opens in turn.
    fireEvent.click(tab('Find'));
    fireEvent.click(within(panel()).getByText('Issue number 1'));
    expect(selected()).toBe('Open');
    expect(panel().textContent).toContain('Open stub ABC-1');
  });

  it('after an issue is created, "Recently updated" in Find searches its project', async () => {
    const { worker } = setup();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Create stub on Acme' }));
    fireEvent.click(tab('Find'));
    await waitFor(() => expect(worker.calls('create.lastUsed')).toHaveLength(1));
    fireEvent.click(await within(panel()).findByRole('button', { name: 'Recently updated in NEW' }));
    expect(worker.calls('issues.search')).toEqual([{ siteId: 'c-acme', jql: 'project = "NEW" ORDER BY updated DESC' }]);
  });

  it('a site switch starts the sections afresh', async () => {
    const { worker, view } = setup();
    fireEvent.click(tab('Find'));
    fireEvent.click(await within(panel()).findByRole('button', { name: 'Watching' }));
    await waitFor(() => expect(within(panel()).getAllByRole('option')).toHaveLength(2));
    view.rerender(<IssueActions request={worker.request} session={session({ site: globex })} copy={vi.fn()} />);
    expect(selected()).toBe('Find');
    expect(within(panel()).queryByRole('option')).toBeNull();
    await waitFor(() => expect(worker.calls('search.recent')).toEqual([{ siteId: 'c-acme' }, { siteId: 'c-globex' }]));
  });
});
