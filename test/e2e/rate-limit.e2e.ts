// Jira's rate limit, in real Chromium against the simulator: a 429 with Retry-After on opening an
// issue. The worker waits the time Jira asked for before sending the read again (the simulator
// also records an early retry as a violation, which the harness fails on), and the issue opens.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { chooseTab, issuePath, issueView, jiraText, openPopup, panel, signedInToAcme, submitIssueReference } from './issue-steps.ts';
import { gone, see } from './steps.ts';

describe('rate limits', () => {
  const h = signedInToAcme(useHarness(), 'E2E rate limit');

  it('a 429 with Retry-After: 2 on opening an issue: the popup shows the wait, the read is sent again no sooner than 2 s later, and the issue opens', async () => {
    const key = 'BIG-7';
    const popup = await openPopup(h);
    await chooseTab(popup, 'Open');
    h.sim.clearLog();
    h.sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 2 }, { method: 'GET', pathIncludes: `/rest/api/3/issue/${key}` });
    await submitIssueReference(popup, key);
    await see(panel(popup, 'Open').getByRole('status').filter({ hasText: `Opening ${key}…` }));
    // The wait is said, with its length, while it lasts.
    await see(popup.getByRole('status').filter({ hasText: /Jira asked us to slow down\. Trying again in [12] s…/ }));
    await see(issueView(popup, key));
    await gone(popup.getByText('Jira asked us to slow down', { exact: false }));

    const reads = h.sim.log.filter((e) => e.method === 'GET' && e.path === issuePath(h.sim, key));
    expect(reads.map((e) => e.status), jiraText(h.sim)).toEqual([429, 200]);
    const [first, second] = reads as [(typeof reads)[0], (typeof reads)[0]];
    expect(second.at - first.at, 'milliseconds between the 429 and the retry').toBeGreaterThanOrEqual(2000);
    // Waiting is not giving up: one retry, not a burst of them.
    expect(second.at - first.at).toBeLessThan(8000);
    await popup.close();
  });
});
