// Creating a Bug in BIG from the popup, the way a person does: what makes the popup open later on
// that project and type (the warm state the budgets and the benchmarks measure).
import { chooseCreateTarget, openPopup, panel } from './issue-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';
import type { Lane, UiLocator, UiPage } from './ui.ts';

/** Opens the popup on the create form of BIG / Bug. */
export async function openBugForm<P extends UiPage>(h: Lane<P>): Promise<{ popup: P; form: UiLocator }> {
  const popup = await openPopup(h);
  return { popup, form: await chooseCreateTarget(popup, 'BIG', 'Bug') };
}

/** Opens the popup on BIG / Bug and types a summary and a description: a draft, not sent. */
export async function typeBugDraft<P extends UiPage>(h: Lane<P>, summary: string, description: string): Promise<{ popup: P; form: UiLocator }> {
  const { popup, form } = await openBugForm(h);
  await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(summary, { timeout: STEP_MS }));
  await step('typing the description', popup, () => form.getByRole('textbox', { name: 'Description' }).fill(description, { timeout: STEP_MS }));
  return { popup, form };
}

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
