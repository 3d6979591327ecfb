// @vitest-environment happy-dom
// The capture window's opening (entrypoints/capture/main.tsx): capture.get sent before the first
// render, and the popup's first frame shown as the session, confirmed with one popup.start; the
// Create form starts from the frame's projects, types and fields, with the template's choice.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureApp } from '../../../components/capture/CaptureApp.tsx';
import { DEFAULT_TEMPLATE, type Template } from '../../../lib/capture/template.ts';
import type { StoredDraft } from '../../../lib/storage/drafts.ts';
import type { FirstFrame } from '../../../lib/storage/first-frame.ts';
import { BIG, BUG, createWorker, SCREENS, STORY, TASK, WEB } from '../create/fixtures.ts';
import { acme, session } from '../popup/fixtures.ts';

const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';
const CAPTURE = { id: ID, selection: 'Checkout button is grey', url: 'https://example.com/shop', title: 'Shop', createdAt: 1 };

describe('capture window: its opening', () => {
  afterEach(cleanup);

  it('takes the capture already asked for and the session from the first frame, without asking either again', async () => {
    const frame: FirstFrame = { session: session(), create: null };
    const worker = createWorker({
      'session.get': async () => session(),
      'capture.get': async () => ({ capture: CAPTURE, templates: [DEFAULT_TEMPLATE] }),
      'popup.start': async () => ({ frame, checked: true }),
      'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: STORY.id }),
    });
    const sent = Promise.resolve({ capture: CAPTURE, templates: [DEFAULT_TEMPLATE] });
    render(
      <CaptureApp
        request={worker.request}
        captureId={ID}
        openSettings={() => {}}
        closeWindow={() => {}}
        start={{ capture: sent, session: { frame, reply: null } }}
      />,
    );
    const captured = await screen.findByRole('region', { name: 'Captured' });
    expect(within(captured).getByText('Shop')).toBeTruthy();
    expect(((await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement).value).toBe('Checkout button is grey');
    expect(worker.calls('capture.get')).toEqual([]);
    expect(worker.calls('session.get')).toEqual([]);
    expect(worker.calls('popup.start')).toEqual([{}]);
  });
});

describe('capture window: its Create form from the first frame', () => {
  afterEach(cleanup);
  const TIED: Template = { id: 'tied', name: 'Web task', projectKey: 'WEB', issueTypeId: TASK.id, summary: 'Task: {{selection}}', description: '' };
  const GONE: Template = { id: 'gone', name: 'Old project', projectKey: 'OLD', summary: '{{title}}', description: '' };
  const create = (): NonNullable<FirstFrame['create']> => ({
    siteId: acme.id,
    projects: [BIG, WEB],
    lastUsed: { projectKey: 'BIG', issueTypeId: BUG.id },
    issueTypes: { projectKey: 'BIG', types: [TASK, BUG, STORY] },
    fields: { projectKey: 'BIG', issueTypeId: BUG.id, fields: SCREENS[`BIG/${BUG.id}`]! },
  });
  const listsAsked = (worker: ReturnType<typeof createWorker>) =>
    worker.fn.mock.calls.map(([type]) => type).filter((type) => ['projects.list', 'create.lastUsed', 'create.issueTypes', 'create.fields'].includes(type));

  function open(templates: Template[], draft?: StoredDraft) {
    const frame: FirstFrame = { session: session({ site: acme }), create: create() };
    const worker = createWorker({ 'popup.start': () => new Promise(() => {}) });
    let read: { draft: StoredDraft | undefined } | undefined = { draft };
    const takeDraft = (scope: string) => {
      if (scope !== `capture.${ID}`) return undefined;
      const taken = read;
      read = undefined;
      return taken;
    };
    render(
      <CaptureApp
        request={worker.request}
        captureId={ID}
        openSettings={() => {}}
        closeWindow={() => {}}
        start={{ capture: Promise.resolve({ capture: CAPTURE, templates }), session: { frame, reply: null }, takeDraft }}
      />,
    );
    return worker;
  }

  it('shows the last used project and type with the frame’s screen and the template’s text, asking for none of the lists', async () => {
    const worker = open([DEFAULT_TEMPLATE]);
    const summary = (await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement;
    expect(summary.value).toBe('Checkout button is grey');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveProperty('value', 'Big Platform (BIG)');
    expect(screen.getByRole('combobox', { name: 'Issue type' })).toHaveProperty('value', BUG.id);
    expect(screen.getByRole('combobox', { name: 'Severity' })).toBeTruthy();
    expect(listsAsked(worker)).toEqual([]);
  });

  it('a template’s project from the frame’s list, asking only for its types and its type’s screen', async () => {
    const worker = open([TIED]);
    const summary = (await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement;
    expect(summary.value).toBe('Task: Checkout button is grey');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveProperty('value', 'Website (WEB)');
    expect(screen.getByRole('combobox', { name: 'Issue type' })).toHaveProperty('value', TASK.id);
    expect(listsAsked(worker)).toEqual(['create.issueTypes', 'create.fields']);
  });

  it('a template’s project the site does not have: said so, and the last used project instead', async () => {
    const worker = open([GONE]);
    await screen.findByRole('textbox', { name: 'Summary' });
    expect(screen.getByText(/OLD/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveProperty('value', 'Big Platform (BIG)');
    expect(listsAsked(worker)).toEqual([]);
  });

  it('the capture’s draft, read with the frame, fills the form before the template', async () => {
    const draft: StoredDraft = {
      kind: 'create',
      savedAt: Date.now(),
      siteId: acme.id,
      projectKey: 'BIG',
      issueTypeId: BUG.id,
      fields: { summary: { kind: 'text', name: 'Summary', value: 'Typed in this window before' } },
    };
    const worker = open([TIED], draft);
    const summary = (await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement;
    expect(summary.value).toBe('Typed in this window before');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveProperty('value', 'Big Platform (BIG)');
    expect(listsAsked(worker)).toEqual([]);
  });
});
