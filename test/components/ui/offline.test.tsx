// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorNotice } from '../../../components/ui/ErrorNotice.tsx';
import { offlineText, OfflineStatus } from '../../../components/ui/OfflineStatus.tsx';
import { SETTLING_RETRY_MS } from '../../../components/ui/useRetryWhenOnline.ts';
import { CodedError } from '../../../lib/errors.ts';
import { controlNetwork, goOffline, goOnline } from './network.ts';

const NETWORK = new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.');
const statusTexts = () => screen.queryAllByRole('status').map((s) => s.textContent);

// act with a synchronous callback has rendered before it returns, so these tests need not await it:
// https://github.com/preactjs/preact/blob/main/test-utils/src/index.js
beforeEach(controlNetwork);
afterEach(cleanup);

describe('offline status', () => {
  it('says the page is offline while the browser is, and nothing once it is back', () => {
    render(<OfflineStatus />);
    // The live region is there from the start, empty, so its text is announced when it comes.
    expect(statusTexts()).toEqual(['']);
    void act(goOffline);
    expect(statusTexts()).toEqual([offlineText()]);
    void act(goOnline);
    expect(statusTexts()).toEqual(['']);
  });

  it('is offline from the first paint when the browser already is', () => {
    goOffline();
    render(<OfflineStatus />);
    expect(statusTexts()).toEqual([offlineText()]);
  });
});

describe('a failed read while offline', () => {
  it('is a status saying it loads again, not an alert, and runs once by itself when back online', () => {
    const retry = vi.fn();
    goOffline();
    render(<ErrorNotice error={NETWORK} onRetry={retry} retryWhenOnline />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(statusTexts()).toEqual(['You are offline: this loads again by itself when you are back online.Try again']);
    void act(goOnline);
    expect(retry).toHaveBeenCalledTimes(1);
    void act(goOffline);
    void act(goOnline);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('still has Try again, for a user who does not wait', () => {
    const retry = vi.fn();
    goOffline();
    render(<ErrorNotice error={NETWORK} onRetry={retry} retryWhenOnline />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('online, shows the worker’s message as an alert', () => {
    render(<ErrorNotice error={NETWORK} onRetry={() => {}} retryWhenOnline />);
    expect(screen.getByRole('alert').textContent).toBe(`${NETWORK.message}Try again`);
  });
});

describe('a read the worker failed again just after the network came back', () => {
  afterEach(() => vi.useRealTimers());
  // The worker learns of the network on its own event, which may come after the page's: the read
  // tried again on the page's `online` fails for the network once more, with no event left.
  const failAgain = (retry: () => void) => <ErrorNotice error={new CodedError('network', NETWORK.message)} onRetry={retry} retryWhenOnline />;

  it('is tried again after a short wait, a few times, then waits for the user', () => {
    vi.useFakeTimers();
    const retry = vi.fn();
    goOffline();
    const { rerender } = render(failAgain(retry));
    void act(goOnline);
    expect(retry).toHaveBeenCalledTimes(1);
    for (const [i, wait] of SETTLING_RETRY_MS.entries()) {
      rerender(failAgain(retry));
      void act(() => void vi.advanceTimersByTime(wait - 1));
      expect(retry).toHaveBeenCalledTimes(i + 1);
      void act(() => void vi.advanceTimersByTime(1));
      expect(retry).toHaveBeenCalledTimes(i + 2);
    }
    rerender(failAgain(retry));
    void act(() => void vi.advanceTimersByTime(60_000));
    expect(retry).toHaveBeenCalledTimes(SETTLING_RETRY_MS.length + 1);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('not when the network came back long before: that failure is the user’s to retry', () => {
    vi.useFakeTimers();
    const retry = vi.fn();
    void act(goOffline);
    void act(goOnline);
    vi.advanceTimersByTime(10_000);
    render(failAgain(retry));
    void act(() => void vi.advanceTimersByTime(60_000));
    expect(retry).not.toHaveBeenCalled();
  });
});

describe('what is not sent again by itself', () => {
  it('a write: the user presses its button again', () => {
    const retry = vi.fn();
    goOffline();
    render(<ErrorNotice error={NETWORK} onRetry={retry} />);
    // An alert with the worker's words: whether it was sent is for the user to find out.
    expect(screen.getByRole('alert').textContent).toBe(`${NETWORK.message}Try again`);
    void act(goOnline);
    expect(retry).not.toHaveBeenCalled();
  });

  it('a read that failed for another reason than the network', () => {
    const retry = vi.fn();
    render(<ErrorNotice error={new CodedError('server_error', 'Jira had a problem (HTTP 500).', { status: 500 })} onRetry={retry} retryWhenOnline />);
    void act(goOffline);
    void act(goOnline);
    expect(retry).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Jira had a problem (HTTP 500). Try again in a moment.Try again');
  });
});
