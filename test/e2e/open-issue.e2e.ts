// Opening an issue from the popup, in real Chromium against the simulator: by key (any case), by a
// pasted Jira link (browse and board links), an unknown key, and an issue whose text is hostile
// HTML and script: it shows as text, and nothing of it runs or becomes a live element.
import type { Dialog } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { jiraDateTime } from '../sim/jira/dates.ts';
import { allocateIssue } from '../sim/jira/lookup.ts';
import { useHarness } from './harness.ts';
import { acme, chooseTab, issuePath, issueView, ME, mustIssue, openIssue, openPopup, panel, signedInToAcme, submitIssueReference } from './issue-steps.ts';
import { see } from './steps.ts';

describe('open an issue', () => {
  const h = signedInToAcme(useHarness(), 'E2E open');

  it('opens by a lower-case key and by pasted browse and board links', async () => {
    const popup = await openPopup(h);
    for (const [typed, key] of [
      ['big-12', 'BIG-12'],
      ['https://acme-sim.atlassian.net/browse/BIG-3', 'BIG-3'],
      ['https://acme-sim.atlassian.net/jira/software/projects/BIG/boards/1?selectedIssue=BIG-5', 'BIG-5'],
    ] as const) {
      h.sim.clearLog();
      await chooseTab(popup, 'Open');
      await submitIssueReference(popup, typed);
      const view = issueView(popup, key);
      await see(view);
      const summary = mustIssue(h.sim, key).fields.summary as string;
      await see(view.getByRole('heading', { name: `${key} ${summary}`, exact: true }));
      // The upper-case key went to Jira, whatever was typed.
      expect(h.sim.log.some((e) => e.method === 'GET' && e.path === issuePath(h.sim, key) && e.status === 200)).toBe(true);
      expect(await view.getByRole('link', { name: 'Open in Jira' }).getAttribute('href')).toBe(`https://acme-sim.atlassian.net/browse/${key}`);
    }
    await popup.close();
  });

  it('an unknown key: says it does not exist (or is hidden) next to the field', async () => {
    const popup = await openPopup(h);
    await chooseTab(popup, 'Open');
    h.sim.clearLog();
    await submitIssueReference(popup, 'BIG-99999');
    const open = panel(popup, 'Open');
    const message = open.getByRole('alert').filter({ hasText: 'BIG-99999 does not exist, or you do not have permission to see it.' });
    await see(message);
    const field = open.getByRole('textbox', { name: 'Issue key or link' });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    expect(h.sim.log.filter((e) => e.path === issuePath(h.sim, 'BIG-99999')).map((e) => e.status)).toEqual([404]);
    expect(await popup.getByRole('article').count()).toBe(0);
    await popup.close();
  });

  it('hostile text in the summary and description shows as text: no element, no script link, no dialog', async () => {
    const site = acme(h.sim);
    const project = site.projects.find((p) => p.key === 'BIG');
    if (!project) throw new Error('no BIG project');
    const { id, key } = allocateIssue(site, project);
    const summary = '<img src=x onerror=alert(1)>';
    const now = jiraDateTime(Date.now() - 60_000);
    site.issues.set(key, {
      id,
      key,
      projectId: project.id,
      issueTypeId: '10001',
      statusId: '10000',
      fields: {
        summary,
        description: {
          type: 'doc',
          version: 1,
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Read ' },
                { type: 'text', text: 'the guide', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
                { type: 'text', text: ' and ' },
                { type: 'text', text: 'the other one', marks: [{ type: 'link', attrs: { href: ' JaVaScRiPt:alert(2)' } }] },
                { type: 'text', text: '.' },
              ],
            },
            { type: 'paragraph', content: [{ type: 'text', text: '<a href="javascript:alert(3)">raw</a> <b onmouseover=alert(4)>b</b>' }] },
          ],
        },
        priority: { id: '3', name: 'Medium' },
        assignee: null,
        reporter: ME,
        creator: ME,
        labels: [],
        resolution: null,
        resolutiondate: null,
      },
      parentKey: null,
      created: now,
      updated: now,
      watcherAccountIds: [ME],
      comments: [],
    });

    const popup = await openPopup(h);
    const dialogs: Dialog[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.dismiss();
    });
    const view = await openIssue(popup, key);

    await see(view.getByRole('heading', { name: `${key} ${summary}`, exact: true }));
    const description = view.getByRole('region', { name: 'Description' });
    await see(description.getByText('<script>alert(1)</script>', { exact: true }));
    await see(description.getByText('the guide'));
    await see(description.getByText('the other one'));
    await see(description.getByText('<a href="javascript:alert(3)">raw</a> <b onmouseover=alert(4)>b</b>', { exact: true }));

    // Nothing of it became markup: no image, no script, no b element, no link that runs script.
    const found = await popup.evaluate(() => ({
      imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert')).length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      bold: document.querySelectorAll('.description b').length,
      hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
    }));
    expect(found.imgs).not.toContain('x');
    expect(found.scripts).toBe(0);
    expect(found.handlers).toBe(0);
    expect(found.bold).toBe(0);
    expect(found.hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(await description.getByRole('link').count()).toBe(0);
    // Give an onerror handler time to fire, had there been one.
    await popup.waitForTimeout(300);
    expect(dialogs.map((d) => d.message())).toEqual([]);
    await popup.close();
  });
});
