// The steps a person takes with the popup's issue actions (Create, Find, Open, change status,
// delete), shared by the issue end-to-end tests of both lanes (through ui.ts), plus what those tests
// read from the simulator. Elements are found by role and accessible name; every wait has its own
// timeout (STEP_MS).
import { beforeAll } from 'vitest';
import type { LoggedRequest, Simulator } from '../sim/server.ts';
import type { Issue, SiteState } from '../sim/types.ts';
import { expectPopupSession, signInWithNewProfile } from './sign-in-steps.ts';
import { click, see, step, STEP_MS, until } from './steps.ts';
import type { Lane, UiLocator, UiPage } from './ui.ts';

export const ME = '5b10a2844c20165700ede21f';

/** Signs in once (a fresh custom profile, site Acme) and closes the options page. */
export async function signInToAcme(h: Lane, profile = 'E2E issues'): Promise<void> {
  const options = await signInWithNewProfile(h, profile, 'Acme');
  await options.close();
}

/** `h`, signed in to Acme with its own profile before the first test of the block it is made in. */
export function signedInToAcme<L extends Lane>(h: L, profile: string): L {
  beforeAll(() => signInToAcme(h, profile), 60_000);
  return h;
}

/** Opens the popup, waits for "Alana Grant on Acme". */
export function openPopup<P extends UiPage>(h: Lane<P>): Promise<P> {
  return expectPopupSession(h, 'Acme');
}

// ---------------------------------------------------------------------------------------------
// The simulator

export function acme(sim: Simulator): SiteState {
  const site = sim.state.sites.find((s) => s.site.name === 'Acme');
  if (!site) throw new Error('the simulator has no site Acme');
  return site;
}

export function issueIn(sim: Simulator, key: string): Issue | undefined {
  return acme(sim).issues.get(key);
}

export function mustIssue(sim: Simulator, key: string): Issue {
  const issue = issueIn(sim, key);
  if (!issue) throw new Error(`the simulator has no issue ${key}`);
  return issue;
}

/** Requests to Jira's REST API (not the OAuth or accessible-resources ones). */
export function jiraRequests(sim: Simulator): LoggedRequest[] {
  return sim.log.filter((e) => e.path.includes('/rest/api/3/'));
}

/** One line per Jira request, for assertion messages. */
export function jiraText(sim: Simulator): string {
  return jiraRequests(sim).map((e) => `${e.method} ${e.path} ${new URLSearchParams(e.query).toString()} → ${e.status}`).join('\n') || '(none)';
}

/** The path of one issue under the Acme site's API base. */
export function issuePath(sim: Simulator, key: string): string {
  return `/ex/jira/${acme(sim).site.id}/rest/api/3/issue/${key}`;
}

/** Waits for the browser to send nothing more for `quietMs` (stray background requests show up
 *  in the counts that follow instead of after them). */
export async function settle(sim: Simulator, quietMs = 400): Promise<void> {
  let seen = sim.log.length;
  let since = Date.now();
  await until('the simulator log to stay quiet', () => {
    if (sim.log.length !== seen) {
      seen = sim.log.length;
      since = Date.now();
    }
    return Date.now() - since >= quietMs;
  });
}

/** Issues of `project` with at least `min` sub-tasks. */
export function issuesWithSubtasks(sim: Simulator, project: string, min: number): Issue[] {
  const site = acme(sim);
  const subtaskType = site.issueTypes.find((t) => t.subtask)?.id;
  const count = new Map<string, number>();
  for (const issue of site.issues.values()) {
    if (issue.issueTypeId === subtaskType && issue.parentKey) count.set(issue.parentKey, (count.get(issue.parentKey) ?? 0) + 1);
  }
  return [...site.issues.values()].filter((i) => i.key.startsWith(`${project}-`) && (count.get(i.key) ?? 0) >= min);
}

export function subtaskKeysOf(sim: Simulator, key: string): string[] {
  const site = acme(sim);
  const subtaskType = site.issueTypes.find((t) => t.subtask)?.id;
  return [...site.issues.values()].filter((i) => i.parentKey === key && i.issueTypeId === subtaskType).map((i) => i.key);
}

