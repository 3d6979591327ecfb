import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCH_SETTINGS, readWatchSettings, writeWatchSettings, type Watch } from '../../../lib/watch/settings.ts';
import { memoryArea } from '../../fake-storage.ts';

const watch: Watch = { id: 'w1', siteId: 'c-acme', jql: 'assignee = currentUser()', events: { created: false, updated: true, commented: true }, enabled: true };

describe('watch settings: the site name kept with a watch', () => {
  it('is stored and read back, so the list can name the site while signed out', async () => {
    const { area } = memoryArea();
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [{ ...watch, siteName: 'Acme' }] });
    expect((await readWatchSettings(area)).watches).toEqual([{ ...watch, siteName: 'Acme' }]);
  });

  it('is not needed: watches stored before it read as they are', async () => {
    const { area } = memoryArea({ 'watch.settings': { ...DEFAULT_WATCH_SETTINGS, watches: [watch] } });
    expect((await readWatchSettings(area)).watches).toEqual([watch]);
  });
});
