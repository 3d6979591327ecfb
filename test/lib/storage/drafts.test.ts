import { describe, expect, it } from 'vitest';
import {
  createScope,
  discardDraft,
  DRAFT_MAX_AGE_MS,
  editScope,
  readDraft,
  saveDraft,
  type StoredDraft,
} from '../../../lib/storage/drafts.ts';
import { draftKey } from '../../../lib/storage/keys.ts';
import { listDrafts } from '../../../lib/storage/list-drafts.ts';
import { UNREADABLE_KEEP } from '../../../lib/storage/unreadable-drafts.ts';
import { memoryArea } from '../../fake-storage.ts';

const NOW = 1_800_000_000_000;
const create: StoredDraft = {
  kind: 'create',
  savedAt: NOW - 5 * 60_000,
  siteId: 'c-acme',
  projectKey: 'BIG',
  issueTypeId: '10002',
  fields: {
    summary: { kind: 'text', name: 'Summary', value: 'Export fails' },
    description: { kind: 'adf', name: 'Description', value: 'It **fails**.' },
    customfield_10050: { kind: 'select', name: 'Severity', value: '2' },
    assignee: { kind: 'user', name: 'Assignee', value: { accountId: 'acc-1', displayName: 'Dana' } },
    labels: { kind: 'labels', name: 'Labels', value: ['a', 'b'] },
  },
};
const edit: StoredDraft = {
  kind: 'edit',
  savedAt: NOW - 60_000,
  siteId: 'c-acme',
  issueKey: 'BIG-7',
  fields: { summary: { kind: 'text', name: 'Summary', value: 'New title' } },
};

