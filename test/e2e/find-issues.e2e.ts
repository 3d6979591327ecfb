// Finding issues from the popup, in real Chromium against the simulator: a preset search, a query
// over a whole project paged with "Load more" to the end (every issue once), and JQL that Jira
// refuses, whose message is shown as Jira wrote it.
import { SEARCH_PAGE_SIZE } from '../../lib/jira/search.ts';
import { describe, expect, it } from 'vitest';
import { chooseWebTask } from './capture-steps.ts';
import { useHarness } from './harness.ts';
import { acme, chooseTab, findStatus, jiraRequests, jiraText, ME, openPopup, panel, resultKeys, signedInToAcme } from './issue-steps.ts';
import { click, see, step, STEP_MS, until } from './steps.ts';

const PAGE = SEARCH_PAGE_SIZE;

describe('find issues', () => {
  const h = signedInToAcme(useHarness(), 'E2E find');

  it('once the popup has been idle, Find chosen from the keyboard shows at once, with no loading line', async () => {
    const popup = await openPopup(h);
    // The everyday popup: its Create form shown (no project was used yet in this profile).
    await chooseWebTask(popup);
    // The popup loads the other tabs' code once that form is shown and the page is idle; the idle
    // callback waits at most 2 s (components/ui/when-idle.ts).
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await popup.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        for (const status of document.querySelectorAll('[role="status"]')) if (status.textContent) seen.push(status.textContent);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    // The keyboard, not the pointer: pointing at a tab would start loading its code too.
    await step('focusing the Create tab', popup, () => popup.getByRole('tab', { name: 'Create', exact: true }).focus({ timeout: STEP_MS }));
    await step('ArrowRight to Find', popup, () => popup.keyboard.press('ArrowRight'));
    await see(panel(popup, 'Find').getByRole('textbox', { name: 'JQL' }));
    const seen = await popup.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
    expect(seen.filter((text) => text.includes('Loading Find'))).toEqual([]);
    await popup.close();
  });

  it('"My open issues" lists the open issues assigned to the signed-in user', async () => {
    const site = acme(h.sim);
    const done = new Set(site.statuses.filter((s) => s.category.key === 'done').map((s) => s.id));
    const mine = [...site.issues.values()].filter((i) => i.fields.assignee === ME && !done.has(i.statusId));
    expect(mine.length).toBeGreaterThan(0);

    const popup = await openPopup(h);
    await chooseTab(popup, 'Find');
    const find = panel(popup, 'Find');
    await click(find.getByRole('group', { name: 'Quick searches' }).getByRole('button', { name: 'My open issues' }));
    const expectedStatus = mine.length > PAGE ? `${PAGE} issues, more available` : `${mine.length} issues`;
    await see(findStatus(popup).filter({ hasText: expectedStatus }));
    const keys = await resultKeys(popup);
    expect(keys.length).toBe(Math.min(PAGE, mine.length));
    const mineKeys = new Set(mine.map((i) => i.key));
    expect(keys.filter((k) => !mineKeys.has(k))).toEqual([]);
    // The preset's JQL is what the box now holds, and what went to Jira.
    expect(await find.getByRole('textbox', { name: 'JQL' }).inputValue()).toMatch(/^assignee = currentUser\(\) AND statusCategory != Done/);
    await popup.close();
  });

  it('a whole project, page after page with "Load more": every issue exactly once, in key order', async () => {
    const expected = [...acme(h.sim).issues.keys()]
      .filter((k) => k.startsWith('BIG-'))
      .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
    expect(expected.length).toBeGreaterThanOrEqual(120);

    const popup = await openPopup(h);
    await chooseTab(popup, 'Find');
    const find = panel(popup, 'Find');
    h.sim.clearLog();
    await step('typing JQL', popup, () => find.getByRole('textbox', { name: 'JQL' }).fill('project = BIG ORDER BY key ASC', { timeout: STEP_MS }));
    await click(find.getByRole('button', { name: 'Search', exact: true }));

    const loadMore = find.getByRole('button', { name: 'Load more' });
    let pages = 1;
    for (;;) {
      const shown = PAGE * pages;
      if (shown >= expected.length) break;
      await see(findStatus(popup).filter({ hasText: `${shown} issues, more available` }));
      await click(loadMore);
      pages += 1;
    }
    await see(findStatus(popup).filter({ hasText: new RegExp(`^${expected.length} issues$`) }));
    expect(await loadMore.count()).toBe(0);

    const keys = await resultKeys(popup);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expected);
    const searches = jiraRequests(h.sim).filter((e) => e.path.endsWith('/rest/api/3/search/jql'));
    expect(searches.length, jiraText(h.sim)).toBe(Math.ceil(expected.length / PAGE));
    expect(searches.every((e) => e.status === 200)).toBe(true);
    await popup.close();
  });

  it('JQL that Jira refuses: Jira\'s message, as it wrote it, next to the box', async () => {
    const popup = await openPopup(h);
    await chooseTab(popup, 'Find');
    const find = panel(popup, 'Find');
    const box = find.getByRole('textbox', { name: 'JQL' });
    for (const [jql, message] of [
      ['project = BIG AND status = "No such status"', "The value 'No such status' does not exist for the field 'status'."],
      ['project = BIG AND', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    ] as const) {
      h.sim.clearLog();
      await step('typing JQL', popup, () => box.fill(jql, { timeout: STEP_MS }));
      await step('pressing Enter', popup, () => box.press('Enter', { timeout: STEP_MS }));
      const alert = find.getByRole('alert');
      await see(alert.filter({ hasText: message }));
      expect(await alert.textContent()).toBe(message);
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect((await box.getAttribute('aria-describedby'))?.split(' ')).toContain(await alert.getAttribute('id'));
      expect(jiraRequests(h.sim).map((e) => e.status), jiraText(h.sim)).toEqual([400]);
      await until('no results listed', async () => (await find.getByRole('listbox', { name: 'Search results' }).count()) === 0, popup);
    }
    await popup.close();
  });
});
