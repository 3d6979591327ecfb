import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAPTURE_MAX_AGE_MS, pruneCaptures, readCapture } from '../../../lib/capture/capture-lifetime.ts';
import { removeCapture, saveCapture, type CaptureRecord } from '../../../lib/capture/capture-record.ts';
import { captureScope, DRAFT_MAX_AGE_MS } from '../../../lib/storage/drafts.ts';
import { captureKey, draftKey } from '../../../lib/storage/keys.ts';

const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';
const OTHER = '5f0e2b8a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const NOW = 1_800_000_000_000;
const record = (id: string, createdAt: number): CaptureRecord => ({ id, selection: 'Login fails', url: 'https://example.com/', title: 'Page', createdAt });

describe('capture records', () => {
  const local = fakeBrowser.storage.local;
  beforeEach(() => fakeBrowser.reset());

  it('stores a capture under capture.<id> and reads it back', async () => {
    await saveCapture(local, record(ID, NOW));
    expect(Object.keys(await local.get(null))).toEqual([captureKey(ID)]);
    expect(await readCapture(local, ID, NOW + 1000)).toEqual(record(ID, NOW));
  });

  it('reads null for an unknown, malformed, mismatched or expired capture', async () => {
    expect(await readCapture(local, ID, NOW)).toBeNull();
    await local.set({ [captureKey(ID)]: { id: ID, selection: 42 } });
    expect(await readCapture(local, ID, NOW)).toBeNull();
    await local.set({ [captureKey(ID)]: record(OTHER, NOW) });
    expect(await readCapture(local, ID, NOW)).toBeNull();
    await saveCapture(local, record(ID, NOW));
    expect(await readCapture(local, ID, NOW + CAPTURE_MAX_AGE_MS)).not.toBeNull();
    expect(await readCapture(local, ID, NOW + CAPTURE_MAX_AGE_MS + 1)).toBeNull();
  });

  it('refuses to store a record with an id that is not a UUID', async () => {
    await expect(saveCapture(local, record('../../secret', NOW))).rejects.toThrow();
    expect(await local.get(null)).toEqual({});
  });

  it('prunes captures older than a week and unreadable ones, and nothing else', async () => {
    await saveCapture(local, record(ID, NOW - CAPTURE_MAX_AGE_MS - 1));
    await saveCapture(local, record(OTHER, NOW - 1000));
    await local.set({ 'capture.broken': 'x', 'profile.p1': { keep: true } });
    await pruneCaptures(local, NOW);
    expect(Object.keys(await local.get(null)).sort()).toEqual([captureKey(OTHER), 'profile.p1']);
  });

  it('keeps a capture older than a week as long as the draft typed from it lives, so the draft can be reopened', async () => {
    const draft = (savedAt: number) => ({
      kind: 'create', savedAt, siteId: 'c-acme', fields: { summary: { kind: 'text', name: 'Summary', value: 'Login fails' } },
    });
    const later = NOW + 20 * 24 * 60 * 60 * 1000;
    await saveCapture(local, record(ID, NOW));
    await saveCapture(local, record(OTHER, NOW));
    // The draft of ID was saved on the capture's sixth day; OTHER's is older than drafts live.
    await local.set({
      [draftKey(captureScope(ID))]: draft(NOW + 6 * 24 * 60 * 60 * 1000),
      [draftKey(captureScope(OTHER))]: draft(later - DRAFT_MAX_AGE_MS - 1),
    });
    expect(await readCapture(local, ID, later)).toEqual(record(ID, NOW));
    expect(await readCapture(local, OTHER, later)).toBeNull();
    await pruneCaptures(local, later);
    const keys = Object.keys(await local.get(null));
    expect(keys).toContain(captureKey(ID));
    expect(keys).not.toContain(captureKey(OTHER));
  });

  it('removes one capture', async () => {
    await saveCapture(local, record(ID, NOW));
    await removeCapture(local, ID);
    expect(await readCapture(local, ID, NOW)).toBeNull();
  });
});