/** Top-level issues of `project` in `statusName` without sub-tasks, in key order. */
export function plainIssues(sim: Simulator, project: string, statusName: string): Issue[] {
  const site = acme(sim);
  const status = site.statuses.find((s) => s.name === statusName);
  const parents = new Set([...site.issues.values()].map((i) => i.parentKey));
  const subtaskType = site.issueTypes.find((t) => t.subtask)?.id;
  return [...site.issues.values()]
    .filter((i) => i.key.startsWith(`${project}-`) && i.statusId === status?.id && !parents.has(i.key) && i.issueTypeId !== subtaskType)
    .sort((a, b) => Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]));
}

// ---------------------------------------------------------------------------------------------
// The popup

export type TabName = 'Create' | 'Find' | 'Open';

export async function chooseTab(popup: UiPage, name: TabName): Promise<void> {
  const tab = popup.getByRole('tab', { name, exact: true });
  await click(tab);
  await until(`tab ${name} selected`, async () => (await tab.getAttribute('aria-selected')) === 'true', popup);
}

/** The tab panel of `name` (only the selected one is visible). */
export function panel(popup: UiPage, name: TabName): UiLocator {
  return popup.getByRole('tabpanel', { name, exact: true });
}

/** Create: types into the Project box and picks the project, then picks the issue type; waits for
 *  the form ("Create issue"). */
export async function chooseCreateTarget(popup: UiPage, projectKey: string, issueType: string): Promise<UiLocator> {
  const create = panel(popup, 'Create');
  const project = create.getByRole('combobox', { name: 'Project' });
  await see(project);
  await step('typing the project', popup, () => project.fill(projectKey, { timeout: STEP_MS }));
  await click(create.getByRole('option', { name: new RegExp(` ${projectKey}$`) }));
  const type = create.getByRole('combobox', { name: 'Issue type' });
  await see(type);
  await step(`choosing issue type ${issueType}`, popup, () => type.selectOption({ label: issueType }, { timeout: STEP_MS }));
  const form = create.getByRole('form', { name: 'New issue' });
  await see(form.getByRole('button', { name: 'Create issue' }));
  return form;
}

/** Open: types a key or link into "Issue key or link" and presses Open. */
export async function submitIssueReference(popup: UiPage, text: string): Promise<void> {
  const open = panel(popup, 'Open');
  const field = open.getByRole('textbox', { name: 'Issue key or link' });
  await step(`typing "${text}"`, popup, () => field.fill(text, { timeout: STEP_MS }));
  await click(open.getByRole('button', { name: 'Open', exact: true }));
}

/** The issue view of `key` (an article named "<KEY> <summary>"). */
export function issueView(popup: UiPage, key: string): UiLocator {
  return popup.getByRole('article', { name: new RegExp(`^${key} `) });
}

/** Open tab → key → waits for the issue view. */
export async function openIssue(popup: UiPage, key: string): Promise<UiLocator> {
  await chooseTab(popup, 'Open');
  await submitIssueReference(popup, key);
  const view = issueView(popup, key);
  await see(view);
  return view;
}

/** Opens, in a new popup, the `index`-th plain BIG issue in To Do (no sub-tasks, not a parent). */
export async function openToDoIssue<P extends UiPage>(h: Lane<P>, index: number): Promise<{ target: Issue; popup: P; view: UiLocator }> {
  const target = plainIssues(h.sim, 'BIG', 'To Do')[index];
  if (!target) throw new Error(`no To Do issue ${index} in BIG`);
  const popup = await openPopup(h);
  const view = await openIssue(popup, target.key);
  return { target, popup, view };
}

/** The issue view's Status: the definition next to the term "Status" in its facts list. */
export function statusOf(view: UiLocator): UiLocator {
  return view.locator('div', { has: view.page().getByRole('term').getByText('Status', { exact: true }) }).getByRole('definition');
}

/** Find: the keys listed in "Search results", in order. */
export async function resultKeys(popup: UiPage): Promise<string[]> {
  const list = panel(popup, 'Find').getByRole('listbox', { name: 'Search results' });
  await see(list);
  return list.locator('[role=option] .result-key').allTextContents();
}

/** Find's live status line ("50 issues, more available", "No issues match.", ...). */
export function findStatus(popup: UiPage): UiLocator {
  return panel(popup, 'Find').locator('p.find-status[role=status]');
}
