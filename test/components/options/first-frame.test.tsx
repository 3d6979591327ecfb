// @vitest-environment happy-dom
// The options page painted from its first frame (lib/storage/options-frame.ts): the profiles show in
// the first render, the worker's answer confirms or corrects them, and never undoes what the user
// changed before it came.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import type { AuthState } from '../../../lib/messaging/views.ts';
import { memoryArea } from '../../fake-storage.ts';
import { fakeWorker, type Handlers } from '../fake-worker.ts';
import { authState, profile } from './fixtures.tsx';

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const a = profile({ id: 'a', name: 'Alpha' });
const b = profile({ id: 'b', name: 'Beta' });

function renderFrom(frame: AuthState, handlers: Handlers) {
  let answer!: (state: AuthState) => void;
  const fake = fakeWorker(handlers);
  render(
    <OptionsApp
      request={fake.request}
      copy={vi.fn(async () => {})}
      ensureHostPermissions={vi.fn(async () => true)}
      templateStorage={{ sync: memoryArea().area, local: memoryArea().area }}
      start={{ frame, answer: new Promise<AuthState>((resolve) => (answer = resolve)) }}
    />,
  );
  return { answer, fake };
}

describe('options: the first frame', () => {
  afterEach(cleanup);

  it('shows the profiles in the first render, then what the worker answers', async () => {
    const frame = authState({ profiles: [a, b], selectedProfileId: 'a', connections: { a: { status: 'connected' } } });
    const { answer } = renderFrom(frame, { 'session.get': () => new Promise(() => {}) });
    expect(radio('Alpha — Connected').checked).toBe(true);
    expect(screen.queryByText('Loading your sign-in profiles…')).toBeNull();

    answer({ ...frame, connections: { a: { status: 'reconnect_needed' } } });
    await screen.findByRole('radio', { name: 'Alpha — Reconnect needed' });
  });

  it('an answer that comes after the user chose another profile does not undo the choice', async () => {
    const frame = authState({ profiles: [a, b], selectedProfileId: 'a' });
    const { answer } = renderFrom(frame, { 'profiles.select': ({ profileId }) => ({ ...frame, selectedProfileId: profileId }) });
    fireEvent.click(radio('Beta — Not connected'));
    await waitFor(() => expect(radio('Beta — Not connected').checked).toBe(true));
    answer(frame);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(radio('Beta — Not connected').checked).toBe(true);
  });
});
