// @vitest-environment happy-dom
// The toolbar popup and a `jira …` tab showing the same site's create form: two windows on one
// draft. The other window is what it is to this one: writes and removals in the shared
// storage.local, by another writer.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import { DraftStorage } from '../../../components/ui/draft-storage.ts';
import { DRAFT_DELAY_MS } from '../../../components/ui/useDraftSaver.ts';
import type { WatchedArea } from '../../../lib/storage/area.ts';
import { memoryArea } from '../../fake-storage.ts';
import { BUG, createWorker, session, STORY } from './fixtures.ts';
import { type } from './helpers.ts';

const KEY = 'draft.create.c-acme';
const CHANGED = /This draft was changed in another window/;
const REMOVED = /This draft was removed in another window/;
const summary = () => screen.getByRole('textbox', { name: 'Summary' }) as HTMLInputElement;

async function openWindow(area: WatchedArea) {
  const worker = createWorker({ 'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: STORY.id }) });
  render(
    <DraftStorage.Provider value={area}>
      <CreateIssue request={worker.request} session={session} />
    </DraftStorage.Provider>,
  );
  await screen.findByRole('button', { name: /^More fields/ });
}

/** A draft as another window writes it. */
const fromOtherWindow = (text: string, issueTypeId = STORY.id) => ({
  kind: 'create', savedAt: Date.now(), siteId: 'c-acme', projectKey: 'BIG', issueTypeId, by: 'the-other-window',
  fields: { summary: { kind: 'text', name: 'Summary', value: text } },
});
const stored = (data: Record<string, unknown>) => (data[KEY] as { fields: { summary?: { value: unknown } } } | undefined)?.fields.summary?.value;
/** Long enough for a debounced write to have happened. */
const pause = () => new Promise((resolve) => setTimeout(resolve, DRAFT_DELAY_MS * 2));

describe('create: one draft in two windows', () => {
  afterEach(cleanup);

  it('the newer edit from another window wins: this window says so, writes nothing over it, and loads it when asked', async () => {
    const { area, data } = memoryArea();
    await openWindow(area);
    type(summary(), 'Export fails');
    await waitFor(() => expect(stored(data)).toBe('Export fails'));
    await pause();
    // Its own writes tell this window nothing.
    expect(screen.queryByText(CHANGED)).toBeNull();

    // The other window moved the draft to another issue type, too.
    await area.set({ [KEY]: fromOtherWindow('Export fails on Safari', BUG.id) });
    const note = await screen.findByText(CHANGED);
    expect(note.closest('[role="status"]')).not.toBeNull();
    type(summary(), 'Typed in the older window');
    await pause();
    expect(stored(data)).toBe('Export fails on Safari');

    fireEvent.click(screen.getByRole('button', { name: 'Load the newer version' }));
    await screen.findByRole('combobox', { name: 'Severity' });
    expect((screen.getByRole('combobox', { name: 'Issue type' }) as HTMLSelectElement).value).toBe(BUG.id);
    await waitFor(() => expect(summary().value).toBe('Export fails on Safari'));
    expect(screen.queryByText(CHANGED)).toBeNull();
    await screen.findByText('Draft restored');

    // Having chosen, this window saves again.
    type(summary(), 'Export fails on Safari 17');
    await waitFor(() => expect(stored(data)).toBe('Export fails on Safari 17'));
  });

  it('keeps its older version only when the user says so, and writes nothing over the newer one when closed before', async () => {
    const { area, data } = memoryArea();
    await openWindow(area);
    type(summary(), 'Export fails');
    await waitFor(() => expect(stored(data)).toBe('Export fails'));
    await area.set({ [KEY]: fromOtherWindow('Newer text') });
    await screen.findByText(CHANGED);
    fireEvent.click(screen.getByRole('button', { name: 'Keep this version' }));
    await waitFor(() => expect(stored(data)).toBe('Export fails'));
    expect(screen.queryByText(CHANGED)).toBeNull();

    await area.set({ [KEY]: fromOtherWindow('Newest text') });
    await screen.findByText(CHANGED);
    type(summary(), 'Typed before closing');
    cleanup();
    await pause();
    expect(stored(data)).toBe('Newest text');
  });

  it('a draft removed in another window (the issue was created there) is not written back, unless the user keeps it', async () => {
    const { area, data } = memoryArea({ [KEY]: fromOtherWindow('Export fails') });
    await openWindow(area);
    await waitFor(() => expect(summary().value).toBe('Export fails'));

    await area.remove(KEY);
    expect((await screen.findByText(REMOVED)).closest('[role="status"]')).not.toBeNull();
    type(summary(), 'Export fails again');
    await pause();
    expect(data[KEY]).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Keep a draft of this form' }));
    await waitFor(() => expect(stored(data)).toBe('Export fails again'));
    expect(screen.queryByText(REMOVED)).toBeNull();
  });

  it('says nothing when this window removes its own draft (Jira created the issue here)', async () => {
    const { area, data } = memoryArea({ [KEY]: fromOtherWindow('Export fails') });
    await openWindow(area);
    await waitFor(() => expect(summary().value).toBe('Export fails'));
    fireEvent.click(screen.getByRole('button', { name: 'Create issue' }));
    await screen.findByRole('heading', { name: /^Created / });
    await waitFor(() => expect(data[KEY]).toBeUndefined());
    fireEvent.click(screen.getByRole('button', { name: 'Create another' }));
    await screen.findByRole('textbox', { name: 'Summary' });
    await pause();
    expect(screen.queryByText(REMOVED)).toBeNull();
  });
});
