// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaitNotice } from '../../../components/ui/WaitNotice.tsx';

describe('WaitNotice', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  function setup() {
    let announce: (until: number) => void = () => {};
    const unsubscribe = vi.fn();
    render(<WaitNotice subscribe={(listener) => ((announce = listener), unsubscribe)} />);
    // act with a synchronous callback has rendered before it returns:
    // https://github.com/preactjs/preact/blob/main/test-utils/src/index.js
    return { announce: (until: number) => void act(() => announce(until)), unsubscribe };
  }

  it('counts down the wait Jira asked for, then goes away', async () => {
    const { announce } = setup();
    expect(screen.getByRole('status').textContent).toBe('');
    announce(Date.now() + 2500);
    // The countdown's code loads with the first wait.
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Jira asked us to slow down. Trying again in 3 s…'), { interval: 1 });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByRole('status').textContent).toBe('Jira asked us to slow down. Trying again in 2 s…');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1600);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('keeps the later of two waits', async () => {
    const { announce } = setup();
    announce(Date.now() + 5000);
    announce(Date.now() + 1000);
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('Trying again in 5 s'), { interval: 1 });
  });

  it('stops listening when it goes away', () => {
    const { unsubscribe } = setup();
    cleanup();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
