// Create from selection and the address-bar keyword, in real Chromium against the simulator:
// text selected on a local page, the context-menu click dispatched from the worker (Chrome runs the
// extension's real listener), the capture window prefilled from a template, the issue created
// with the page linked in its ADF description; `jira KEY-1` and `jira words` in the omnibox.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk, type AdfNode } from './adf-walk.ts';
import { chooseWebTask, dispatchCaptureClick, summaryBox } from './capture-steps.ts';
import { useHarness } from './harness.ts';
import { acme, mustIssue } from './issue-steps.ts';
import { connectThroughConsent, createProfileOnOptionsPage, liveWorker, openPage, readArea } from './sign-in-steps.ts';
import { click, see, step, STEP_MS, until } from './steps.ts';

const SELECTED = 'Login fails on Safari when the session cookie is stale.';
const PAGE_TITLE = 'Release notes & known issues';

interface Chrome {
  omnibox: {
    onInputEntered: { dispatch(text: string, disposition: string): void };
    onInputChanged: { dispatch(text: string, suggest: (s: { content: string; description: string }[]) => void): void };
  };
  storage: { sync: { set(items: object): Promise<void> } };
}

/** A page on loopback with a paragraph to select. */
function startPageServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Release notes &amp; known issues</title><p id="bug">${SELECTED}</p><p>Other text.</p>`);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notes.html` }));
  });
}

