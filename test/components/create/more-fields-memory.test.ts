import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, MORE_FIELDS_KEY, readMoreFieldsOpen, rememberMoreFieldsOpen } from '../../../components/create/more-fields-memory.ts';
import { MAX_RECENT_PROJECTS, readRecentProjects, rememberRecentProject } from '../../../components/create/recent-projects.ts';
import { memoryArea } from '../../fake-storage.ts';

describe('what the create form remembers in storage.local', () => {
  it('"More fields": per site, project and type, the newest kept when the record is full', async () => {
    const { area, data } = memoryArea();
    for (let i = 0; i < MAX_REMEMBERED + 5; i += 1) await rememberMoreFieldsOpen(area, `s/P${i}/1`, true);
    await rememberMoreFieldsOpen(area, 's/BIG/1', false);
    const kept = data[MORE_FIELDS_KEY] as Record<string, boolean>;
    expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED);
    expect(await readMoreFieldsOpen(area, `s/P${MAX_REMEMBERED + 4}/1`)).toBe(true);
    expect(await readMoreFieldsOpen(area, 's/P0/1')).toBe(false);
    expect(await readMoreFieldsOpen(area, 's/BIG/1')).toBe(false);
  });

  it('"More fields": a record it cannot read remembers nothing and is replaced on the next change', async () => {
    const { area, data } = memoryArea({ [MORE_FIELDS_KEY]: ['not', 'a', 'record'] });
    expect(await readMoreFieldsOpen(area, 's/BIG/1')).toBe(false);
    await rememberMoreFieldsOpen(area, 's/BIG/1', true);
    expect(data[MORE_FIELDS_KEY]).toEqual({ 's/BIG/1': true });
  });

  it('recent projects: newest first, once each, at most a few', async () => {
    const { area } = memoryArea();
    for (const key of ['A', 'B', 'C', 'A', 'D', 'E', 'F']) await rememberRecentProject(area, 'site', key);
    const recent = await readRecentProjects(area, 'site');
    expect(recent).toEqual(['F', 'E', 'D', 'A', 'C'].slice(0, MAX_RECENT_PROJECTS));
    expect(await readRecentProjects(area, 'other-site')).toEqual([]);
  });
});
