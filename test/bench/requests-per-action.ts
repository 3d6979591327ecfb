// Requests each issue action costs, from the simulator's log: warm (worker running, caches
// filled, the action done once before) and cold (the worker stopped just before the action, as
// Chrome does after 30 s idle; storage kept). One entry per action: adding a row is adding an
// entry, and an action this build does not have says so instead of showing a number.
import type { Page } from 'playwright-core';
import { dispatchCaptureClick, wakeWorkerFrom } from '../e2e/capture-steps.ts';
import { createBug, fillBug } from '../e2e/create-steps.ts';
import type { Harness } from '../e2e/harness.ts';
import {
  chooseCreateTarget,
  chooseTab,
  findStatus,
  issueView,
  jiraRequests,
  openIssue,
  openPopup,
  panel,
  plainIssues,
  settle,
  submitIssueReference,
} from '../e2e/issue-steps.ts';
import { click, gone, see, step, STEP_MS } from '../e2e/steps.ts';
import type { Row } from './table.ts';

export interface ActionEntry {
  name: string;
  /** Brings the open popup to one step before the action (target number `n`, distinct per run)
   *  and returns that step. Absent: the action is not in this build. */
  prepare?: (h: Harness, popup: Page, n: number) => Promise<() => Promise<void>>;
}

export const ACTIONS: ActionEntry[] = [
  {
    name: 'create',
    prepare: async (_h, popup, n) => {
      const form = await chooseCreateTarget(popup, 'BIG', 'Bug');
      await fillBug(popup, `Bench create ${n}`);
      return async () => {
        await click(form.getByRole('button', { name: 'Create issue' }));
        await see(panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ }));
      };
    },
  },
  {
    name: 'get (open by key)',
    prepare: async (_h, popup, n) => {
      await chooseTab(popup, 'Open');
      return async () => {
        await submitIssueReference(popup, `BIG-${40 + n}`);
        await see(issueView(popup, `BIG-${40 + n}`));
      };
    },
  },
  {
    name: 'update (save an edit)',
    prepare: async (_h, popup, n) => {
      const key = `BIG-${60 + n}`;
      const view = await openIssue(popup, key);
      await click(view.getByRole('button', { name: 'Edit', exact: true }));
      const form = popup.getByRole('form', { name: `Edit ${key}` });
      await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(`Bench edit ${n}`, { timeout: STEP_MS }));
      return async () => {
        await click(form.getByRole('button', { name: 'Save changes' }));
        await see(popup.getByRole('status').filter({ hasText: `${key} saved.` }));
      };
    },
  },
  {
    name: 'delete',
    prepare: async (h, popup) => {
      const target = plainIssues(h.sim, 'BIG', 'In Progress')[0];
      if (!target) throw new Error('no In Progress issue without sub-tasks left in BIG');
      const view = await openIssue(popup, target.key);
      return async () => {
        await click(view.getByRole('button', { name: 'Delete', exact: true }));
        const dialog = popup.getByRole('dialog', { name: `Delete ${target.key}?` });
        await click(dialog.getByRole('button', { name: 'Delete issue' }));
        await gone(dialog);
        await see(panel(popup, 'Open').getByRole('status').filter({ hasText: `${target.key} deleted.` }));
      };
    },
  },
  {
    name: 'one search page',
    prepare: async (_h, popup) => {
      await chooseTab(popup, 'Find');
      const find = panel(popup, 'Find');
      await step('typing JQL', popup, () => find.getByRole('textbox', { name: 'JQL' }).fill('project = WEB ORDER BY key ASC', { timeout: STEP_MS }));
      return async () => {
        await click(find.getByRole('button', { name: 'Search', exact: true }));
        await see(findStatus(popup).filter({ hasText: /^\d+ issues/ }));
      };
    },
  },
  {
    // From the menu click to "Created": the capture window's start (it opens on the project and
    // type last created in, from cache) and the create, with the required Severity chosen.
    name: 'create from selection',
    prepare: async (h, popup, n) => async () => {
      const worker = await wakeWorkerFrom(h, popup);
      const text = `Bench capture ${n}: export fails on large files`;
      const win = await dispatchCaptureClick(h, worker, { url: 'https://example.com/release-notes', title: 'Release notes', text });
      try {
        const form = win.getByRole('form', { name: 'New issue' });
        await step('choosing a severity', win, () => form.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Minor' }, { timeout: STEP_MS }));
        await click(form.getByRole('button', { name: 'Create issue' }));
        await see(win.getByRole('heading', { name: /^Created BIG-\d+$/ }));
      } finally {
        await win.close();
      }
    },
  },
];

interface Count {
  jira: number;
  /** Token and accessible-resources requests (a cold worker may need them). */
  other: number;
}

async function countOnce(h: Harness, entry: ActionEntry, n: number, cold: boolean): Promise<Count> {
  if (!entry.prepare) throw new Error(`${entry.name} is not in this build`);
  const popup = await openPopup(h);
  try {
    const act = await entry.prepare(h, popup, n);
    await settle(h.sim);
    if (cold) await h.stopWorker();
    h.sim.clearLog();
    await act();
    await settle(h.sim);
    const jira = jiraRequests(h.sim).length;
    return { jira, other: h.sim.log.length - jira };
  } finally {
    await popup.close();
  }
}

const text = ({ jira, other }: Count) => `${jira}${other > 0 ? ` (+${other} auth)` : ''}`;

export async function requestsPerAction(h: Harness, actions: ActionEntry[] = ACTIONS): Promise<Row[]> {
  // The popup opens on the create form of BIG / Bug from cache, as it does day to day.
  const first = await openPopup(h);
  await createBug(first, 'Bench warm-up');
  await first.close();
  const rows: Row[] = [];
  for (const entry of actions) {
    if (!entry.prepare) {
      rows.push([entry.name, '', '', 'not measured in this build']);
      continue;
    }
    await countOnce(h, entry, 0, false);
    const warm = await countOnce(h, entry, 1, false);
    const cold = await countOnce(h, entry, 2, true);
    rows.push([entry.name, text(warm), text(cold)]);
  }
  return rows;
}