describe('drafts in storage', () => {
  it('round-trips a create and an edit draft under their own scopes', async () => {
    const { area, data } = memoryArea();
    await saveDraft(area, createScope('c-acme'), create);
    await saveDraft(area, editScope('c-acme', 'BIG-7'), edit);
    expect(Object.keys(data).sort()).toEqual(['draft.create.c-acme', 'draft.edit.c-acme.BIG-7']);
    expect(await readDraft(area, createScope('c-acme'), NOW)).toEqual(create);
    expect(await readDraft(area, editScope('c-acme', 'BIG-7'), NOW)).toEqual(edit);
    expect(await readDraft(area, createScope('c-globex'), NOW)).toBeUndefined();
    expect(await readDraft(area, 'capture.42', NOW)).toBeUndefined();
  });

  it('discards only the scope it names', async () => {
    const { area, data } = memoryArea();
    await saveDraft(area, createScope('c-acme'), create);
    await saveDraft(area, editScope('c-acme', 'BIG-7'), edit);
    await discardDraft(area, createScope('c-acme'));
    expect(Object.keys(data)).toEqual(['draft.edit.c-acme.BIG-7']);
  });

  it.each([
    ['not an object', 'some text'],
    ['an unknown kind', { ...create, kind: 'comment' }],
    ['no time', { ...create, savedAt: 'yesterday' }],
    ['an edit without its issue', { ...edit, issueKey: undefined }],
  ])('ignores a draft that is %s and sets it aside with its raw value, for a later recovery', async (_what, value) => {
    const { area, data } = memoryArea({ [draftKey('create.c-acme')]: value });
    expect(await readDraft(area, createScope('c-acme'), NOW)).toBeUndefined();
    expect(data).toEqual({ 'draft-unreadable.create.c-acme': { setAsideAt: NOW, raw: value } });
    // Set aside, it is no draft any more: the form opens empty and it is not listed.
    expect(await readDraft(area, createScope('c-acme'), NOW)).toBeUndefined();
    expect(await listDrafts(area, '', NOW)).toEqual([]);
  });

  it('keeps only the few most recent unreadable drafts set aside, dropping the oldest', async () => {
    const { area, data } = memoryArea();
    for (let i = 0; i < UNREADABLE_KEEP + 2; i++) {
      await area.set({ [draftKey(`edit.c-acme.BIG-${i}`)]: { kind: 'edit', broken: i } });
      expect(await readDraft(area, editScope('c-acme', `BIG-${i}`), NOW + i)).toBeUndefined();
    }
    const aside = Object.keys(data).sort();
    expect(aside).toHaveLength(UNREADABLE_KEEP);
    expect(aside).not.toContain('draft-unreadable.edit.c-acme.BIG-0');
    expect(aside).not.toContain('draft-unreadable.edit.c-acme.BIG-1');
    expect(data['draft-unreadable.edit.c-acme.BIG-6']).toEqual({ setAsideAt: NOW + 6, raw: { kind: 'edit', broken: 6 } });
  });

  it('leaves an unreadable draft where it was when the store refuses to set it aside', async () => {
    const { area, data } = memoryArea({ [draftKey('create.c-acme')]: 'some text' });
    const full = { ...area, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    expect(await readDraft(full, createScope('c-acme'), NOW)).toBeUndefined();
    expect(data).toEqual({ 'draft.create.c-acme': 'some text' });
  });

  it('keeps the readable fields of a draft and leaves out those that do not fit their kind', async () => {
    const broken = {
      ...create,
      fields: {
        summary: { kind: 'text', name: 'Summary', value: 'Still here' },
        labels: { kind: 'labels', name: 'Labels', value: 'not-a-list' },
        assignee: { kind: 'user', name: 'Assignee', value: { displayName: 'no id' } },
        mystery: { kind: 'hologram', name: 'Mystery', value: 'x' },
        bad: 'not a field',
      },
    };
    const { area } = memoryArea({ [draftKey('create.c-acme')]: broken });
    const read = await readDraft(area, createScope('c-acme'), NOW);
    expect(read?.fields).toEqual({ summary: { kind: 'text', name: 'Summary', value: 'Still here' } });
  });

  it('drops a draft older than the maximum age when reading it, and keeps a younger one', async () => {
    const { area, data } = memoryArea();
    await saveDraft(area, createScope('c-acme'), { ...create, savedAt: NOW - DRAFT_MAX_AGE_MS - 1 });
    await saveDraft(area, editScope('c-acme', 'BIG-7'), { ...edit, savedAt: NOW - DRAFT_MAX_AGE_MS + 1 });
    expect(await readDraft(area, createScope('c-acme'), NOW)).toBeUndefined();
    expect(await readDraft(area, editScope('c-acme', 'BIG-7'), NOW)).toBeDefined();
    expect(Object.keys(data)).toEqual(['draft.edit.c-acme.BIG-7']);
  });

  it('lists the drafts of a scope prefix, newest first, removes expired ones and sets unreadable ones aside', async () => {
    const { area, data } = memoryArea({
      'cache.c-acme.projects': { at: 1, data: [] },
      [draftKey('edit.c-acme.BIG-1')]: { ...edit, issueKey: 'BIG-1', savedAt: NOW - 10 * 60_000 },
      [draftKey('edit.c-acme.BIG-2')]: { ...edit, issueKey: 'BIG-2', savedAt: NOW - 60_000 },
      [draftKey('edit.c-acme.BIG-3')]: { ...edit, issueKey: 'BIG-3', savedAt: NOW - DRAFT_MAX_AGE_MS - 1 },
      [draftKey('edit.c-globex.GLX-1')]: { ...edit, siteId: 'c-globex', issueKey: 'GLX-1' },
      [draftKey('create.c-acme')]: 42,
    });
    const list = await listDrafts(area, editScope('c-acme', ''), NOW);
    expect(list.map((d) => d.scope)).toEqual(['edit.c-acme.BIG-2', 'edit.c-acme.BIG-1']);
    expect(data['draft-unreadable.create.c-acme']).toEqual({ setAsideAt: NOW, raw: 42 });
    expect(Object.keys(data).sort()).toEqual([
      'cache.c-acme.projects',
      'draft-unreadable.create.c-acme',
      'draft.edit.c-acme.BIG-1',
      'draft.edit.c-acme.BIG-2',
      'draft.edit.c-globex.GLX-1',
    ]);
  });
});
