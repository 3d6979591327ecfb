import { fireEvent, screen, within } from '@testing-library/preact';

export const projectBox = () => screen.getByRole('combobox', { name: 'Project' }) as HTMLInputElement;
export const typeSelect = () => screen.getByRole('combobox', { name: 'Issue type' }) as HTMLSelectElement;
export const createButton = () => screen.getByRole('button', { name: /^(Create issue|Creating…)$/ });

export function type(element: HTMLElement, value: string) {
  fireEvent.input(element, { target: { value } });
}

export function key(element: HTMLElement, name: string, init: KeyboardEventInit = {}) {
  fireEvent.keyDown(element, { key: name, ...init });
}

/** Types into the project box and takes the first match with the keyboard. */
export async function chooseProject(text: string) {
  const box = await screen.findByRole('combobox', { name: 'Project' });
  type(box, text);
  key(box, 'ArrowDown');
  key(box, 'Enter');
}

export async function chooseType(name: string) {
  const select = (await screen.findByRole('combobox', { name: 'Issue type' })) as HTMLSelectElement;
  const option = within(select).getByRole('option', { name }) as HTMLOptionElement;
  select.value = option.value;
  fireEvent.change(select);
}

export function choose(select: HTMLElement, label: string) {
  const option = within(select).getByRole('option', { name: label }) as HTMLOptionElement;
  (select as HTMLSelectElement).value = option.value;
  fireEvent.change(select);
}

/** The text of the element(s) that describe a control (its error, its hint). */
export function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Opens "More fields" (the optional fields of the type) unless it is open already. */
export async function openMoreFields() {
  const button = await screen.findByRole('button', { name: /^More fields/ });
  if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
}
