// whenIdle (components/ui/when-idle.ts): work ahead of need runs once the browser says the page is
// idle, and not at all when the page cancels it first (an effect cleaned up).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READY_MARK } from '../../../components/ui/ready-mark.ts';
import { whenIdle, whenReadyAndIdle } from '../../../components/ui/when-idle.ts';

type Scope = { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
const scope = globalThis as Scope;

afterEach(() => {
  performance.clearMarks();
  delete scope.requestIdleCallback;
  delete scope.cancelIdleCallback;
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('runs the work when the browser calls back idle, asking it to wait no longer than the timeout', () => {
    let idle: (() => void) | undefined;
    const request = vi.fn((work: () => void, _options?: { timeout: number }) => ((idle = work), 7));
    scope.requestIdleCallback = request;
    scope.cancelIdleCallback = vi.fn();
    const work = vi.fn();
    whenIdle(work, 1_500);
    expect(work).not.toHaveBeenCalled();
    expect(request.mock.calls[0]?.[1]).toEqual({ timeout: 1_500 });
    idle?.();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('cancelled first, the work never runs', () => {
    const cancel = vi.fn();
    scope.requestIdleCallback = vi.fn(() => 7);
    scope.cancelIdleCallback = cancel;
    whenIdle(vi.fn())();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('without requestIdleCallback, a short timer stands in', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const cancel = whenIdle(work);
    vi.advanceTimersByTime(199);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    const other = vi.fn();
    whenIdle(other)();
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(other).not.toHaveBeenCalled();
  });
});

describe('whenReadyAndIdle', () => {
  const idleNow = () => {
    scope.requestIdleCallback = (work: () => void) => (work(), 1);
    scope.cancelIdleCallback = vi.fn();
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('waits for the page’s ready mark: idle time before it (the page still waiting for its answers) is not used', async () => {
    idleNow();
    const work = vi.fn();
    whenReadyAndIdle(work);
    await tick();
    expect(work).not.toHaveBeenCalled();
    performance.mark(READY_MARK);
    await tick();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('a page already marked ready goes straight to waiting for idle', () => {
    idleNow();
    performance.mark(READY_MARK);
    const work = vi.fn();
    whenReadyAndIdle(work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('a page that does not mark itself ready (no project chosen yet) is not waited for past its limit', async () => {
    idleNow();
    const work = vi.fn();
    whenReadyAndIdle(work, 2_000, 50);
    await tick();
    expect(work).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('cancelled before the mark, nothing runs after it', async () => {
    idleNow();
    const work = vi.fn();
    whenReadyAndIdle(work)();
    performance.mark(READY_MARK);
    await tick();
    expect(work).not.toHaveBeenCalled();
  });
});
