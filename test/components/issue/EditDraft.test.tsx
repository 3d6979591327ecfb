// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EditableIssue } from '../../../components/issue/EditableIssue.tsx';
import { OpenIssue } from '../../../components/issue/OpenIssue.tsx';
import { DraftStorage } from '../../../components/ui/draft-storage.ts';
import { CodedError } from '../../../lib/errors.ts';
import type { StorageArea } from '../../../lib/storage/area.ts';
import { memoryArea } from '../../fake-storage.ts';
import { type } from '../create/helpers.ts';
import { editWorker } from './edit-fixtures.ts';
import { editButton, openForm, save, summary, title } from './edit-helpers.tsx';
import { issue, session, SITE, urlOf } from './fixtures.ts';

const KEY = 'draft.edit.c-acme.ABC-123';

function show(area: StorageArea, overrides: Parameters<typeof editWorker>[0] = {}) {
  const w = editWorker(overrides);
  const view = issue();
  render(
    <DraftStorage.Provider value={area}>
      <EditableIssue request={w.request} siteId={SITE.id} issue={view} url={urlOf(view.key)} copy={() => {}} onOpen={() => {}} />
    </DraftStorage.Provider>,
  );
  return w;
}

async function typeAndClose(area: StorageArea, data: Record<string, unknown>) {
  show(area);
  await openForm();
  type(summary(), 'Fix login on Safari 17');
  cleanup();
  await waitFor(() => expect(data[KEY]).toBeDefined());
}

const continueButton = () => screen.findByRole('button', { name: 'Continue editing' });

describe('edit: drafts', () => {
  afterEach(cleanup);

  it('offers the unsaved changes when the issue opens again, and puts them back into the form', async () => {
    const { area, data } = memoryArea();
    await typeAndClose(area, data);
    expect(data[KEY]).toMatchObject({ kind: 'edit', issueKey: 'ABC-123', fields: { summary: { value: 'Fix login on Safari 17' } } });
    show(area);
    const notice = await screen.findByText('You have unsaved changes to ABC-123');
    expect(notice.closest('[role="status"]')?.textContent).toContain('saved just now');
    fireEvent.click(await continueButton());
    await screen.findByRole('form', { name: 'Edit ABC-123' });
    await waitFor(() => expect(summary().value).toBe('Fix login on Safari 17'));
    expect(screen.getByText('Draft restored')).toBeTruthy();
  });

  it('is removed only once Jira accepts the save; a refused save keeps it', async () => {
    const { area, data } = memoryArea();
    await typeAndClose(area, data);
    const refused = new CodedError('jira_rejected', 'Jira is read-only.', { status: 400 });
    let refuse = true;
    const w = show(area, { 'issue.update': async () => (refuse ? Promise.reject(refused) : {}) });
    fireEvent.click(await continueButton());
    await waitFor(() => expect(summary().value).toBe('Fix login on Safari 17'));
    save();
    await screen.findByRole('alert');
    expect(data[KEY]).toBeDefined();
    refuse = false;
    save();
    await screen.findByText('ABC-123 saved.');
    await waitFor(() => expect(data[KEY]).toBeUndefined());
    expect(w.calls('issue.update')).toHaveLength(2);
    expect(title()).toBe('ABC-123 Fix login on Safari 17');
    expect(screen.queryByText(/You have unsaved changes/)).toBeNull();
  });

  it('Discard forgets the changes, with Undo; Cancel in the form discards too', async () => {
    const { area, data } = memoryArea();
    await typeAndClose(area, data);
    show(area);
    await continueButton();
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(data[KEY]).toBeUndefined());
    expect(screen.queryByText(/You have unsaved changes/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(data[KEY]).toBeDefined());
    fireEvent.click(await continueButton());
    await waitFor(() => expect(summary().value).toBe('Fix login on Safari 17'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(editButton());
    await waitFor(() => expect(data[KEY]).toBeUndefined());
  });

  it('Open lists the issues with unsaved changes on this site', async () => {
    const { area, data } = memoryArea();
    await typeAndClose(area, data);
    const w = editWorker({ 'issue.get': async () => ({ issue: issue(), url: urlOf('ABC-123') }) });
    render(
      <DraftStorage.Provider value={area}>
        <OpenIssue request={w.request} session={session()} copy={() => {}} />
      </DraftStorage.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Open ABC-123' }));
    fireEvent.click(await continueButton());
    await waitFor(() => expect(summary().value).toBe('Fix login on Safari 17'));
  });

  it('says when the browser refuses to store the unsaved changes', async () => {
    const { area } = memoryArea();
    show({ ...area, set: () => Promise.reject(new Error('Storage error')) });
    await openForm();
    type(summary(), 'Fix login on Safari 17');
    const note = await screen.findByText(/could not be saved/);
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent).toBe('Your draft could not be saved in this browser: Storage error. Keep this window open until you save your changes.');
    expect(summary().value).toBe('Fix login on Safari 17');
  });

  it('newer changes saved in another window win: this window writes nothing over them and offers them on request', async () => {
    const { area, data } = memoryArea();
    show(area);
    await openForm();
    type(summary(), 'Fix login');
    await waitFor(() => expect(data[KEY]).toBeDefined());
    const newer = {
      kind: 'edit', savedAt: Date.now(), siteId: SITE.id, issueKey: 'ABC-123', by: 'the-other-window',
      fields: { summary: { kind: 'text', name: 'Summary', value: 'Fix login on Safari 17' } },
    };
    await area.set({ [KEY]: newer });
    await screen.findByText(/This draft was changed in another window/);
    type(summary(), 'Fix login everywhere');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(data[KEY]).toEqual(newer);

    fireEvent.click(screen.getByRole('button', { name: 'Load the newer version' }));
    fireEvent.click(await continueButton());
    await waitFor(() => expect(summary().value).toBe('Fix login on Safari 17'));
    expect(screen.queryByText(/This draft was changed in another window/)).toBeNull();
  });

  it('Open lists the captures with unsaved text on this site, and reopens the capture window', async () => {
    const capture = (siteId: string, summary: string) => ({
      kind: 'create', savedAt: Date.now() - 10 * 60_000, siteId, fields: { summary: { kind: 'text', name: 'Summary', value: summary } },
    });
    const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';
    const { area } = memoryArea({
      [`draft.capture.${ID}`]: capture(SITE.id, 'Login fails on Safari'),
      'draft.capture.5f0e2b8a-1c3d-4e5f-8a9b-0c1d2e3f4a5b': capture('c-globex', 'Another site'),
    });
    const w = editWorker({ 'capture.open': async () => ({}) });
    render(
      <DraftStorage.Provider value={area}>
        <OpenIssue request={w.request} session={session()} copy={() => {}} />
      </DraftStorage.Provider>,
    );
    const reopen = await screen.findByRole('button', { name: 'Reopen capture: Login fails on Safari' });
    expect(reopen.closest('li')?.textContent).toContain('saved 10 min ago');
    expect(screen.queryByRole('button', { name: /Another site/ })).toBeNull();
    fireEvent.click(reopen);
    await waitFor(() => expect(w.calls('capture.open')).toEqual([{ id: ID }]));
  });
});
