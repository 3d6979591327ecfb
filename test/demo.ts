// `npm run demo`: try the extension with no Atlassian account. Builds it with the simulator's demo
// OAuth client as the built-in app, starts the Atlassian simulator, and opens Chromium with the
// extension loaded and Atlassian's hostnames pointed at the simulator.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_CLIENT } from './sim/seed/clients.ts';
import { startSimulator } from './sim/server.ts';
import { buildDemoExtension, ROOT } from './e2e/build-extension.ts';
import { launchWithExtension } from './e2e/chromium.ts';
import { consentPageAfter, decide } from './e2e/sign-in-steps.ts';
import { click, see, until } from './e2e/steps.ts';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const debugPort = process.env.QAJ_DEMO_DEBUG_PORT ?? '9222';

// The built-in ("system") app of this build is the simulator's demo client. Embedding a secret is
// acceptable only because this client exists nowhere but in the simulator (README, "System app").
const extensionDir = buildDemoExtension({
  WXT_SYSTEM_CLIENT_ID: DEMO_CLIENT.clientId,
  WXT_SYSTEM_CLIENT_SECRET: DEMO_CLIENT.clientSecret,
  WXT_SYSTEM_EMBED_SECRET: 'true',
});

const sim = await startSimulator({});
const tmp = join(ROOT, '.tmp', 'demo');
mkdirSync(tmp, { recursive: true });
const browser = await launchWithExtension({
  extensionDir,
  hostResolverRules: sim.hostResolverRules,
  headless: !headed,
  userDataDir: join(tmp, 'profile'),
  extraArgs: headed ? [] : [`--remote-debugging-port=${debugPort}`],
});

const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 420, height: 600 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);

console.log(`
Quick Actions for Jira is running against the Atlassian simulator (https://127.0.0.1:${sim.port}).
  Extension id:  ${browser.extensionId}
  Popup:         chrome-extension://${browser.extensionId}/popup.html
  Settings:      chrome-extension://${browser.extensionId}/options.html
  Sign in as:    ${sim.state.users[0]?.displayName ?? 'the first simulated user'} (the consent page has Accept and Deny)
`);
if (!headed) {
  const shot = join(tmp, 'popup.png');
  // Headless, nobody can click: sign in as a person would (Connect, Accept on the consent page,
  // the first site), then wait for the Create form before the picture. The simulator starts afresh
  // each run, so a profile kept from a run before asks to reconnect.
  const connect = popup.getByRole('button', { name: /^(Connect to Jira|Reconnect)$/ });
  const project = popup.getByRole('combobox', { name: 'Project' });
  await until('the popup asking to connect or showing the Create form', async () => (await connect.isVisible()) || (await project.isVisible()), popup);
  if (await connect.isVisible()) {
    const consent = await consentPageAfter(browser.context, () => click(connect));
    await decide(consent, 'Accept');
    const chooseSite = popup.getByRole('heading', { name: 'Choose a Jira site' });
    await until('the site choice or the Create form', async () => (await chooseSite.isVisible()) || (await project.isVisible()), popup);
    if (await chooseSite.isVisible()) await click(popup.getByRole('button', { name: /^Acme / }));
  }
  await see(project);
  // A first run remembers no project yet: take the first one the box lists.
  if ((await project.inputValue()) === '') {
    await click(project);
    await click(popup.getByRole('listbox', { name: 'Project' }).getByRole('option').first());
  }
  await see(popup.getByRole('combobox', { name: 'Issue type' }));
  await popup.screenshot({ path: shot });
  console.log(`No display found, so Chromium runs headless.
  A screenshot of the popup: ${shot}
  To use it interactively, forward port ${debugPort} (ssh -L ${debugPort}:127.0.0.1:${debugPort} <this machine>)
  and open chrome://inspect in your own Chrome, or run under a virtual display: xvfb-run npm run demo
`);
}
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await browser.context.close().catch(() => {});
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
browser.context.on('close', () => void stop());
