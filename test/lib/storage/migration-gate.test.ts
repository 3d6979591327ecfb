import { describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import { createMessageServer, type Handlers } from '../../../lib/messaging/server.ts';
import { VERSION_KEY } from '../../../lib/storage/keys.ts';
import type { Migration } from '../../../lib/storage/migrate.ts';
import { createMigrationGate } from '../../../lib/storage/migration-gate.ts';
import { localMigrations } from '../../../lib/storage/migrations.ts';
import { memoryArea } from '../../fake-storage.ts';

/** A storage area whose first write fails, as a busy or full disk makes browser storage do. */
function failingOnce() {
  const { area, data } = memoryArea();
  let failures = 1;
  const set = area.set.bind(area);
  area.set = async (items) => {
    if (failures-- > 0) throw new Error('IO error: unable to write');
    await set(items);
  };
  return { area, data };
}

const ID = 'kgcfpfaikodlimniaiobimlmldeochnc';
const PAGE = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const site = { id: 'c1', name: 'Acme', url: 'https://acme.atlassian.net', scopes: ['read:jira-work'] };

describe('migration gate', () => {
  it('tries a failed migration again on the next event, and then lets it through', async () => {
    const { area, data } = failingOnce();
    const ready = createMigrationGate([{ name: 'local', area, migrations: localMigrations }]);

    const first = await ready().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(CodedError);
    expect((first as CodedError).code).toBe('bad_storage');
    expect((first as CodedError).message).toMatch(/could not bring its local settings up to date \(IO error: unable to write\)/);
    expect(data[VERSION_KEY]).toBeUndefined();

    await expect(ready()).resolves.toBeUndefined();
    expect(data[VERSION_KEY]).toBe(1);
  });

  it('answers the page with the coded error, and the next message normally', async () => {
    const { area } = failingOnce();
    const list = vi.fn(async () => [site]);
    const server = createMessageServer({ 'sites.list': list } as unknown as Handlers, {
      extensionId: ID,
      extensionOrigin: `chrome-extension://${ID}/`,
      ready: createMigrationGate([{ name: 'local', area, migrations: localMigrations }]),
    });

    const refused = await server({ type: 'sites.list', payload: {} }, PAGE);
    expect(refused).toEqual({ ok: false, error: { code: 'bad_storage', message: expect.stringContaining('local settings') } });
    expect(list).not.toHaveBeenCalled();

    expect(await server({ type: 'sites.list', payload: {} }, PAGE)).toEqual({ ok: true, value: [site] });
  });

  it('migrates once: events during the attempt share it, later events do not run it again', async () => {
    const { area } = memoryArea();
    const run = vi.fn(async () => {});
    const steps: Migration[] = [{ to: 1, run }];
    const ready = createMigrationGate([{ name: 'synced', area, migrations: steps }]);
    await Promise.all([ready(), ready()]);
    await ready();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps the reason of a refusal that cannot be retried away, such as data from a newer version', async () => {
    const { area } = memoryArea({ [VERSION_KEY]: 7 });
    const ready = createMigrationGate([{ name: 'local', area, migrations: localMigrations }]);
    await expect(ready()).rejects.toThrow('The stored settings come from a newer version (7) of the extension.');
  });
});
