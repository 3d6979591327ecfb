// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { popupStartFrom } from '../../../lib/omnibox/popup-start.ts';
import { page } from '../find/fixtures.ts';
import { fakeWorker } from '../fake-worker.ts';
import { session } from './fixtures.ts';

describe('popup opened from the address bar (popup.html?find=words)', () => {
  afterEach(cleanup);

  it('starts on Find with a text search for the words, already run', async () => {
    const worker = fakeWorker({
      'session.get': async () => session(),
      'issues.search': async () => page([1]),
      'search.recent': async () => ({ queries: [] }),
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} initial={popupStartFrom('?find=login%20fails')} />);
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Find'));
    const jql = 'text ~ "login fails" ORDER BY updated DESC';
    await waitFor(() => expect(worker.calls('issues.search')).toEqual([{ siteId: 'c-acme', jql }]));
    expect((screen.getByRole('textbox', { name: /JQL/ }) as HTMLInputElement).value).toBe(jql);
  });

  it('without a start, the popup opens on Create and searches nothing', async () => {
    const worker = fakeWorker({ 'session.get': async () => session() });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Create'));
    expect(worker.calls('issues.search')).toEqual([]);
  });

  it('lists the keyboard shortcuts in a disclosure', async () => {
    const worker = fakeWorker({ 'session.get': async () => session() });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    const help = screen.getByText('Keyboard shortcuts');
    expect(help.tagName).toBe('SUMMARY');
    expect(screen.queryByText('Alt+J')).toBeNull();
    const details = help.parentElement as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    for (const key of ['Alt+J', 'Esc', 'Ctrl+Enter (⌘+Enter on a Mac)', 'jira, then Space or Tab']) expect(await screen.findByText(key)).toBeTruthy();
  });
});
