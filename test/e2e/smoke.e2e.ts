import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

// The id the manifest key pins; the OAuth callback registered at Atlassian depends on it.
const PINNED_ID = 'kgcfpfaikodlimniaiobimlmldeochnc';

describe('the built extension in Chromium', () => {
  const h = useHarness();

  it('starts its worker under the pinned id', () => {
    expect(h.extensionId).toBe(PINNED_ID);
    expect(h.worker.url()).toBe(`chrome-extension://${PINNED_ID}/background.js`);
  });

  it('shows "not connected" in the popup after Atlassian refuses the unauthenticated call', async () => {
    h.sim.clearLog();
    const popup = await h.openPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Quick Actions for Jira' }).isVisible()).toBe(true);
    const notConnected = popup.getByRole('heading', { name: 'Not connected to Jira' });
    await notConnected.waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('button', { name: 'Connect to Jira' }).isVisible()).toBe(true);

    // The worker really went to the production hostname, through the manifest's host permission.
    const calls = h.sim.log.filter((entry) => entry.path === '/oauth/token/accessible-resources');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', host: 'api.atlassian.com', status: 401 });
    await popup.close();
  });

  it('takes the user from "Connect to Jira" to the settings page with the callback URL to copy', async () => {
    const popup = await h.openPage('popup.html');
    const settingsOpened = h.context.waitForEvent('page', { timeout: 15_000 });
    await popup.getByRole('button', { name: 'Connect to Jira' }).click();
    const options = await settingsOpened;
    await options.getByRole('heading', { name: 'Quick Actions for Jira settings' }).waitFor();
    expect(await options.getByRole('textbox', { name: 'Callback URL' }).inputValue()).toBe(
      `https://${PINNED_ID}.chromiumapp.org/`,
    );
    await options.close();
    await popup.close();
  });

  it('answers again after the worker was stopped', async () => {
    await h.stopWorker();
    const popup = await h.openPage('popup.html');
    await popup.getByRole('heading', { name: 'Not connected to Jira' }).waitFor({ timeout: 15_000 });
    await popup.close();
  });
});
