import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const DEMO_BUILD = resolve(ROOT, '.output/demo-chrome-mv3');

/** The environment of `npm run build`. Vitest sets NODE_ENV=test, and a build that inherits it
 *  compiles JSX in development mode (source file names and line numbers in every element): bigger,
 *  and not what ships. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _unset, ...env } = process.env;
  return { ...env, ...extra };
}

/** A production build, exactly as shipped: the suite tests the real artifact, no test hooks. */
export function buildExtension(): string {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
  return CHROME_BUILD;
}

/** The same build with the simulator's demo client as its built-in app, in a folder of its own. */
export function buildDemoExtension(env: Record<string, string>): string {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: buildEnv({ ...env, QAJ_DEMO_BUILD: '1' }) });
  return DEMO_BUILD;
}
