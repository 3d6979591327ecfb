import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { templateProblems } from '../../../lib/capture/template-problems.ts';
import { DEFAULT_TEMPLATE, TEMPLATE_LIMITS, type Template } from '../../../lib/capture/template.ts';
import type { StorageArea } from '../../../lib/storage/area.ts';
import { TEMPLATE_ORDER_KEY, templateKey, VERSION_KEY } from '../../../lib/storage/keys.ts';
import { migrate } from '../../../lib/storage/migrate.ts';
import { syncMigrations } from '../../../lib/storage/migrations.ts';
import { readTemplates, saveTemplates, SYNC_ITEM_BYTES } from '../../../lib/storage/templates.ts';
import { rejection } from '../../coded-failure.ts';

const sync = () => fakeBrowser.storage.sync;
const bug: Template = {
  id: 'bug',
  name: 'Bug report',
  projectKey: 'WEB',
  issueTypeId: '10004',
  summary: 'Bug: {{title}}',
  description: 'Seen on {{url}} at {{date}}',
};
const note: Template = { id: 'note', name: 'Note', summary: '{{selection}}', description: '' };

describe('template storage (storage.sync)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the default template when nothing is stored', async () => {
    expect(await readTemplates(sync())).toEqual([DEFAULT_TEMPLATE]);
  });

  it('round-trips templates in order, one item per template plus the order', async () => {
    await saveTemplates(sync(), [bug, note]);
    expect(await readTemplates(sync())).toEqual([bug, note]);
    expect(await sync().get(null)).toEqual({
      [TEMPLATE_ORDER_KEY]: ['bug', 'note'],
      [templateKey('bug')]: bug,
      [templateKey('note')]: note,
    });
    await saveTemplates(sync(), [note, bug]);
    expect((await readTemplates(sync())).map((t) => t.id)).toEqual(['note', 'bug']);
  });

  it('removes the items of templates no longer listed, and leaves other settings alone', async () => {
    await sync().set({ [VERSION_KEY]: 1 });
    await saveTemplates(sync(), [bug, note]);
    await saveTemplates(sync(), [note]);
    expect(Object.keys(await sync().get(null)).sort()).toEqual([VERSION_KEY, templateKey('note'), TEMPLATE_ORDER_KEY].sort());
  });

  it('writes only the templates that changed', async () => {
    await saveTemplates(sync(), [bug, note]);
    const writes: Record<string, unknown>[] = [];
    const spy: StorageArea = {
      get: (keys) => sync().get(keys),
      set: async (items) => {
        writes.push(items);
        await sync().set(items);
      },
      remove: (keys) => sync().remove(keys),
    };
    await saveTemplates(spy, [bug, { ...note, name: 'Notes' }]);
    // The order and the unchanged template are not sent again.
    expect(writes).toEqual([{ [templateKey('note')]: { ...note, name: 'Notes' } }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an order that is not a list', { [TEMPLATE_ORDER_KEY]: 'bug' }],
    ['an empty order', { [TEMPLATE_ORDER_KEY]: [] }],
    ['an order whose templates are missing', { [TEMPLATE_ORDER_KEY]: ['gone'] }],
    ['a template with a broken shape', { [TEMPLATE_ORDER_KEY]: ['x'], [templateKey('x')]: { id: 'x', name: 3 } }],
    ['a template stored under another id', { [TEMPLATE_ORDER_KEY]: ['x'], [templateKey('x')]: { ...note } }],
  ])('reads the default for %s', async (_label, stored) => {
    await sync().set(stored);
    expect(await readTemplates(sync())).toEqual([DEFAULT_TEMPLATE]);
  });

  it('skips one unreadable template and keeps the rest', async () => {
    await sync().set({ [TEMPLATE_ORDER_KEY]: ['bug', 'bad', 'note', 'bug'], [templateKey('bug')]: bug, [templateKey('bad')]: 'x', [templateKey('note')]: note });
    expect(await readTemplates(sync())).toEqual([bug, note]);
  });

  it('reads the default when the storage area itself fails', async () => {
    const broken: StorageArea = {
      get: () => Promise.reject(new Error('storage is unavailable')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    expect(await readTemplates(broken)).toEqual([DEFAULT_TEMPLATE]);
  });

  it('reads a template with an unknown variable (from a newer release) and saves it again', async () => {
    const newer = { ...note, summary: '{{time}} {{selection}}' };
    await sync().set({ [TEMPLATE_ORDER_KEY]: ['note'], [templateKey('note')]: newer });
    expect(await readTemplates(sync())).toEqual([newer]);
    await expect(saveTemplates(sync(), [newer, bug])).resolves.toBeUndefined();
  });

  it.each([
    ['an empty list', [], 'Keep at least one template.'],
    ['too many templates', Array.from({ length: TEMPLATE_LIMITS.count + 1 }, (_, i) => ({ ...note, id: `n${i}` })), 'Keep at most 20 templates.'],
    ['a blank name', [{ ...note, name: '  ' }], 'A template: Give the template a name.'],
    ['a long name', [{ ...note, name: 'n'.repeat(61) }], `${'n'.repeat(61)}: Use at most 60 characters for the name.`],
    ['a long description', [{ ...note, description: 'd'.repeat(4001) }], 'Note: Use at most 4000 characters for the description (now 4001).'],
    ['a lower-case project key', [{ ...bug, projectKey: 'web' }], 'Bug report: A project key is a letter followed by letters, digits or "_", like WEB.'],
    ['an issue type without a project', [{ ...note, issueTypeId: '1' }], 'Note: Choose a project before an issue type.'],
    ['duplicate ids', [note, { ...note }], 'Two templates share the id note.'],
    ['an id that cannot be a key', [{ ...note, id: 'a b' }], 'A template has an unreadable shape.'],
  ])('refuses %s with template_invalid and stores nothing', async (_label, templates, message) => {
    const error = await rejection(saveTemplates(sync(), templates as Template[]));
    expect(error.code).toBe('template_invalid');
    expect(error.message).toBe(message);
    expect(await sync().get(null)).toEqual({});
  });

  it('names the field in fieldErrors', async () => {
    const error = await rejection(saveTemplates(sync(), [{ ...note, name: '' }]));
    expect(error.details.fieldErrors).toEqual({ name: 'Give the template a name.' });
  });

  it('refuses a template over the 8 KB sync item quota before writing', async () => {
    // 4000 characters, but three bytes each in UTF-8: 12 000 bytes.
    const wide = { ...note, description: '語'.repeat(4000) };
    const error = await rejection(saveTemplates(sync(), [wide]));
    expect(error.code).toBe('sync_quota');
    expect(error.message).toMatch(new RegExp(`^Note is too large to sync \\(\\d+ bytes; the browser allows ${SYNC_ITEM_BYTES}\\)`));
    expect(await sync().get(null)).toEqual({});
  });

  it('refuses templates that together exceed the sync area', async () => {
    const big = Array.from({ length: 20 }, (_, i) => ({ ...note, id: `n${i}`, description: 'é'.repeat(2500) }));
    const error = await rejection(saveTemplates(sync(), big));
    expect(error.code).toBe('sync_quota');
    expect(error.message).toMatch(/^The templates together are too large to sync/);
  });

  it.each([
    ['QUOTA_BYTES quota exceeded', /sync storage is full/],
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', /Try again in a minute/],
  ])('turns the browser refusing "%s" into sync_quota', async (browserMessage, message) => {
    const full: StorageArea = { get: async () => ({}), set: () => Promise.reject(new Error(browserMessage)), remove: async () => {} };
    const error = await rejection(saveTemplates(full, [note]));
    expect(error.code).toBe('sync_quota');
    expect(error.message).toMatch(message);
  });

  it('passes other write failures through unchanged', async () => {
    const failing: StorageArea = { get: async () => ({}), set: () => Promise.reject(new Error('disk on fire')), remove: async () => {} };
    await expect(saveTemplates(failing, [note])).rejects.toThrow('disk on fire');
  });

  it('records sync schema version 1 on a fresh install', async () => {
    await expect(migrate(sync(), syncMigrations)).resolves.toBe(1);
    expect(await sync().get(VERSION_KEY)).toEqual({ [VERSION_KEY]: 1 });
    expect(await readTemplates(sync())).toEqual([DEFAULT_TEMPLATE]);
  });

  it('the default template passes every editor check', () => {
    expect(templateProblems(DEFAULT_TEMPLATE)).toEqual({});
  });
});
