// Creating a Bug in BIG from the popup, the way a person does: what makes the popup open later on
// that project and type (the warm state the budgets and the benchmarks measure).
import { chooseCreateTarget, panel } from './issue-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';
import type { UiLocator, UiPage } from './ui.ts';

/** Fills the Bug form's summary and its required Severity. */
export async function fillBug(popup: UiPage, summary: string): Promise<UiLocator> {
  const form = panel(popup, 'Create').getByRole('form', { name: 'New issue' });
  await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(summary, { timeout: STEP_MS }));
  await step('choosing a severity', popup, () => form.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Minor' }, { timeout: STEP_MS }));
  return form;
}

/** Chooses BIG / Bug, fills the form, creates, and returns the new key. */
export async function createBug(popup: UiPage, summary: string): Promise<string> {
  await chooseCreateTarget(popup, 'BIG', 'Bug');
  const form = await fillBug(popup, summary);
  await click(form.getByRole('button', { name: 'Create issue' }));
  const heading = panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ });
  await see(heading);
  return ((await heading.textContent()) ?? '').replace(/^Created /, '');
}
