import { describe, expect, it } from 'vitest';
import { createDraftSaver } from '../../../lib/storage/draft-saver.ts';

/** Timers the test runs by hand, and writes it finishes by hand. */
function rig() {
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const writes: { value: string | null; done: () => void }[] = [];
  const saver = createDraftSaver<string>({
    delayMs: 400,
    write: (value) => new Promise<void>((done) => writes.push({ value, done })),
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const fire = () => timers.filter((t) => !t.cleared).forEach((t) => t.run());
  return { saver, timers, writes, fire };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('draft saver', () => {
  it('writes the latest value once typing pauses', async () => {
    const { saver, timers, writes, fire } = rig();
    saver.schedule('a');
    saver.schedule('ab');
    expect(timers.map((t) => [t.ms, t.cleared])).toEqual([[400, true], [400, false]]);
    fire();
    await settle();
    expect(writes.map((w) => w.value)).toEqual(['ab']);
  });

  it('flush writes what is scheduled at once, and nothing when nothing is', async () => {
    const { saver, writes } = rig();
    void saver.flush();
    await settle();
    expect(writes).toEqual([]);
    saver.schedule('typed');
    void saver.flush();
    await settle();
    expect(writes.map((w) => w.value)).toEqual(['typed']);
  });

  it('now() drops what is scheduled, and runs after a write already under way', async () => {
    const { saver, writes, fire } = rig();
    saver.schedule('first');
    void saver.flush();
    await settle();
    saver.schedule('second');
    const removed = saver.now(null);
    fire();
    await settle();
    // The removal waits for the first write: it cannot be overtaken by it.
    expect(writes.map((w) => w.value)).toEqual(['first']);
    writes[0]?.done();
    await settle();
    expect(writes.map((w) => w.value)).toEqual(['first', null]);
    writes[1]?.done();
    await removed;
  });

  it('with nothing under way, flush starts the write inside the call (a closing page gets no later task)', () => {
    const { saver, writes } = rig();
    saver.schedule('last keystroke');
    void saver.flush();
    expect(writes.map((w) => w.value)).toEqual(['last keystroke']);
  });

  it('a failed write does not stop later ones', async () => {
    let calls = 0;
    const saver = createDraftSaver<string>({
      delayMs: 400,
      write: async () => {
        calls += 1;
        if (calls === 1) throw new Error('quota');
      },
    });
    await saver.now('a');
    await saver.now('b');
    expect(calls).toBe(2);
  });

  it('reports a refused write, and the next write that goes through', async () => {
    const told: string[] = [];
    let refuse = true;
    const saver = createDraftSaver<string>({
      delayMs: 400,
      write: async () => {
        if (refuse) throw new Error('QUOTA_BYTES quota exceeded');
      },
      onError: (error) => told.push(`error: ${(error as Error).message}`),
      onSaved: () => told.push('saved'),
    });
    await saver.now('a');
    refuse = false;
    await saver.now('b');
    expect(told).toEqual(['error: QUOTA_BYTES quota exceeded', 'saved']);
  });
});
