import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CodedError } from '../../../lib/errors.ts';
import { VERSION_KEY } from '../../../lib/storage/keys.ts';
import { migrate, type Migration } from '../../../lib/storage/migrate.ts';
import { localMigrations } from '../../../lib/storage/migrations.ts';

describe('storage migrations', () => {
  beforeEach(() => fakeBrowser.reset());
  const area = () => fakeBrowser.storage.local;

  it('records the first release’s version on a fresh install', async () => {
    await expect(migrate(area(), localMigrations)).resolves.toBe(1);
    expect(await area().get(VERSION_KEY)).toEqual({ [VERSION_KEY]: 1 });
  });

  it('runs only the steps after the stored version, in order, and records each', async () => {
    const ran: number[] = [];
    const steps: Migration[] = [3, 1, 2].map((to) => ({
      to,
      run: async (a) => {
        ran.push(to);
        await a.set({ [`step${to}`]: true });
      },
    }));
    await area().set({ [VERSION_KEY]: 1 });
    await expect(migrate(area(), steps)).resolves.toBe(3);
    expect(ran).toEqual([2, 3]);
    expect(await area().get(VERSION_KEY)).toEqual({ [VERSION_KEY]: 3 });
  });

  it('resumes after a step that failed half-way', async () => {
    let fail = true;
    const steps: Migration[] = [
      { to: 1, run: async () => {} },
      {
        to: 2,
        run: async () => {
          if (fail) throw new Error('worker stopped');
        },
      },
    ];
    await expect(migrate(area(), steps)).rejects.toThrow('worker stopped');
    expect(await area().get(VERSION_KEY)).toEqual({ [VERSION_KEY]: 1 });
    fail = false;
    await expect(migrate(area(), steps)).resolves.toBe(2);
  });

  it.each([
    ['a newer version', 99],
    ['an unreadable version', 'one'],
  ])('refuses data with %s as bad_storage, leaving it untouched', async (_name, stored) => {
    await area().set({ [VERSION_KEY]: stored, keep: 'me' });
    const error = await migrate(area(), localMigrations).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe('bad_storage');
    expect(await area().get(null)).toEqual({ [VERSION_KEY]: stored, keep: 'me' });
  });
});
