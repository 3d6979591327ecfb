// @vitest-environment happy-dom
// Why a draft was not saved, in the user's language where the failure is one of ours.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftStatus } from '../../../components/ui/DraftStatus.tsx';
import { CodedError } from '../../../lib/errors.ts';
import { readLocales, translator } from '../../lib/i18n/locale-check.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const show = (failure: unknown, until: string) =>
  render(<DraftStatus status={{ failure, elsewhere: null }} until={until} onLoadNewer={() => {}} onKeepMine={() => {}} />);

describe('DraftStatus', () => {
  it("says one of our failures by its code, in German for a German browser, not lib/'s English", () => {
    const say = translator(readLocales().de!);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
      say(key, typeof subs === 'string' ? [subs] : subs)) as typeof fakeBrowser.i18n.getMessage);
    show(new CodedError('network', 'fetch failed: ECONNRESET'), 'Lassen Sie dieses Fenster offen.');
    const note = screen.getByRole('status');
    expect(note.textContent).toContain(say('error_network').replace(/\.$/, ''));
    expect(note.textContent).not.toContain('ECONNRESET');
  });
});
