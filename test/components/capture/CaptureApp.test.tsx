// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureApp } from '../../../components/capture/CaptureApp.tsx';
import { DEFAULT_TEMPLATE, type Template } from '../../../lib/capture/template.ts';
import { CodedError } from '../../../lib/errors.ts';
import type { RequestOf } from '../../../lib/messaging/protocol.ts';
import { BUG, createWorker, CREATED, STORY } from '../create/fixtures.ts';
import { choose, createButton, projectBox, type, typeSelect } from '../create/helpers.ts';
import { authState, session } from '../popup/fixtures.ts';

const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';
const CAPTURE = { id: ID, selection: 'Login fails on Safari\nafter an update', url: 'https://example.com/notes', title: 'Release notes', createdAt: 1 };
const BUG_TEMPLATE: Template = { id: 'bug', name: 'Bug report', projectKey: 'BIG', issueTypeId: BUG.id, summary: 'Bug: {{selection}}', description: 'From {{url}}' };
const MISSING_PROJECT: Template = { id: 'gone', name: 'Old project', projectKey: 'OLD', summary: '{{title}}', description: '' };

function setup(overrides: Parameters<typeof createWorker>[0] = {}, templates: Template[] = [DEFAULT_TEMPLATE, BUG_TEMPLATE, MISSING_PROJECT]) {
  const worker = createWorker({
    'session.get': async () => session(),
    'capture.get': async () => ({ capture: CAPTURE, templates }),
    'capture.done': async () => ({}),
    'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: STORY.id }),
    ...overrides,
  });
  const closeWindow = vi.fn();
  render(
    <CaptureApp request={worker.request} captureId={ID} openSettings={() => {}} closeWindow={closeWindow} copy={async () => {}} today={() => new Date(2026, 0, 2)} />,
  );
  return { worker, closeWindow };
}

const summary = () => screen.findByRole('textbox', { name: 'Summary' }) as Promise<HTMLInputElement>;
const description = () => screen.getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement;
const templateSelect = () => screen.getByRole('combobox', { name: 'Template' }) as HTMLSelectElement;

describe('capture window', () => {
  afterEach(cleanup);

  it('shows what was captured and the form prefilled from the default template', async () => {
    const { worker } = setup();
    const captured = await screen.findByRole('region', { name: 'Captured' });
    expect(within(captured).getByText('Release notes')).toBeTruthy();
    expect(within(captured).getByText('https://example.com/notes')).toBeTruthy();
    expect((await summary()).value).toBe('Login fails on Safari');
    expect(description().value).toBe('> Login fails on Safari\n> after an update\n\nSource: [Release notes](https://example.com/notes)');
    expect(templateSelect().value).toBe('default');
    expect(worker.calls('capture.get')).toEqual([{ id: ID }]);
    // Last used project and type when the template names none.
    expect(projectBox().value).toBe('Big Platform (BIG)');
    expect(typeSelect().value).toBe(STORY.id);
  });

  it('a template tied to a project and type preselects them and re-fills the text before the user typed', async () => {
    setup();
    await summary();
    choose(templateSelect(), 'Bug report');
    await waitFor(() => expect(typeSelect().value).toBe(BUG.id));
    await waitFor(async () => expect((await summary()).value).toBe('Bug: Login fails on Safari'));
    expect(description().value).toBe('From https://example.com/notes');
    expect(projectBox().value).toBe('Big Platform (BIG)');
  });

  it('asks before a template replaces typed text; Keep my text keeps it, Replace replaces it', async () => {
    setup();
    type(await summary(), 'My own words');
    choose(templateSelect(), 'Bug report');
    const question = await screen.findByRole('group', { name: /You changed the summary or description/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Keep my text' }));
    expect((await summary()).value).toBe('My own words');
    expect(templateSelect().value).toBe('default');
    choose(templateSelect(), 'Bug report');
    fireEvent.click(within(await screen.findByRole('group', { name: /You changed/ })).getByRole('button', { name: 'Replace' }));
    await waitFor(async () => expect((await summary()).value).toBe('Bug: Login fails on Safari'));
    expect(screen.queryByRole('group', { name: /You changed/ })).toBeNull();
  });

  it('Esc on the question keeps the typed text', async () => {
    setup();
    type(await summary(), 'Mine');
    choose(templateSelect(), 'Bug report');
    const question = await screen.findByRole('group', { name: /You changed/ });
    fireEvent.keyDown(within(question).getByRole('button', { name: 'Replace' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /You changed/ })).toBeNull();
    expect((await summary()).value).toBe('Mine');
  });

  it('says so, quietly, when the template’s project is not on this site', async () => {
    setup();
    await summary();
    choose(templateSelect(), 'Old project');
    await screen.findByText('The template’s project OLD isn’t available on this site.');
    expect(projectBox().value).toBe('Big Platform (BIG)');
  });

  it('not connected: shows the connect prompt with the capture kept, and the prefill after connecting', async () => {
    let connected = false;
    setup({
      'session.get': async () => {
        if (!connected) throw new CodedError('not_connected', 'Not connected');
        return session();
      },
      'auth.state': async () => authState('p1'),
      'auth.connect': async () => {
        connected = true;
        return session();
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Jira' }));
    expect(screen.getByRole('region', { name: 'Captured' })).toBeTruthy();
    expect((await summary()).value).toBe('Login fails on Safari');
  });

  it('after creating: copy buttons, the capture forgotten, and Close window', async () => {
    const { worker, closeWindow } = setup({ 'issue.create': async (p: RequestOf<'issue.create'>) => ({ ...CREATED, summary: String(p.fields.summary) }) });
    await summary();
    fireEvent.click(createButton());
    await screen.findByRole('heading', { name: 'Created BIG-7' });
    for (const name of ['Copy key', 'Copy link', 'Copy key and summary', 'Copy branch name']) expect(screen.getByRole('button', { name })).toBeTruthy();
    await waitFor(() => expect(worker.calls('capture.done')).toEqual([{ id: ID }]));
    fireEvent.click(screen.getByRole('button', { name: 'Close window' }));
    expect(closeWindow).toHaveBeenCalled();
  });

  it('a missing or expired capture says what happened and offers to close', async () => {
    const { closeWindow } = setup({ 'capture.get': async () => ({ capture: null, templates: [DEFAULT_TEMPLATE] }) });
    await screen.findByRole('heading', { name: 'Nothing to create from' });
    fireEvent.click(screen.getByRole('button', { name: 'Close window' }));
    expect(closeWindow).toHaveBeenCalled();
    expect(screen.queryByRole('textbox', { name: 'Summary' })).toBeNull();
  });

  it('an address without a capture id asks the worker nothing', async () => {
    const worker = createWorker({});
    render(<CaptureApp request={worker.request} captureId={null} openSettings={() => {}} closeWindow={() => {}} />);
    await screen.findByRole('heading', { name: 'Nothing to create from' });
    expect(worker.calls('capture.get')).toEqual([]);
  });
});
