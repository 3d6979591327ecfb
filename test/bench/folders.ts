// The extension folders the bench loads besides nothing else: a copy of the production build with
// a blank page added (the baseline a page of the same extension cannot beat), and a no-op
// extension whose worker answers every message at once (the baseline for a worker cold start).
// The shipped build itself is never changed.
import { generateKeyPairSync, createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n';

/** Chrome's id for an extension whose manifest has this `key`: the first 32 hex digits of the
 *  key's SHA-256, written with a–p. */
export function extensionIdOfKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Copies the build to `target` and adds the blank page; returns the extension id. */
export function blankCopyOf(build: string, target: string): string {
  cpSync(build, target, { recursive: true });
  writeFileSync(join(target, BLANK_PAGE), BLANK_HTML);
  const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error('the Chrome build has no manifest key; its id cannot be known in advance');
  return extensionIdOfKey(manifest.key);
}

/** Writes the no-op extension to `target` (with a fresh key, so its id is known); returns its id. */
export function noopExtension(target: string): string {
  mkdirSync(target, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const manifest = {
    manifest_version: 3,
    name: 'No-op baseline',
    version: '1.0',
    key,
    background: { service_worker: 'worker.js', type: 'module' },
  };
  writeFileSync(join(target, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // Answers every message at once with a reply shaped like ours.
  writeFileSync(join(target, 'worker.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true, value: null }); });\n');
  writeFileSync(join(target, BLANK_PAGE), BLANK_HTML);
  return extensionIdOfKey(key);
}
