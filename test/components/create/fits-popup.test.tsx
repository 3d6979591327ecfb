// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import { DraftStorage } from '../../../components/ui/draft-storage.ts';
import { memoryArea } from '../../fake-storage.ts';
import { BIG, BUG, createWorker, OPS, session, WEB } from './fixtures.ts';

const DOCS = { id: '10003', key: 'DOCS', name: 'Docs' };
import { choose, createButton, openMoreFields, projectBox, type } from './helpers.ts';

const lastUsedBug = { 'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: BUG.id }) };
const optionNames = () => within(screen.getByRole('listbox', { name: 'Project' })).getAllByRole('option').map((o) => o.textContent);

function show(area = memoryArea().area, worker = createWorker(lastUsedBug)) {
  render(
    <DraftStorage.Provider value={area}>
      <CreateIssue request={worker.request} session={session} />
    </DraftStorage.Provider>,
  );
  return worker;
}

describe('create: a form that fits the popup', () => {
  afterEach(cleanup);

  it('lists every project on a click in the Project box, before anything is typed', async () => {
    show(memoryArea().area, createWorker());
    const box = await screen.findByRole('combobox', { name: 'Project' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(box);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(optionNames()).toEqual(['Big Platform BIG', 'Website WEB', 'Operations OPS']);
  });

  it('lists the projects created in lately first, newest first, after the worker’s last used', async () => {
    const { area } = memoryArea({ 'create.recentProjects.c-acme': ['OPS', 'WEB'] });
    show(area, createWorker({ ...lastUsedBug, 'projects.list': async () => ({ projects: [BIG, WEB, OPS, DOCS] }) }));
    await screen.findByRole('combobox', { name: 'Severity' });
    fireEvent.focus(projectBox());
    await waitFor(() => expect(optionNames()).toEqual(['Big Platform BIG', 'Operations OPS', 'Website WEB', 'Docs DOCS']));
    expect(document.querySelectorAll('.combo-recent')).toHaveLength(3);
  });

  it('remembers a create’s project as recent', async () => {
    const { area, data } = memoryArea();
    show(area);
    type(await screen.findByRole('textbox', { name: 'Summary' }), 'Login fails');
    choose(screen.getByRole('combobox', { name: 'Severity' }), 'Minor');
    fireEvent.click(createButton());
    await waitFor(() => expect(data['create.recentProjects.c-acme']).toEqual(['BIG']));
  });

  it('keeps optional fields behind More fields, open next time for the same project and type if it was left open', async () => {
    const { area, data } = memoryArea();
    show(area);
    await screen.findByRole('combobox', { name: 'Severity' });
    expect(screen.queryByRole('combobox', { name: 'Priority' })).toBeNull();
    await openMoreFields();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toBeTruthy();
    await waitFor(() => expect(data['create.moreFields']).toEqual({ [`c-acme/BIG/${BUG.id}`]: true }));
    cleanup();
    show(area);
    expect(await screen.findByRole('combobox', { name: 'Priority' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^More fields/ }).getAttribute('aria-expanded')).toBe('true');
  });
});
