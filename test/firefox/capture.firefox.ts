// Create from selection in Firefox, as a user does it: text selected on a page, a right click, and
// "Create Jira issue from selection" chosen in Firefox's own context menu (through the chrome
// scope, since BiDi reaches page content only); Firefox grants activeTab and runs the extension's
// menus.onClicked, which reads the selection and opens the capture window; the issue is created
// from it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk, type AdfNode } from '../e2e/adf-walk.ts';
import { chooseWebTask, summaryBox } from '../e2e/capture-steps.ts';
import { mustIssue, signInToAcme } from '../e2e/issue-steps.ts';
import { see, step, STEP_MS, until } from '../e2e/steps.ts';
import { useFirefox } from './harness.ts';
import { FirefoxPage } from './ui-page.ts';

const SELECTED = 'Login fails on Safari when the session cookie is stale.';
const PAGE_TITLE = 'Release notes & known issues';

describe('Firefox: create from selection', () => {
  const h = useFirefox();
  let server: Server;
  let pageUrl = '';

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Release notes &amp; known issues</title><p id="bug">${SELECTED}</p><p>Other text.</p>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notes.html`;
    await signInToAcme(h, 'Firefox capture');
  }, 60_000);
  afterAll(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

  /** The capture window, once one of the browser's pages is at capture.html. */
  async function captureWindow(): Promise<FirefoxPage> {
    let found: FirefoxPage | undefined;
    await until('the capture window opening', async () => {
      for (const raw of await h.browser.pages()) {
        const href = await raw.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${h.baseUrl}capture.html?id=`)) found = new FirefoxPage(raw, href);
      }
      return found !== undefined;
    });
    return found as FirefoxPage;
  }

  it('a right click on selected text, "Create Jira issue from selection", and the window creates the issue', async () => {
    const tab = await h.browser.newPage();
    await step('opening the test page', undefined, () => tab.goto(pageUrl, { timeout: STEP_MS }));
    await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('bug') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const box = await (await tab.$('#bug'))?.boundingBox();
    if (!box) throw new Error('the paragraph has no box');
    await tab.mouse.click(box.x + 5, box.y + box.height / 2, { button: 'right' });
    await step('choosing the context-menu item', undefined, () => h.chrome.chooseContextMenuItem('Create Jira issue from selection'));

    const win = await captureWindow();
    await chooseWebTask(win);
    await until('summary prefilled from the selection', async () => (await summaryBox(win).inputValue()) === SELECTED, win);
    expect(await win.getByRole('textbox', { name: 'Description' }).inputValue()).toBe(`> ${SELECTED}\n\nSource: [${PAGE_TITLE}](${pageUrl})`);
    await step('Ctrl+Enter in the summary', win, () => summaryBox(win).press('Control+Enter', { timeout: STEP_MS }));
    const created = win.getByRole('heading', { name: /^Created WEB-\d+$/ });
    await see(created);
    const key = ((await created.textContent()) ?? '').replace(/^Created /, '').trim();
    const issue = mustIssue(h.sim, key);
    expect(issue.fields.summary).toBe(SELECTED);
    const links: unknown[] = [];
    walk(issue.fields.description as AdfNode, (n) => {
      for (const m of n.marks ?? []) if (m.type === 'link') links.push(m.attrs?.href);
    });
    expect(links).toEqual([pageUrl]);
    await win.close();
    await tab.close();
  });
});
