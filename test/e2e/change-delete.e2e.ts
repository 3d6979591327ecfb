// Changing an issue's status and deleting an issue from the popup's issue view, in real Chromium
// against the simulator: a transition whose screen requires a field (Resolve → resolution), a
// refused change that puts the old status back, and deleting an issue with sub-tasks, which Jira
// refuses until the user agrees to delete the sub-tasks too.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import {
  issueIn,
  issuePath,
  issuesWithSubtasks,
  jiraText,
  mustIssue,
  openIssue,
  openPopup,
  openToDoIssue,
  panel,
  signedInToAcme,
  statusOf,
  subtaskKeysOf,
} from './issue-steps.ts';
import { click, gone, see, step, STEP_MS, until } from './steps.ts';

const STATUS_DONE = '10003';

describe('change status and delete', () => {
  const h = signedInToAcme(useHarness(), 'E2E change and delete');

  it('Resolve asks for the required resolution; a refused try puts the status back, the next one moves the issue in Jira', async () => {
    const { target, popup, view } = await openToDoIssue(h, 0);
    const key = target.key;
    await see(statusOf(view).filter({ hasText: 'To Do' }));

    await click(view.getByRole('button', { name: 'Change status' }));
    const dialog = popup.getByRole('dialog', { name: `Change the status of ${key}` });
    await see(dialog);
    await click(dialog.getByRole('list', { name: 'Workflow steps' }).getByRole('button', { name: 'Resolve → Done' }));
    const resolution = dialog.getByRole('combobox', { name: 'Resolution' });
    await see(resolution);
    await until('focus in the Resolution field', async () => resolution.evaluate((el) => el === document.activeElement), popup);

    // Left empty: asked for before anything is sent.
    h.sim.clearLog();
    await click(dialog.getByRole('button', { name: 'Resolve', exact: true }));
    await see(dialog.getByText('Resolution is required.'));
    expect(h.sim.log.filter((e) => e.method === 'POST'), jiraText(h.sim)).toEqual([]);

    await step('choosing a resolution', popup, () => resolution.selectOption({ label: "Won't Do" }, { timeout: STEP_MS }));
    // Jira fails once: the dialog says so, and the view shows the old status again.
    h.sim.faults.next(1, { kind: 'status', status: 500 }, { method: 'POST', pathIncludes: '/transitions' });
    await click(dialog.getByRole('button', { name: 'Resolve', exact: true }));
    const problem = dialog.getByRole('alert');
    await see(problem.filter({ hasText: 'Jira did not move the issue to Done' }));
    await see(statusOf(view).filter({ hasText: 'To Do' }));
    expect(mustIssue(h.sim, key).statusId).toBe(target.statusId);
    expect(h.sim.log.filter((e) => e.method === 'POST').map((e) => e.status), jiraText(h.sim)).toEqual([500]);

    await click(dialog.getByRole('button', { name: 'Resolve', exact: true }));
    await gone(dialog);
    await see(statusOf(view).filter({ hasText: 'Done' }));
    await see(view.getByRole('status').filter({ hasText: `${key} is now Done.` }));
    const stored = mustIssue(h.sim, key);
    expect(stored.statusId).toBe(STATUS_DONE);
    expect(stored.fields.resolution).toEqual({ id: '10001', name: "Won't Do" });
    expect(typeof stored.fields.resolutiondate).toBe('string');
    const posts = h.sim.log.filter((e) => e.method === 'POST' && e.path === `${issuePath(h.sim, key)}/transitions`);
    expect(posts.at(-1)?.body).toMatchObject({ transition: { id: '31' }, fields: { resolution: { id: '10001' } } });
    await popup.close();
  });

  it('a change Jira refuses (someone moved the issue meanwhile): the old status comes back with Jira\'s reason', async () => {
    const { target, popup, view } = await openToDoIssue(h, 1);
    const key = target.key;
    await click(view.getByRole('button', { name: 'Change status' }));
    const dialog = popup.getByRole('dialog', { name: `Change the status of ${key}` });
    const start = dialog.getByRole('button', { name: 'Start progress → In Progress' });
    await see(start);

    // Another user resolves it while the dialog is open: "Start progress" is no longer a step.
    mustIssue(h.sim, key).statusId = STATUS_DONE;
    h.sim.clearLog();
    await click(start);
    await gone(dialog);
    const alert = view.getByRole('alert');
    await see(alert.filter({ hasText: `Jira did not move ${key} to In Progress; it is still To Do.` }));
    await see(alert.filter({ hasText: "Transition id '11' is not valid for this issue." }));
    await see(statusOf(view).filter({ hasText: 'To Do' }));
    expect(h.sim.log.filter((e) => e.method === 'POST').map((e) => e.status), jiraText(h.sim)).toEqual([400]);
    expect(mustIssue(h.sim, key).statusId).toBe(STATUS_DONE);
    await popup.close();
  });

  it('deleting an issue with sub-tasks: named in the dialog, refused without consent, then deleted with them', async () => {
    const target = issuesWithSubtasks(h.sim, 'BIG', 2)[0];
    if (!target) throw new Error('no BIG issue with two or more sub-tasks');
    const key = target.key;
    const summary = target.fields.summary as string;
    const subtasks = subtaskKeysOf(h.sim, key);
    const popup = await openPopup(h);
    const view = await openIssue(popup, key);
    await see(view.getByRole('region', { name: 'Sub-tasks' }));

    await click(view.getByRole('button', { name: 'Delete', exact: true }));
    const dialog = popup.getByRole('dialog', { name: `Delete ${key}?` });
    await see(dialog);
    await see(dialog.getByText(`${key} ${summary} will be deleted for everyone. This cannot be undone.`, { exact: true }));
    await see(dialog.getByText(`It has ${subtasks.length} sub-tasks.`, { exact: true }));
    const consent = dialog.getByRole('checkbox', { name: `Also delete its ${subtasks.length} sub-tasks` });
    await see(consent);
    expect(await consent.isChecked()).toBe(false);
    // Focus starts on Cancel, the safe choice.
    await until('focus on Cancel', async () => dialog.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement), popup);

    h.sim.clearLog();
    await click(dialog.getByRole('button', { name: 'Delete issue' }));
    await see(dialog.getByRole('alert').filter({ hasText: `${key} has sub-tasks. Jira deletes an issue with sub-tasks only together with them` }));
    const refused = h.sim.log.filter((e) => e.method === 'DELETE');
    expect(refused.map((e) => [e.path, e.status, e.query.deleteSubtasks]), jiraText(h.sim)).toEqual([[issuePath(h.sim, key), 400, 'false']]);
    expect(issueIn(h.sim, key)).toBeDefined();
    for (const sub of subtasks) expect(issueIn(h.sim, sub)).toBeDefined();

    await step('ticking the consent box', popup, () => consent.check({ timeout: STEP_MS }));
    await click(dialog.getByRole('button', { name: 'Delete issue' }));
    await gone(dialog);
    await see(panel(popup, 'Open').getByRole('status').filter({ hasText: `${key} deleted.` }));
    await gone(view);
    const deletes = h.sim.log.filter((e) => e.method === 'DELETE');
    expect(deletes.map((e) => [e.status, e.query.deleteSubtasks]), jiraText(h.sim)).toEqual([[400, 'false'], [204, 'true']]);
    expect(issueIn(h.sim, key)).toBeUndefined();
    for (const sub of subtasks) expect(issueIn(h.sim, sub), sub).toBeUndefined();
    await popup.close();
  });
});
