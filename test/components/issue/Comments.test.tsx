// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Comments } from '../../../components/issue/Comments.tsx';
import { DraftStorage } from '../../../components/ui/draft-storage.ts';
import { CodedError } from '../../../lib/errors.ts';
import type { CommentView } from '../../../lib/jira/views/comment.ts';
import type { StorageArea } from '../../../lib/storage/area.ts';
import { memoryArea } from '../../fake-storage.ts';
import { key, type } from '../create/helpers.ts';
import { fakeWorker, type Handlers } from '../fake-worker.ts';
import { doc, para, SITE, text } from './fixtures.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const DRAFT = 'draft.comment.c-acme.ABC-123';
const HOUR = 3_600_000;

const chen = { accountId: 'u3', displayName: 'Chen Wei', avatarUrl: 'https://avatar.example/chen.png' };
const at = (ms: number) => new Date(NOW - ms).toISOString().replace('Z', '+0000');
const comment = (id: string, words: string, ago: number, author: CommentView['author'] | null = chen): CommentView => ({
  id,
  ...(author ? { author } : {}),
  body: doc(para(text(words))),
  created: at(ago),
});

const latest = [
  comment('5', 'Deployed to staging.', 3 * HOUR),
  { ...comment('4', '', 30 * HOUR), body: doc(para(text('Still failing '), text('on Safari', [{ type: 'strong' }]), text(' <img src=x onerror=alert(1)>'))) },
];
const older = [comment('3', 'First seen on Monday.', 10 * 24 * HOUR, null)];

function show(area: StorageArea, handlers: Handlers = {}) {
  const w = fakeWorker({
    'comments.list': async ({ startAt }) => (startAt ? { comments: older, total: 3 } : { comments: latest, total: 3, nextStartAt: 2 }),
    ...handlers,
  });
  render(
    <DraftStorage.Provider value={area}>
      <Comments request={w.request} siteId={SITE.id} issueKey="ABC-123" now={() => NOW} />
    </DraftStorage.Provider>,
  );
  return w;
}

const list = () => screen.findByRole('list', { name: 'Comments' });
const box = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Add a comment' });

describe('comments', () => {
  afterEach(cleanup);

  it('shows the latest comments, newest first: who, when, and the body as text, never as HTML', async () => {
    show(memoryArea().area);
    const items = within(await list()).getAllByRole('article');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['Comment by Chen Wei', 'Comment by Chen Wei']);
    const first = items[0]!;
    expect(within(first).getByText('3 hours ago').closest('time')?.getAttribute('datetime')).toBe(new Date(NOW - 3 * HOUR).toISOString());
    expect(within(first).getByText('Deployed to staging.')).toBeTruthy();
    expect(within(items[1]!).getByText('yesterday')).toBeTruthy();
    expect(within(items[1]!).getByText('on Safari').tagName).toBe('STRONG');
    expect(items[1]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(items[1]!.querySelector('img[onerror]')).toBeNull();
  });

  it('"Show older comments" loads the next page after the ones shown, moves focus to it, and goes when there are no more', async () => {
    const w = show(memoryArea().area);
    await list();
    fireEvent.click(screen.getByRole('button', { name: 'Show older comments' }));
    const added = await screen.findByRole('article', { name: 'Comment by Unknown user' });
    expect(w.calls('comments.list')).toEqual([
      { siteId: SITE.id, key: 'ABC-123', startAt: 0 },
      { siteId: SITE.id, key: 'ABC-123', startAt: 2 },
    ]);
    await waitFor(() => expect(document.activeElement).toBe(added));
    expect(within(await list()).getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show older comments' })).toBeNull();
  });

  it('says so when there are none yet', async () => {
    show(memoryArea().area, { 'comments.list': async () => ({ comments: [], total: 0 }) });
    expect(await screen.findByText('No comments yet.')).toBeTruthy();
  });

  it('adds a comment written in Markdown with Ctrl+Enter: sent as ADF, shown first, the box emptied and the draft gone', async () => {
    const { area, data } = memoryArea();
    const mine = comment('6', 'Fixed', 0);
    const w = show(area, { 'comment.add': async () => mine });
    await list();
    type(box(), 'Fixed in **2.4**:\n\n- login\n- logout');
    await waitFor(() => expect(data[DRAFT]).toBeDefined());
    key(box(), 'Enter', { ctrlKey: true });

    expect(await screen.findByText('Comment added to ABC-123.')).toBeTruthy();
    const [sent] = w.calls('comment.add') as { body: unknown; draftScope: string }[];
    expect(sent?.draftScope).toBe('comment.c-acme.ABC-123');
    const json = JSON.stringify(sent?.body);
    expect(json).toContain('"type":"strong"');
    expect(json).toContain('"type":"bulletList"');
    expect(within(await list()).getAllByRole('article')[0]?.textContent).toContain('Fixed');
    expect(box().value).toBe('');
    await waitFor(() => expect(data[DRAFT]).toBeUndefined());
  });

  it('keeps what was typed through a closed popup: it is back, as a restored draft, when the issue opens again', async () => {
    const { area, data } = memoryArea();
    show(area);
    await list();
    type(box(), 'Half a thought');
    cleanup();
    await waitFor(() => expect(data[DRAFT]).toBeDefined());

    show(area);
    await waitFor(() => expect(box().value).toBe('Half a thought'));
    expect(screen.getByText('Draft restored')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(box().value).toBe('');
    await waitFor(() => expect(data[DRAFT]).toBeUndefined());
  });

  it('a comment Jira refuses keeps its text and its draft, and says why', async () => {
    const { area, data } = memoryArea();
    const refused = new CodedError('jira_rejected', 'Jira refused the request (HTTP 400).', {
      status: 400,
      fieldErrors: { comment: 'The entered text is too long.' },
    });
    show(area, { 'comment.add': async () => Promise.reject(refused) });
    await list();
    type(box(), 'Too much to say');
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Jira did not add your comment to ABC-123.');
    expect(alert.textContent).toContain('The entered text is too long.');
    expect(box().value).toBe('Too much to say');
    expect(data[DRAFT]).toMatchObject({ fields: { comment: { value: 'Too much to say' } } });
  });

  it('a comment whose answer was lost: the list is read again, and the user is told to look for it there before adding it again', async () => {
    const { area } = memoryArea();
    let arrived = false;
    const w = show(area, {
      'comments.list': async () => ({ comments: arrived ? [comment('7', 'Did it arrive?', 0), ...latest] : latest, total: 3 }),
      'comment.add': async () => {
        arrived = true;
        throw new CodedError('no_answer', 'The extension did not answer.');
      },
    });
    await list();
    type(box(), 'Did it arrive?');
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('did not arrive: if it is listed below, it was added; if not, add it again.');
    expect(alert.textContent).not.toContain('Jira did not add your comment');
    await waitFor(() => expect(w.calls('comments.list')).toHaveLength(2));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Comments' })).getAllByRole('article')[0]?.textContent).toContain('Did it arrive?'));
    expect(box().value).toBe('Did it arrive?');
  });

  it('asks for some text before sending anything', async () => {
    const w = show(memoryArea().area);
    await list();
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(screen.getByText('Write a comment first.')).toBeTruthy();
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(w.calls('comment.add')).toEqual([]);
  });
});
