// whenIdle (components/ui/when-idle.ts): work ahead of need runs once the browser says the page is
// idle, and not at all when the page cancels it first (an effect cleaned up).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../components/ui/when-idle.ts';

type Scope = { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
const scope = globalThis as Scope;

afterEach(() => {
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