describe('create from selection and the omnibox', () => {
  const h = useHarness();
  let pageServer: Server;
  let pageUrl = '';

  beforeAll(async () => {
    ({ server: pageServer, url: pageUrl } = await startPageServer());
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        pageServer?.closeAllConnections();
        pageServer?.close(() => resolve());
      }),
  );

  /** Opens the test page, selects the paragraph, and dispatches the menu click from the worker
   *  with the real tab; returns the capture window. */
  async function captureSelection(): Promise<Page> {
    const page = await h.context.newPage();
    await step('opening the test page', page, () => page.goto(pageUrl));
    const selectionText = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('bug') as HTMLElement);
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selectionText).toBe(SELECTED);
    await page.bringToFront();
    const win = await dispatchCaptureClick(h, await liveWorker(h), { url: pageUrl, title: PAGE_TITLE, text: selectionText });
    await page.close();
    return win;
  }

  const descriptionBox = (win: Page) => win.getByRole('textbox', { name: 'Description' });
  const DESCRIPTION = () => `> ${SELECTED}\n\nSource: [Release notes & known issues](${pageUrl})`;

  it('before signing in: the window shows the connect prompt, keeps the capture, and is prefilled after connecting', async () => {
    const options = await openPage(h, 'options.html');
    await createProfileOnOptionsPage(options, { name: 'E2E capture' });
    await options.close();

    const win = await captureSelection();
    await see(win.getByRole('heading', { name: 'Not connected to Jira' }));
    await see(win.getByRole('region', { name: 'Captured' }).getByText(SELECTED));
    await connectThroughConsent(h.context, win.getByRole('button', { name: 'Connect to Jira' }), 'Accept');
    // Two sites: the window asks which one, like the popup.
    await click(win.getByRole('button', { name: /^Acme / }));
    await chooseWebTask(win);
    await until('summary prefilled', async () => (await summaryBox(win).inputValue()) === SELECTED, win);
    expect(await descriptionBox(win).inputValue()).toBe(DESCRIPTION());
    await win.close();
  });

  it('prefills from the default template and creates the issue with the page linked in its ADF description', async () => {
    const win = await captureSelection();
    expect(await win.getByRole('combobox', { name: 'Template' }).inputValue()).toBe('default');
    expect(await win.title()).toContain('New Jira issue');
    await chooseWebTask(win);
    expect(await summaryBox(win).inputValue()).toBe(SELECTED);
    expect(await descriptionBox(win).inputValue()).toBe(DESCRIPTION());

    await step('Ctrl+Enter in the summary', win, () => summaryBox(win).press('Control+Enter', { timeout: STEP_MS }));
    const created = win.getByRole('heading', { name: /^Created WEB-\d+$/ });
    await see(created);
    const key = ((await created.getByRole('link').textContent()) ?? '').trim();
    for (const name of ['Copy key', 'Copy link', 'Copy key and summary', 'Copy branch name']) await see(win.getByRole('button', { name, exact: true }));
    await see(win.getByRole('button', { name: 'Close window' }));

    const issue = mustIssue(h.sim, key);
    expect(issue.fields.summary).toBe(SELECTED);
    const texts: string[] = [];
    const links: { text: string; href: unknown }[] = [];
    const quoted: string[] = [];
    walk(issue.fields.description as AdfNode, (n) => {
      if (n.text !== undefined) texts.push(n.text);
      for (const m of n.marks ?? []) if (m.type === 'link') links.push({ text: n.text ?? '', href: m.attrs?.href });
      if (n.type === 'blockquote') walk(n, (q) => q.text !== undefined && quoted.push(q.text));
    });
    expect(quoted.join('')).toBe(SELECTED);
    expect(links).toEqual([{ text: PAGE_TITLE, href: pageUrl }]);

    // The capture is forgotten once the issue exists: the same address now says so.
    const again = await h.openPage(win.url().replace(`chrome-extension://${h.extensionId}/`, ''));
    await see(again.getByRole('heading', { name: 'Nothing to create from' }));
    await again.close();
    const closed = win.waitForEvent('close', { timeout: STEP_MS });
    await click(win.getByRole('button', { name: 'Close window' }));
    await step('window closing', win, () => closed);
  });

  it('what the user typed in a capture window survives closing it, a worker stop and a browser restart, and goes once the issue is created', async () => {
    const win = await captureSelection();
    await chooseWebTask(win);
    const typed = 'Safari login loop after a stale cookie';
    await step('typing a summary', win, () => summaryBox(win).fill(typed, { timeout: STEP_MS }));
    const id = new URL(win.url()).searchParams.get('id');
    const draftOf = async () => (await readArea(await liveWorker(h), 'local'))[`draft.capture.${id}`] as { fields?: { summary?: { value?: string } } } | undefined;
    await until('the draft is saved', async () => (await draftOf())?.fields?.summary?.value === typed, win);
    const path = win.url().replace(`chrome-extension://${h.extensionId}/`, '');
    await win.close();
    await h.stopWorker();
    await h.restartBrowser();

    const again = await h.openPage(path);
    again.setDefaultTimeout(STEP_MS);
    await see(again.getByRole('status').filter({ hasText: 'Draft restored' }));
    await until('the typed summary is back', async () => (await summaryBox(again).inputValue()) === typed, again);
    // The rest of the prefill is still there too.
    expect(await descriptionBox(again).inputValue()).toBe(DESCRIPTION());
    await step('Ctrl+Enter in the summary', again, () => summaryBox(again).press('Control+Enter', { timeout: STEP_MS }));
    const created = again.getByRole('heading', { name: /^Created WEB-\d+$/ });
    await see(created);
    expect(mustIssue(h.sim, ((await created.getByRole('link').textContent()) ?? '').trim()).fields.summary).toBe(typed);
    await until('the draft is gone', async () => (await draftOf()) === undefined, again);
    await again.close();
  });

  it('a template tied to a project and type preselects them', async () => {
    const worker = await liveWorker(h);
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.sync.set({
        'templates.order': ['bug', 'default'],
        'template.bug': { id: 'bug', name: 'Website bug', projectKey: 'WEB', issueTypeId: '10002', summary: 'Bug: {{selection}}', description: 'Seen on {{url}} ({{date}})' },
        'template.default': { id: 'default', name: 'Quote the selection', summary: '{{selection}}', description: '> {{selection}}\n\nSource: [{{title}}]({{url}})' },
      });
    });
    const win = await captureSelection();
    await see(summaryBox(win));
    expect(await win.getByRole('combobox', { name: 'Template' }).inputValue()).toBe('bug');
    expect(await win.getByRole('combobox', { name: 'Project' }).inputValue()).toBe('Website Redesign (WEB)');
    expect(await win.getByRole('combobox', { name: 'Issue type' }).inputValue()).toBe('10002');
    await until('summary from the template', async () => (await summaryBox(win).inputValue()) === `Bug: ${SELECTED}`, win);
    await win.close();
  });

  it('omnibox: `jira web-1` opens the issue on the chosen site; words yield up to five suggestions from the issue picker', async () => {
    const worker: Worker = await liveWorker(h);
    const target = `${acme(h.sim).site.url.replace(/\/$/, '')}/browse/WEB-1`;
    const tab = await h.context.newPage();
    await tab.bringToFront();
    // The simulated site's own address does not resolve: the navigation request is what counts.
    const navigation = h.context.waitForEvent('request', { predicate: (request) => request.url() === target, timeout: STEP_MS });
    await worker.evaluate(() => {
      (globalThis as unknown as { chrome: Chrome }).chrome.omnibox.onInputEntered.dispatch('web-1', 'currentTab');
    });
    await step(`the current tab navigating to ${target}`, tab, () => navigation);
    await tab.close();

    h.sim.clearLog();
    const suggestions = await worker.evaluate(
      () =>
        new Promise<{ content: string; description: string }[]>((resolve, reject) => {
          setTimeout(() => reject(new Error('no suggestions within 10 s')), 10_000);
          (globalThis as unknown as { chrome: Chrome }).chrome.omnibox.onInputChanged.dispatch('web', resolve);
        }),
    );
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    // Keys starting with WEB, and issues whose summary has the word.
    expect(suggestions.some((s) => /^WEB-\d+$/.test(s.content))).toBe(true);
    for (const s of suggestions) {
      expect(s.content).toMatch(/^[A-Z][A-Z0-9_]+-\d+$/);
      expect(s.description.startsWith(`<url>${s.content}</url> `)).toBe(true);
    }
    const picks = h.sim.log.filter((e) => e.path.endsWith('/rest/api/3/issue/picker'));
    expect(picks.map((e) => [e.query.query, e.status])).toEqual([['web', 200]]);
  });
});
