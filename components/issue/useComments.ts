import { useEffect, useRef, useState } from 'preact/hooks';
import { asCodedError, type CodedError } from '../../lib/errors.ts';
import type { CommentView } from '../../lib/jira/views/comment.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; error: CodedError };

/**
 * An issue's comments, newest first: the latest page when the issue opens, older pages on demand.
 * The list is always the newest comments without a gap (the ones added here go first), so the next
 * older page starts at its length; a comment met twice (someone added one meanwhile, shifting the
 * pages) is shown once.
 */
export function useComments(request: MessageClient, siteId: string, issueKey: string) {
  const [comments, setComments] = useState<CommentView[]>([]);
  const [more, setMore] = useState(false);
  const [first, setFirst] = useState<Load>({ state: 'loading' });
  const [older, setOlder] = useState<Load>({ state: 'ready' });
  const live = useRef(true);
  const shown = useRef<CommentView[]>([]);
  shown.current = comments;

  /** Loads the page at `startAt` after the comments shown, or, with `replace`, in their place. */
  const page = (startAt: number, into: (load: Load) => void, replace = false) => {
    into({ state: 'loading' });
    return request('comments.list', { siteId, key: issueKey, startAt }).then(
      (page) => {
        if (!live.current) return [];
        const before = replace ? [] : shown.current;
        const known = new Set(before.map((c) => c.id));
        const fresh = page.comments.filter((c) => !known.has(c.id));
        setComments([...before, ...fresh]);
        setMore(page.nextStartAt !== undefined);
        into({ state: 'ready' });
        return fresh;
      },
      (raw: unknown) => {
        if (live.current) into({ state: 'failed', error: asCodedError(raw) });
        return [];
      },
    );
  };

  const loadFirst = () => void page(0, setFirst);
  useEffect(() => {
    live.current = true;
    loadFirst();
    return () => {
      live.current = false;
    };
  }, []);

  return {
    comments,
    /** Older comments are there to show. */
    more,
    first,
    older,
    retryFirst: loadFirst,
    /** Loads the next older page; resolves with the comments it added. */
    loadOlder: () => page(shown.current.length, setOlder),
    /** The latest comments again, in place of those shown: whether a comment whose answer was
     *  lost reached Jira. */
    refresh: () => void page(0, setFirst, true),
    /** A comment Jira just accepted here: the newest. */
    added: (comment: CommentView) => setComments((list) => [comment, ...list.filter((c) => c.id !== comment.id)]),
  };
}
