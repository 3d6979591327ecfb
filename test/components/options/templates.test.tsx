// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateSettings } from '../../../components/options/templates/TemplateSettings.tsx';
import { DEFAULT_TEMPLATE, type Template } from '../../../lib/capture/template.ts';
import { formatTemplateDate } from '../../../lib/capture/template-variables.ts';
import type { StorageArea, WatchedArea } from '../../../lib/storage/area.ts';
import { TEMPLATE_DRAFT_KEY } from '../../../lib/storage/keys.ts';
import { readTemplates, saveTemplates } from '../../../lib/storage/templates.ts';
import { memoryArea } from '../../fake-storage.ts';
import { authState, renderOptions } from './fixtures.tsx';

let areas: { sync: WatchedArea; local: WatchedArea };
const sync = () => areas.sync;
const local = () => areas.local;
const bug: Template = { id: 'bug', name: 'Bug', projectKey: 'WEB', issueTypeId: '10004', summary: 'Bug: {{title}}', description: '' };

function renderTemplates(area: StorageArea = sync()) {
  render(<TemplateSettings sync={area} local={local()} />);
}
const list = () => screen.findByRole('list', { name: 'Templates' });
const field = (name: string) => screen.getByRole('combobox', { name }) as HTMLInputElement;
const text = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
/** Types into a field, leaving the caret at the end as a browser does. */
function type(element: HTMLInputElement, value: string) {
  element.value = value;
  element.setSelectionRange(value.length, value.length);
  fireEvent.input(element);
}
const preview = () => screen.getByRole('region', { name: 'Preview' });

async function openNew() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add template' }));
  return screen.getByRole('form', { name: 'New template' });
}

