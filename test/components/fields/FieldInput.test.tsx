// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FieldMeta } from '../../../lib/jira/fields/index.ts';
import {
  COMPONENTS, DESCRIPTION, DUEDATE, LABELS, PLATFORMS, PRIORITY, SEVERITY, STORY_POINTS, SUMMARY,
} from '../../lib/jira/fields/fixtures.ts';
import { choose, description, type } from '../create/helpers.ts';
import { formField, Harness } from './harness.tsx';
import { extraInputModule } from '../../../components/fields/ExtraInput.lazy.ts';

const CF = 'com.atlassian.jira.plugin.system.customfieldtypes:';
const DEPLOYED: FieldMeta = {
  fieldId: 'customfield_10110', name: 'Deployed at', required: false, schema: { type: 'datetime', custom: `${CF}datetime` },
};

// The inputs of the rarer kinds load on demand; loaded once here, they render at once as in a
// popup that has shown one before.
beforeAll(() => extraInputModule.load());

describe('field inputs by kind', () => {
  afterEach(cleanup);

  it('text: a labelled input, "required" in words, the error tied to it', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(SUMMARY)} initial="" error="You must specify a summary of the issue." onValue={onValue} />);
    const input = screen.getByRole('textbox', { name: 'Summary' });
    expect(document.querySelector('label[for="f-summary"]')?.textContent).toBe('Summary (required)');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toBe('You must specify a summary of the issue.');
    type(input, 'Login fails');
    expect(onValue).toHaveBeenLastCalledWith('Login fails');
  });

  it('adf: a textarea taking Markdown, with the hint', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(DESCRIPTION)} onValue={onValue} />);
    const area = screen.getByRole('textbox', { name: 'Description' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(description(area)).toContain('Markdown supported');
    type(area, '**bold**');
    expect(onValue).toHaveBeenLastCalledWith('**bold**');
  });

  it('adf: a default document shows as Markdown (once the converter has loaded)', async () => {
    const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Steps', marks: [{ type: 'strong' }] }] }] };
    render(<Harness field={formField(DESCRIPTION)} initial={doc as never} />);
    const box = screen.getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('**Steps**'));
    expect(box.readOnly).toBe(false);
    expect(box.getAttribute('aria-busy')).toBeNull();
  });

  it('select: options by id, "None" first when optional, a prompt when required', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(PRIORITY)} initial="3" onValue={onValue} />);
    const priority = screen.getByRole('combobox', { name: 'Priority' }) as HTMLSelectElement;
    expect(within(priority).getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'Highest', 'High', 'Medium', 'Low', 'Lowest']);
    expect(priority.value).toBe('3');
    choose(priority, 'None');
    expect(onValue).toHaveBeenLastCalledWith(null);
    cleanup();
    render(<Harness field={formField(SEVERITY)} onValue={onValue} />);
    const severity = screen.getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement;
    expect(severity.options[0]?.textContent).toBe('Choose severity…');
    choose(severity, 'Major');
    expect(onValue).toHaveBeenLastCalledWith('10101');
  });

  it('multiselect and components: a group of checkboxes in Jira’s order', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(PLATFORMS)} initial={[]} onValue={onValue} />);
    const group = screen.getByRole('group', { name: 'Platforms' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Android' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Web' }));
    expect(onValue).toHaveBeenLastCalledWith(['10200', '10202']);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Android' }));
    expect(onValue).toHaveBeenLastCalledWith(['10200']);
    cleanup();
    render(<Harness field={formField(COMPONENTS)} initial={['10002']} error="Pick one." />);
    const components = screen.getByRole('group', { name: 'Components' });
    expect((within(components).getByRole('checkbox', { name: 'Web app' }) as HTMLInputElement).checked).toBe(true);
    expect(within(components).getByRole('checkbox', { name: 'API' }).getAttribute('aria-invalid')).toBe('true');
    expect(description(components)).toBe('Pick one.');
  });

  it('labels: space-separated words become a list', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(LABELS)} initial={[]} onValue={onValue} />);
    const input = screen.getByRole('textbox', { name: 'Labels' }) as HTMLInputElement;
    type(input, 'quick-win  frontend ');
    expect(onValue).toHaveBeenLastCalledWith(['quick-win', 'frontend']);
    // What was typed stays as typed, trailing space included, so the next word can follow.
    expect(input.value).toBe('quick-win  frontend ');
    expect(description(input)).toBe('Separate labels with spaces.');
  });

  it('date and date-time: the browser’s pickers', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(DUEDATE)} initial="" onValue={onValue} />);
    const due = screen.getByLabelText('Due date') as HTMLInputElement;
    expect(due.type).toBe('date');
    type(due, '2026-11-20');
    expect(onValue).toHaveBeenLastCalledWith('2026-11-20');
    cleanup();
    render(<Harness field={formField(DEPLOYED)} initial="2026-11-20T10:15:00.000+0100" />);
    const at = screen.getByLabelText('Deployed at') as HTMLInputElement;
    expect(at.type).toBe('datetime-local');
    expect(at.value).toBe('2026-11-20T10:15');
  });

  it('number: a text box, so what was typed stays to be checked', () => {
    const onValue = vi.fn();
    render(<Harness field={formField(STORY_POINTS)} initial="" onValue={onValue} />);
    const input = screen.getByRole('textbox', { name: 'Story point estimate' });
    expect(input.getAttribute('inputmode')).toBe('decimal');
    type(input, '8,5');
    expect(onValue).toHaveBeenLastCalledWith('8,5');
  });
});
