// An issue's comments in the popup's Open tab, in real Chromium against the simulator: the latest
// ones with who and when, "Show older" by keyboard, a comment written in Markdown and stored by Jira
// as ADF, what was typed kept through a closed popup, a refusal that keeps the text and says why, and
// a comment Jira accepts after the popup closed, which leaves no draft behind to send again.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { addComment } from '../sim/jira/comment-store.ts';
import type { Issue } from '../sim/types.ts';
import { axeViolations } from './design-checks.ts';
import { useHarness } from './harness.ts';
import { acme, issuePath, jiraText, openIssue, openPopup, signedInToAcme } from './issue-steps.ts';
import { liveWorker, readArea } from './sign-in-steps.ts';
import { click, gone, see, step, STEP_MS, until } from './steps.ts';
import type { UiLocator } from './ui.ts';

const HOUR = 3_600_000;
const paragraph = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('comments', () => {
  const h = signedInToAcme(useHarness(), 'E2E comments');
  afterEach(() => h.sim.faults.clear());

  /** BIG issues nobody has commented on, one per test. */
  let taken = 0;
  function quietIssue(): Issue {
    const issue = [...acme(h.sim).issues.values()].filter((i) => i.key.startsWith('BIG-') && i.comments.length === 0)[taken++];
    if (!issue) throw new Error('no BIG issue without comments');
    return issue;
  }
  const commentsOf = (view: UiLocator) => view.getByRole('region', { name: 'Comments' });
  const box = (view: UiLocator) => commentsOf(view).getByRole('textbox', { name: 'Add a comment' });
  const posts = (key: string) => h.sim.log.filter((e) => e.method === 'POST' && e.path === `${issuePath(h.sim, key)}/comment`);
  /** The comment drafts stored for `key`. */
  const draftKeys = async (key: string) => Object.keys(await readArea(await liveWorker(h), 'local')).filter((k) => k.startsWith('draft.comment.') && k.endsWith(`.${key}`));
  const focusedName = (popup: Page) => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

  it('shows the latest comments with their author, and the older ones by keyboard with Show older', async () => {
    const issue = quietIssue();
    const chen = h.sim.state.users.find((u) => u.displayName === 'Chen Wei');
    if (!chen) throw new Error('no user Chen Wei');
    const now = h.sim.state.now();
    for (let i = 1; i <= 7; i++) addComment(acme(h.sim), issue, chen, paragraph(`Note ${i} from Chen`), now - (8 - i) * HOUR);

    const popup = await openPopup(h);
    const view = await openIssue(popup, issue.key);
    const list = commentsOf(view).getByRole('list', { name: 'Comments' });
    await see(list.getByText('Note 7 from Chen'));
    expect(await list.getByRole('article', { name: 'Comment by Chen Wei' }).count()).toBe(5);
    await see(list.locator('li:first-child').getByText('1 hour ago'));
    expect(await list.getByText('Note 2 from Chen').count()).toBe(0);

    // From the comment box, Tab reaches Add comment, then Show older; Enter loads the older ones
    // and takes focus on to the first of them.
    await click(box(view));
    await popup.keyboard.press('Tab');
    expect(await focusedName(popup)).toBe('Add comment');
    await popup.keyboard.press('Tab');
    expect(await focusedName(popup)).toBe('Show older comments');
    await popup.keyboard.press('Enter');
    await see(list.getByText('Note 1 from Chen'));
    await until('focus on the first older comment', async () => (await popup.evaluate(() => document.activeElement?.textContent ?? '')).includes('Note 2 from Chen'), popup);
    expect(await list.getByRole('article').count()).toBe(7);
    await gone(commentsOf(view).getByRole('button', { name: 'Show older comments' }));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('adds a comment typed in Markdown with Ctrl+Enter: Jira stores it as ADF and it shows first', async () => {
    const issue = quietIssue();
    const popup = await openPopup(h);
    const view = await openIssue(popup, issue.key);
    await see(commentsOf(view).getByText('No comments yet.'));
    await step('typing the comment', popup, () => box(view).fill('Fixed in **2.4**:\n\n- login\n- logout', { timeout: STEP_MS }));
    h.sim.clearLog();
    await step('Ctrl+Enter in the comment box', popup, () => box(view).press('Control+Enter', { timeout: STEP_MS }));

    await see(commentsOf(view).getByRole('status').filter({ hasText: `Comment added to ${issue.key}.` }));
    expect(posts(issue.key).map((e) => e.status), jiraText(h.sim)).toEqual([201]);
    const stored = JSON.stringify(issue.comments.map((c) => c.body));
    expect(stored).toContain('"type":"strong"');
    expect(stored).toContain('"type":"bulletList"');
    const first = commentsOf(view).locator('.comment-list > li:first-child');
    await see(first.getByText('2.4', { exact: true }));
    expect(await first.locator('strong').textContent()).toBe('2.4');
    expect(await box(view).inputValue()).toBe('');
    expect(await draftKeys(issue.key)).toEqual([]);
    await popup.close();
  });

  it('what was typed is back when the popup, closed mid-typing, opens the issue again', async () => {
    const issue = quietIssue();
    const popup = await openPopup(h);
    const view = await openIssue(popup, issue.key);
    await step('typing', popup, () => box(view).fill('Half a thought, **not** sent', { timeout: STEP_MS }));
    await popup.close();

    const again = await openPopup(h);
    const reopened = await openIssue(again, issue.key);
    await until('the draft back in the box', async () => (await box(reopened).inputValue()) === 'Half a thought, **not** sent', again);
    await see(commentsOf(reopened).getByRole('status').filter({ hasText: 'Draft restored' }));
    expect(posts(issue.key)).toEqual([]);
    await again.close();
  });

  it('a comment Jira refuses keeps its text and says why', async () => {
    const issue = quietIssue();
    const popup = await openPopup(h);
    const view = await openIssue(popup, issue.key);
    await step('typing', popup, () => box(view).fill('Refused, but kept', { timeout: STEP_MS }));
    h.sim.faults.next(1, { kind: 'status', status: 500 }, { method: 'POST', pathIncludes: `/issue/${issue.key}/comment` });
    await click(commentsOf(view).getByRole('button', { name: 'Add comment' }));

    const alert = commentsOf(view).getByRole('alert');
    await see(alert.filter({ hasText: `Jira did not add your comment to ${issue.key}.` }));
    await see(alert.filter({ hasText: 'Jira had a problem (HTTP 500)' }));
    expect(await box(view).inputValue()).toBe('Refused, but kept');
    expect(issue.comments).toEqual([]);
    expect(posts(issue.key).map((e) => e.status)).toEqual([500]);
    expect(await draftKeys(issue.key)).toEqual([`draft.comment.${acme(h.sim).site.id}.${issue.key}`]);
    await popup.close();
  });

  it('a comment Jira accepts after the popup closed leaves no draft behind, and is not sent again', async () => {
    const issue = quietIssue();
    const popup = await openPopup(h);
    const view = await openIssue(popup, issue.key);
    await step('typing', popup, () => box(view).fill('Sent as the popup closed', { timeout: STEP_MS }));
    h.sim.faults.next(1, { kind: 'delay', ms: 1_500 }, { method: 'POST', pathIncludes: `/issue/${issue.key}/comment` });
    await click(commentsOf(view).getByRole('button', { name: 'Add comment' }));
    await until('the comment reached Jira', () => posts(issue.key).length > 0, popup);
    await popup.close();

    await until('Jira answered the comment', () => posts(issue.key).at(-1)?.status === 201);
    await until('the draft removed by the worker', async () => (await draftKeys(issue.key)).length === 0);
    const again = await openPopup(h);
    const reopened = await openIssue(again, issue.key);
    await see(commentsOf(reopened).getByText('Sent as the popup closed'));
    expect(await box(reopened).inputValue()).toBe('');
    expect(posts(issue.key)).toHaveLength(1);
    expect(issue.comments).toHaveLength(1);
    await again.close();
  });
});