describe('options: templates', () => {
  beforeEach(() => {
    areas = { sync: memoryArea().area, local: memoryArea().area };
  });
  afterEach(cleanup);

  it('shows the default template on a first visit to the options page', async () => {
    renderOptions({ 'auth.state': () => authState() }, undefined, areas);
    const items = within(await list()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringMatching(/^Quote the selection \(default\) Any project/)]);
    expect(screen.getByRole('heading', { name: 'Templates' })).toBeTruthy();
  });

  it('adds a template tied to a project and issue type, listed again after a reload from storage', async () => {
    renderTemplates();
    await openNew();
    type(text('Name'), 'Bug');
    type(text('Project key (optional)'), 'web');
    type(text('Issue type id (optional)'), '10004');
    type(field('Summary'), 'Bug: {{title}}');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved template “Bug”.');
    expect(screen.queryByRole('form')).toBeNull();

    cleanup();
    renderTemplates();
    const items = within(await list()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Quote the selection \(default\) Any project/),
      expect.stringMatching(/^Bug Project WEB, issue type 10004/),
    ]);
    const stored = await readTemplates(sync());
    expect(stored[1]).toMatchObject({ name: 'Bug', projectKey: 'WEB', issueTypeId: '10004', summary: 'Bug: {{title}}' });
    expect((await local().get(TEMPLATE_DRAFT_KEY))[TEMPLATE_DRAFT_KEY]).toBeUndefined();
  });

  it('flags an unknown variable next to the field and refuses to save, focusing it', async () => {
    renderTemplates();
    await openNew();
    type(text('Name'), 'Typo');
    type(field('Description (Markdown)'), 'From {{foo}} and {{url}}');
    const message = 'Unknown variable {{foo}}. Use {{selection}}, {{url}}, {{title}}, {{date}}, or {{site}}.';
    const description = field('Description (Markdown)');
    expect(description.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (description.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(message);

    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(document.activeElement).toBe(description));
    expect(await sync().get(null)).toEqual({});
    expect(screen.getByRole('form', { name: 'New template' })).toBeTruthy();
  });

  it('refuses a nameless template with focus on Name', async () => {
    renderTemplates();
    await openNew();
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(document.activeElement).toBe(text('Name')));
    expect(screen.getByText('Give the template a name.')).toBeTruthy();
    expect(await sync().get(null)).toEqual({});
  });

  it('offers the variables after {{ and inserts the chosen one with the keyboard', async () => {
    renderTemplates();
    await openNew();
    const summary = field('Summary');
    type(summary, 'Read {{');
    const options = within(screen.getByRole('listbox', { name: 'Variables for Summary' })).getAllByRole('option');
    expect(options.map((o) => o.textContent?.split(' ')[0])).toEqual(['{{selection}}', '{{url}}', '{{title}}', '{{date}}', '{{site}}']);
    expect(summary.getAttribute('aria-expanded')).toBe('true');
    expect(summary.getAttribute('aria-activedescendant')).toBe(options[0]?.id);

    fireEvent.keyDown(summary, { key: 'ArrowDown' });
    expect(summary.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(summary, { key: 'Enter' });
    expect(summary.value).toBe('Read {{url}}');
    expect(summary.getAttribute('aria-expanded')).toBe('false');

    type(summary, 'Read {{url}} {{ ti');
    expect(within(screen.getByRole('listbox', { name: 'Variables for Summary' })).getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(summary, { key: 'Tab' });
    expect(summary.value).toBe('Read {{url}} {{title}}');

    type(summary, 'x {{');
    fireEvent.keyDown(summary, { key: 'Escape' });
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox', { name: 'Variables for Summary' })).toBeNull();
    expect(summary.value).toBe('x {{');
  });

  it('offers the variables in the description too, inserted where {{ was typed', async () => {
    renderTemplates();
    await openNew();
    const description = field('Description (Markdown)');
    type(description, 'On {{d');
    fireEvent.keyDown(description, { key: 'Enter' });
    expect(description.value).toBe('On {{date}}');
  });

  it('updates the live preview as the template is typed', async () => {
    renderTemplates();
    await openNew();
    type(field('Summary'), 'Read {{title}} on {{date}}');
    expect(within(preview()).getByText(`Read Example article on ${formatTemplateDate(new Date())}`)).toBeTruthy();
    type(field('Description (Markdown)'), '- {{selection}}\n\n[{{ title }}]({{url}}) *{{nope}}*');
    const rendered = within(preview()).getByText((_content, element) => element?.tagName === 'PRE');
    expect(rendered.textContent).toBe(
      '- Clicking “Pay” twice charges the card twice.\n- Seen on the checkout page.\n\n[Example article](https://example.com/article) *{{nope}}*',
    );
    expect(rendered.children).toHaveLength(0);
  });

  it('deletes a template and undoes the delete', async () => {
    await saveTemplates(sync(), [DEFAULT_TEMPLATE, bug]);
    renderTemplates();
    await list();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Quote the selection' }));
    await screen.findByText('Deleted template “Quote the selection”.');
    expect((await readTemplates(sync())).map((t) => t.id)).toEqual(['bug']);
    expect(screen.queryByRole('button', { name: 'Edit Quote the selection' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored template “Quote the selection”.');
    expect((await readTemplates(sync())).map((t) => t.id)).toEqual(['default', 'bug']);
    expect(within(await list()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps at least one template', async () => {
    renderTemplates();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Quote the selection' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Keep at least one template');
    expect(screen.getByRole('button', { name: 'Edit Quote the selection' })).toBeTruthy();
  });

  it('moves a template down, which makes another the default, and keeps focus on it', async () => {
    await saveTemplates(sync(), [DEFAULT_TEMPLATE, bug]);
    renderTemplates();
    fireEvent.click(await screen.findByRole('button', { name: 'Move Quote the selection down' }));
    await waitFor(async () => expect((await readTemplates(sync())).map((t) => t.id)).toEqual(['bug', 'default']));
    const items = within(await list()).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(/^Bug \(default\)/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Quote the selection up' })));
  });

  it('edits an existing template in place', async () => {
    await saveTemplates(sync(), [DEFAULT_TEMPLATE, bug]);
    renderTemplates();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Bug' }));
    expect(text('Project key (optional)').value).toBe('WEB');
    type(text('Project key (optional)'), '');
    expect(screen.queryByRole('textbox', { name: 'Issue type id (optional)' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved template “Bug”.');
    expect(await readTemplates(sync())).toEqual([DEFAULT_TEMPLATE, { id: 'bug', name: 'Bug', summary: bug.summary, description: '' }]);
  });

  it('restores what was typed after the page was closed before saving', async () => {
    renderTemplates();
    await openNew();
    type(text('Name'), 'Half done');
    type(field('Summary'), 'Started {{date}}');
    await waitFor(async () => expect((await local().get(TEMPLATE_DRAFT_KEY))[TEMPLATE_DRAFT_KEY]).toMatchObject({ name: 'Half done' }));

    cleanup();
    renderTemplates();
    expect((await screen.findByRole('status')).textContent).toBe('Unsaved template restored.');
    expect(text('Name').value).toBe('Half done');
    expect(field('Summary').value).toBe('Started {{date}}');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(async () => expect((await local().get(TEMPLATE_DRAFT_KEY))[TEMPLATE_DRAFT_KEY]).toBeUndefined());
  });

  it('keeps the typed template when storage refuses the save', async () => {
    const full: StorageArea = {
      get: (keys) => sync().get(keys),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: (keys) => sync().remove(keys),
    };
    renderTemplates(full);
    await openNew();
    type(text('Name'), 'Big one');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/sync storage is full/);
    expect(text('Name').value).toBe('Big one');
    expect((await local().get(TEMPLATE_DRAFT_KEY))[TEMPLATE_DRAFT_KEY]).toMatchObject({ name: 'Big one' });
  });
});
