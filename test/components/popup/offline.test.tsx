// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { Session } from '../../../lib/messaging/views.ts';
import { createWorker } from '../create/fixtures.ts';
import { chooseProject, chooseType, type } from '../create/helpers.ts';
import { controlNetwork, goOffline, goOnline } from '../ui/network.ts';
import { deferred, session } from './fixtures.ts';

const NETWORK = new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.');
const who = () => document.querySelector('.who')?.textContent;

beforeEach(controlNetwork);
afterEach(cleanup);

describe('popup offline', () => {
  it('works from the last session, and asks for the session again by itself when back online, keeping the form', async () => {
    const answers: (() => Promise<Session>)[] = [() => Promise.reject(NETWORK), async () => session()];
    const worker = createWorker({
      'session.cached': async () => session(),
      'session.get': () => answers.shift()!(),
    });
    goOffline();
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await waitFor(() => expect(screen.getByText('You are offline: this loads again by itself when you are back online.')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    await chooseProject('big');
    await chooseType('Task');
    const summary = (await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement;
    type(summary, 'Written on the train');

    await act(goOnline);
    await waitFor(() => expect(worker.calls('session.get')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/You are offline/)).toBeNull());
    expect(who()).toBe('Alana Grant on Acme');
    // The same field, never taken down while the session was asked again.
    expect(summary.isConnected).toBe(true);
    expect(summary.value).toBe('Written on the train');
  });

  it('paints the last session even when the failure comes back before it', async () => {
    const cached = deferred<Session | null>();
    const worker = createWorker({
      'session.cached': () => cached.promise,
      'session.get': () => Promise.reject(NETWORK),
    });
    goOffline();
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByText('You are offline: this loads again by itself when you are back online.');
    cached.resolve(session());
    await waitFor(() => expect(who()).toBe('Alana Grant on Acme'));
    expect(await screen.findByRole('combobox', { name: 'Project' })).toBeTruthy();
  });
});
