// @vitest-environment happy-dom
// The popup's first frame (components/popup/first-frame-start.ts): the header and the whole Create
// form in the first render, from what the worker left in storage.session, before any message; then
// the worker's confirmation, which corrects a stale frame without losing what the user typed.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirstFrameStart } from '../../../components/popup/first-frame-start.ts';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import type { ReplyOf } from '../../../lib/messaging/protocol.ts';
import type { StoredDraft } from '../../../lib/storage/drafts.ts';
import type { FirstFrame } from '../../../lib/storage/first-frame.ts';
import { BIG, BUG, SCREENS, STORY, TASK, WEB, createWorker } from '../create/fixtures.ts';
import { acme, deferred, session } from './fixtures.ts';

const who = () => document.querySelector('.who')?.textContent;

function frame(overrides: Partial<NonNullable<FirstFrame['create']>> = {}): FirstFrame {
  return {
    session: session({ site: acme }),
    create: {
      siteId: acme.id,
      projects: [BIG, WEB],
      lastUsed: { projectKey: 'BIG', issueTypeId: BUG.id },
      issueTypes: { projectKey: 'BIG', types: [TASK, BUG, STORY] },
      fields: { projectKey: 'BIG', issueTypeId: BUG.id, fields: SCREENS[`BIG/${BUG.id}`]! },
      ...overrides,
    },
  };
}

const start = (first: FirstFrame, draft?: StoredDraft): FirstFrameStart => {
  let read: { draft: StoredDraft | undefined } | undefined = { draft };
  return {
    frame: first,
    reply: null,
    takeDraft: () => {
      const taken = read;
      read = undefined;
      return taken;
    },
  };
};

describe('popup: the first frame', () => {
  afterEach(cleanup);

  it('renders the header and the Create form from the frame alone, with no answer from the worker', () => {
    const worker = createWorker({ 'popup.start': () => new Promise(() => {}) });
    render(<PopupApp request={worker.request} openSettings={() => {}} start={start(frame())} />);
    expect(who()).toBe('Alana Grant on Acme');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveProperty('value', 'Big Platform (BIG)');
    expect(screen.getByRole('combobox', { name: 'Issue type' })).toHaveProperty('value', BUG.id);
    expect(screen.getByRole('textbox', { name: 'Summary' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create issue' })).toBeTruthy();
    // At most the confirmation was asked for (still unanswered).
    expect(worker.fn.mock.calls.map(([type]) => type).filter((type) => type !== 'popup.start')).toEqual([]);
  });

  it('then asks only for the confirmation, none of the Create form’s lists', async () => {
    const worker = createWorker({ 'popup.start': () => new Promise(() => {}) });
    render(<PopupApp request={worker.request} openSettings={() => {}} start={start(frame())} />);
    await waitFor(() => expect(worker.calls('popup.start')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.fn.mock.calls.map(([type]) => type)).toEqual(['popup.start']);
  });

  it('starts at the draft’s project and type, with its text, in the first render', () => {
    const worker = createWorker({ 'popup.start': () => new Promise(() => {}) });
    const draft: StoredDraft = {
      kind: 'create',
      savedAt: Date.now(),
      siteId: acme.id,
      projectKey: 'BIG',
      issueTypeId: BUG.id,
      fields: { summary: { kind: 'text', name: 'Summary', value: 'Typed before' } },
    };
    render(<PopupApp request={worker.request} openSettings={() => {}} start={start(frame(), draft)} />);
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('value', 'Typed before');
  });

  it('asks the worker once after the first frame, then checks the sign-in; an unchanged answer changes nothing', async () => {
    const first = frame();
    const worker = createWorker({
      'popup.start': async () => ({ frame: first, checked: false }),
      'session.get': async () => session({ site: acme }),
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} start={start(first)} />);
    await waitFor(() => expect(worker.calls('session.get')).toHaveLength(1));
    expect(worker.fn.mock.calls.map(([type]) => type)).toEqual(['popup.start', 'session.get']);
  });

  it('a stale frame is corrected by the worker’s answer, keeping what the user typed', async () => {
    const answer = deferred<ReplyOf<'popup.start'>>();
    const worker = createWorker({ 'popup.start': () => answer.promise, 'session.get': async () => session({ site: acme }) });
    // The frame still has Story's screen for Bug, and only BIG.
    const stale = frame({ projects: [BIG], fields: { projectKey: 'BIG', issueTypeId: BUG.id, fields: SCREENS[`BIG/${STORY.id}`]! } });
    render(<PopupApp request={worker.request} openSettings={() => {}} start={start(stale)} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Summary' }), { target: { value: 'Typed while stale' } });
    expect(screen.queryByRole('combobox', { name: 'Severity' })).toBeNull();

    answer.resolve({ frame: frame(), checked: false });
    await screen.findByRole('combobox', { name: 'Severity' });
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('value', 'Typed while stale');
  });

  it('with no frame, popup.start already on its way fills the first render it answers', async () => {
    const worker = createWorker({ 'session.get': async () => session({ site: acme }) });
    const reply = Promise.resolve({ frame: frame(), checked: true });
    render(<PopupApp request={worker.request} openSettings={() => {}} start={{ frame: null, reply, takeDraft: () => ({ draft: undefined }) }} />);
    await screen.findByRole('button', { name: 'Create issue' });
    expect(who()).toBe('Alana Grant on Acme');
    // Checked already: no session.get, and the Create lists came with the answer.
    expect(worker.fn).not.toHaveBeenCalled();
  });
});
