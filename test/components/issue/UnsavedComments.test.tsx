// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { commentDraft } from '../../../components/issue/comment-draft.ts';
import { OpenIssue } from '../../../components/issue/OpenIssue.tsx';
import { DraftStorage } from '../../../components/ui/draft-storage.ts';
import { memoryArea } from '../../fake-storage.ts';
import { fakeWorker } from '../fake-worker.ts';
import { issue, session, SITE, urlOf } from './fixtures.ts';

afterEach(cleanup);

function show(drafts: Record<string, unknown>) {
  const w = fakeWorker({
    'issue.get': async ({ key }) => ({ issue: issue({ key, summary: `Summary of ${key}` }), url: urlOf(key) }),
    'comments.list': async () => ({ comments: [], total: 0 }),
  });
  render(
    <DraftStorage.Provider value={memoryArea(drafts).area}>
      <OpenIssue request={w.request} session={session()} copy={() => {}} />
    </DraftStorage.Provider>,
  );
  return w;
}

describe('unsaved changes: comments', () => {
  it('lists a comment not yet added, and opening it puts the text back into the comment box', async () => {
    const w = show({ 'draft.comment.c-acme.BIG-3': commentDraft(SITE.id, 'BIG-3', 'Seen on **Safari** too.', Date.now() - 60_000) });
    fireEvent.click(await screen.findByRole('button', { name: 'Comment on BIG-3' }));
    await screen.findByRole('heading', { level: 2, name: 'BIG-3 Summary of BIG-3' });
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Add a comment' });
    await waitFor(() => expect(box.value).toBe('Seen on **Safari** too.'));
    expect(w.calls('issue.get')).toEqual([{ siteId: SITE.id, key: 'BIG-3' }]);
  });

  it('leaves out comments written on another site, and empty ones', async () => {
    show({
      'draft.comment.c-other.BIG-4': commentDraft('c-other', 'BIG-4', 'Elsewhere', Date.now()),
      'draft.comment.c-acme.BIG-5': commentDraft(SITE.id, 'BIG-5', '   ', Date.now()),
      'draft.comment.c-acme.BIG-6': commentDraft(SITE.id, 'BIG-6', 'Kept', Date.now()),
    });
    await screen.findByRole('button', { name: 'Comment on BIG-6' });
    expect(screen.queryByRole('button', { name: /BIG-4|BIG-5/ })).toBeNull();
  });
});
