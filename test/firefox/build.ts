import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildEnv, ROOT } from '../e2e/build-extension.ts';

export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv3');

/** `npm run build:firefox`, exactly as shipped and as `web-ext lint` checks it. */
export function buildFirefoxExtension(): string {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
  return FIREFOX_BUILD;
}
