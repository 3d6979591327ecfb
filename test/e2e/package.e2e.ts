// What users and store reviewers see before anything runs: the permissions prompt, the ids the
// OAuth callbacks depend on, and a package with no remote code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, ROOT } from './build-extension.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zips: Record<string, JSZip> = {};

async function manifestOf(zip: JSZip): Promise<Record<string, unknown>> {
  const file = zip.file('manifest.json');
  if (!file) throw new Error('zip has no manifest.json');
  return JSON.parse(await file.async('string')) as Record<string, unknown>;
}

describe('store packages', () => {
  beforeAll(async () => {
    execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
    for (const browser of ['chrome', 'firefox']) {
      const path = join(ROOT, '.output', `${pkg.name}-${pkg.version}-${browser}.zip`);
      zips[browser] = await JSZip.loadAsync(readFileSync(path));
    }
  }, 180_000);

  it.each(['chrome', 'firefox'])('%s: MV3, least privilege, Atlassian hosts only', async (browser) => {
    const manifest = await manifestOf(zips[browser]!);
    expect(manifest.manifest_version).toBe(3);
    // contextMenus, activeTab and scripting: create from selection (wxt.config.ts says why each);
    // none of them shows a warning at install, and no web host is requested. alarms and
    // notifications: watches; only notifications is named at install ("Display notifications").
    expect(manifest.permissions).toEqual(['identity', 'storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications']);
    expect(manifest.omnibox).toEqual({ keyword: 'jira' });
    expect(manifest.commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+J' }, description: '__MSG_commandOpen__' },
    });
    // Name, description and shortcut in the browser's language: English, German or Japanese.
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    for (const lang of ['en', 'de', 'ja']) expect(zips[browser]!.file(`_locales/${lang}/messages.json`), lang).not.toBeNull();
    expect(manifest.host_permissions).toEqual(['https://auth.atlassian.com/*', 'https://api.atlassian.com/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    for (const size of [16, 32, 48, 128]) expect(zips[browser]!.file(`icon/${size}.png`), `icon ${size}`).not.toBeNull();
  });

  it('chrome: pinned key (stable callback URL) and Chrome 116+', async () => {
    const manifest = await manifestOf(zips.chrome!);
    expect(manifest.key).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/);
    expect(manifest.minimum_chrome_version).toBe('116');
  });

  it('firefox: pinned add-on id and declared data collection', async () => {
    const manifest = await manifestOf(zips.firefox!);
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: 'quick-actions-for-jira@qaj.dev', data_collection_permissions: { required: expect.any(Array) } },
    });
    expect(manifest.key).toBeUndefined();
  });

  it.each(['chrome', 'firefox'])('%s: every script is in the package, none loaded from the network', async (browser) => {
    const zip = zips[browser]!;
    const pages = zip.file(/\.html$/);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = await page.async('string');
      expect(html, page.name).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
    for (const script of zip.file(/\.js$/)) {
      const code = await script.async('string');
      expect(code, script.name).not.toMatch(/import\(\s*["'`]https?:|importScripts\(\s*["'`]https?:/);
    }
  });
});
