// Chromium with an organization policy that only that Chromium sees. Chromium on Linux reads policy
// files from one directory for the whole machine, /etc/chromium/policies/managed/ in Debian's build
// (https://www.chromium.org/administrators/linux-quick-start/); a file written there would reach
// every Chromium on the machine (other test runs, the demo, the benchmarks) for as long as it
// exists, and stay behind after a killed run. So the browser starts in a mount namespace of its own
// (unshare(1), through a user namespace, so no root is needed) in which a folder of this test run
// is mounted over /etc/chromium. The rest of the machine never sees it.
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EXTENSION_ID } from '../sim/seed/clients.ts';
import { findChromium } from './chromium.ts';

const ETC_CHROMIUM = '/etc/chromium';

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** Writes `policy` as the extension's "3rdparty" policy into a copy of /etc/chromium under `dir`,
 *  and returns an executable that starts Chromium seeing that copy as /etc/chromium. */
export function chromiumWithPolicy(dir: string, policy: Record<string, unknown>): string {
  // The mount needs a directory to cover; Debian's chromium package ships this one.
  if (!existsSync(ETC_CHROMIUM)) throw new Error(`${ETC_CHROMIUM} does not exist; install Debian's chromium.`);
  const etc = join(dir, 'etc-chromium');
  const managed = join(etc, 'policies', 'managed');
  mkdirSync(managed, { recursive: true });
  // Debian's own files there (master_preferences) stay as they are.
  for (const name of readdirSync(ETC_CHROMIUM)) {
    if (name !== 'policies') cpSync(join(ETC_CHROMIUM, name), join(etc, name), { recursive: true });
  }
  const file = { '3rdparty': { extensions: { [DEMO_EXTENSION_ID]: policy } } };
  writeFileSync(join(managed, 'quick-actions-for-jira.json'), JSON.stringify(file, null, 2));

  const launcher = join(dir, 'chromium-with-policy');
  const inner = 'mount --bind "$0" /etc/chromium && exec "$@"';
  writeFileSync(
    launcher,
    `#!/bin/sh\nexec unshare --user --map-root-user --mount sh -c ${quote(inner)} ${quote(etc)} ${quote(findChromium())} "$@"\n`,
  );
  chmodSync(launcher, 0o755);
  return launcher;
}
