// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type } from '../create/helpers.ts';
import { MERGED_TABLE_DESCRIPTION, PANEL_DESCRIPTION } from './edit-fixtures.ts';
import { openForm, save, show, summary, type Update } from './edit-helpers.tsx';
import { issue } from './fixtures.ts';

afterEach(cleanup);

const descriptionBox = () => screen.queryByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement | null;
const anyway = () => screen.getByRole('button', { name: 'Edit description anyway' });

describe('Edit: a description Markdown cannot hold', () => {
  it('warns instead of offering a textarea, and leaves the description out of the save', async () => {
    const w = show(issue({ description: PANEL_DESCRIPTION }));
    await openForm();
    expect(descriptionBox()).toBeNull();
    const group = screen.getByRole('group', { name: 'Description' });
    expect(group.textContent).toContain('This description has panels that editing as Markdown would lose.');
    expect(anyway()).toBeTruthy();
    type(summary(), 'Only the summary');
    save();
    expect((w.calls('issue.update')[0] as Update).fields).toEqual({ summary: 'Only the summary' });
    // The view still shows the panel's words: the description was not touched.
    expect(screen.getByRole('region', { name: 'Description' }).textContent).toContain('Heads up');
  });

  it('names a table with merged cells', async () => {
    show(issue({ description: MERGED_TABLE_DESCRIPTION }));
    await openForm();
    expect(screen.getByRole('group', { name: 'Description' }).textContent).toContain(
      'This description has a complex table that editing as Markdown would lose.',
    );
  });

  it('opens the Markdown after consent, and sends it only once it is changed', async () => {
    const w = show(issue({ description: PANEL_DESCRIPTION }));
    await openForm();
    fireEvent.click(anyway());
    const box = descriptionBox();
    expect(box?.value).toBe('Intro\n\nHeads up');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.queryByRole('group', { name: 'Description' })).toBeNull();

    // Consent alone changes nothing.
    save();
    expect(screen.getByText('Nothing to save.')).toBeTruthy();
    expect(w.calls('issue.update')).toEqual([]);

    type(box as HTMLTextAreaElement, 'Intro\n\nHeads up, _really_');
    save();
    const sent = (w.calls('issue.update')[0] as Update).fields;
    expect(Object.keys(sent)).toEqual(['description']);
    expect(JSON.stringify(sent.description)).toContain('{"type":"em"}');
    expect(JSON.stringify(sent.description)).not.toContain('panel');
  });
});

describe('Edit: a description Markdown holds', () => {
  it('round-trips: unchanged text is not sent, a change is sent as ADF', async () => {
    const w = show();
    await openForm();
    const box = descriptionBox() as HTMLTextAreaElement;
    expect(box.value).toBe('Users on Safari cannot log in.');
    type(box, 'Users on Safari cannot log in.');
    save();
    expect(w.calls('issue.update')).toEqual([]);
    type(box, 'Users on Safari cannot log in.\n\n- since 17.2');
    save();
    const sent = (w.calls('issue.update')[0] as Update).fields.description as { content: { type: string }[] };
    expect(sent.content.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
  });

  it('empties the description with null', async () => {
    const w = show();
    await openForm();
    type(descriptionBox() as HTMLTextAreaElement, '');
    save();
    expect((w.calls('issue.update')[0] as Update).fields).toEqual({ description: null });
    expect(screen.getByText('No description.')).toBeTruthy();
  });
});
