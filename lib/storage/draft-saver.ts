// Writes a form's draft at most once per pause in typing, and at once when asked (the page is
// being hidden or closed, or Jira just accepted the form). Writes run one after another, so a
// slow write can never land after a later removal and bring a sent draft back.

export interface DraftSaver<T> {
  /** Writes `value` (null removes the draft) once `delayMs` pass without another call. */
  schedule(value: T | null): void;
  /** Writes what is scheduled now; resolves when every write so far is done. */
  flush(): Promise<void>;
  /** Drops what is scheduled and writes `value` now. */
  now(value: T | null): Promise<void>;
}

export interface DraftSaverDeps<T> {
  write(value: T | null): Promise<void>;
  delayMs: number;
  /** A write was refused (storage quota exceeded, a storage error): the page tells the user. */
  onError?: (error: unknown) => void;
  /** A write went through, so an earlier refusal no longer holds. */
  onSaved?: () => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function createDraftSaver<T>(deps: DraftSaverDeps<T>): DraftSaver<T> {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let pending: { value: T | null } | null = null;
  let timer: unknown;
  let queue: Promise<void> = Promise.resolve();
  let writing = 0;

  const write = async (value: T | null) => {
    try {
      await deps.write(value);
      deps.onSaved?.();
    } catch (error) {
      // A storage that refuses a write costs the draft, never the form the user is typing in; the
      // page is told, so it can say so.
      deps.onError?.(error);
    } finally {
      writing -= 1;
    }
  };
  const run = (value: T | null) => {
    writing += 1;
    // With nothing under way the write starts at once, inside the caller's task: a page that is
    // closing may not get another one.
    queue = writing === 1 ? write(value) : queue.then(() => write(value));
    return queue;
  };
  const stopTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  const flush = () => {
    stopTimer();
    if (!pending) return queue;
    const { value } = pending;
    pending = null;
    return run(value);
  };

  return {
    schedule(value) {
      pending = { value };
      stopTimer();
      timer = setTimer(() => void flush(), deps.delayMs);
    },
    flush,
    now(value) {
      stopTimer();
      pending = null;
      return run(value);
    },
  };
}
