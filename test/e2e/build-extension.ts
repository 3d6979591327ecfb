import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');

/** A production build, exactly as shipped: the suite tests the real artifact, no test hooks. */
export function buildExtension(env: Record<string, string> = {}): string {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return CHROME_BUILD;
}
