import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readCapture } from '../../../lib/capture/capture-lifetime.ts';
import { saveCapture, SELECTION_MAX } from '../../../lib/capture/capture-record.ts';
import { captureFromClick, MENU_PAGE, MENU_SELECTION } from '../../../lib/capture/context-menu.ts';
import { captureKey } from '../../../lib/storage/keys.ts';
import { english } from '../i18n/locale-check.ts';
import { captureWindowPath, createCaptureMenus, onCaptureClick, type CaptureClickDeps } from '../../../lib/worker/capture-click.ts';

const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';
const NOW = 1_800_000_000_000;
const tab = { id: 7, title: 'Release notes', url: 'https://example.com/notes' };

function deps(overrides: Partial<CaptureClickDeps> = {}) {
  const opened: string[] = [];
  const d: CaptureClickDeps = {
    local: fakeBrowser.storage.local,
    now: () => NOW,
    newId: () => ID,
    readSelection: vi.fn(async () => 'First line\nsecond line'),
    openWindow: async (url) => opened.push(url),
    pageUrl: (path) => `chrome-extension://abc${path}`,
    ...overrides,
  };
  return { d, opened };
}

describe('captureFromClick', () => {
  it('selection: the page text with its line breaks when it could be read, else selectionText', () => {
    const info = { menuItemId: MENU_SELECTION, selectionText: 'First line second line', pageUrl: 'https://example.com/notes' };
    expect(captureFromClick(info, tab, 'First line\nsecond line')).toEqual({
      selection: 'First line\nsecond line',
      url: 'https://example.com/notes',
      title: 'Release notes',
    });
    expect(captureFromClick(info, tab, '  ')?.selection).toBe('First line second line');
    expect(captureFromClick(info, tab)?.selection).toBe('First line second line');
  });

  it('this page: the page, or on a link the link with its text (Firefox) or the page title', () => {
    expect(captureFromClick({ menuItemId: MENU_PAGE, pageUrl: 'https://example.com/notes' }, tab)).toEqual({
      selection: '',
      url: 'https://example.com/notes',
      title: 'Release notes',
    });
    expect(captureFromClick({ menuItemId: MENU_PAGE, linkUrl: 'https://example.com/b', linkText: ' Bug list ' }, tab)).toEqual({
      selection: '',
      url: 'https://example.com/b',
      title: 'Bug list',
    });
    expect(captureFromClick({ menuItemId: MENU_PAGE, linkUrl: 'https://example.com/b' }, tab)?.title).toBe('Release notes');
    // A page without a title is named by its address.
    expect(captureFromClick({ menuItemId: MENU_PAGE, pageUrl: 'https://example.com/x' }, { id: 1, title: ' ' })?.title).toBe('https://example.com/x');
  });

  it('ignores items that are not ours and bounds what it keeps', () => {
    expect(captureFromClick({ menuItemId: 'other' }, tab)).toBeNull();
    const long = captureFromClick({ menuItemId: MENU_SELECTION, selectionText: 'x'.repeat(SELECTION_MAX + 10) }, { title: 't'.repeat(5000) });
    expect(long?.selection.length).toBe(SELECTION_MAX);
    expect(long?.title.length).toBe(1000);
    expect(long?.url).toBe('');
  });
});

describe('onCaptureClick', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the capture and opens the window on it', async () => {
    const { d, opened } = deps();
    await onCaptureClick(d, { menuItemId: MENU_SELECTION, selectionText: 'First line second line', pageUrl: tab.url, frameId: 3 }, tab);
    expect(d.readSelection).toHaveBeenCalledWith(7, 3);
    expect(await readCapture(d.local, ID, NOW)).toEqual({
      id: ID,
      selection: 'First line\nsecond line',
      url: tab.url,
      title: 'Release notes',
      createdAt: NOW,
    });
    expect(opened).toEqual([`chrome-extension://abc/capture.html?id=${ID}`]);
    expect(captureWindowPath(ID)).toBe(`/capture.html?id=${ID}`);
  });

  it('falls back to selectionText where the page cannot be scripted or answers junk', async () => {
    for (const readSelection of [async () => Promise.reject(new Error('Cannot access a chrome:// URL')), async () => ({ evil: true })]) {
      fakeBrowser.reset();
      const { d } = deps({ readSelection });
      await onCaptureClick(d, { menuItemId: MENU_SELECTION, selectionText: 'Only this' }, tab);
      expect((await readCapture(d.local, ID, NOW))?.selection).toBe('Only this');
    }
  });

  it('does not script the page for "this page", and ignores other items and malformed clicks', async () => {
    const { d, opened } = deps();
    await onCaptureClick(d, { menuItemId: MENU_PAGE, pageUrl: tab.url }, tab);
    expect(d.readSelection).not.toHaveBeenCalled();
    expect(opened).toHaveLength(1);
    await onCaptureClick(d, { menuItemId: 'someone-else' }, tab);
    await onCaptureClick(d, 'junk', tab);
    await onCaptureClick(d, { menuItemId: MENU_SELECTION, selectionText: 5 }, tab);
    expect(opened).toHaveLength(1);
  });

  it('prunes old captures when making a new one', async () => {
    const old = '5f0e2b8a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const { d } = deps();
    await saveCapture(d.local, { id: old, selection: 's', url: '', title: '', createdAt: NOW - 8 * 24 * 3600 * 1000 });
    await onCaptureClick(d, { menuItemId: MENU_PAGE, pageUrl: tab.url }, tab);
    expect(Object.keys(await d.local.get(null))).toEqual([captureKey(ID)]);
  });
});

describe('createCaptureMenus', () => {
  it('removes every item first, so running it again does not fail on duplicate ids', async () => {
    const calls: string[] = [];
    const menus = {
      removeAll: async () => void calls.push('removeAll'),
      create: (item: { id: string; title: string; contexts: string[] }) => calls.push(`${item.id}:${item.contexts.join(',')}:${item.title}`),
    };
    await createCaptureMenus(menus, english());
    expect(calls).toEqual([
      'removeAll',
      `${MENU_SELECTION}:selection:Create Jira issue from selection`,
      `${MENU_PAGE}:page,link:Create Jira issue from this page`,
    ]);
  });
});
