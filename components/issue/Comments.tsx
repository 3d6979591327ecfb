import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/page-text.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { AddComment } from './AddComment.tsx';
import { CommentItem } from './CommentItem.tsx';
import { useComments } from './useComments.ts';
import './comments.css';

export interface CommentsProps {
  request: MessageClient;
  siteId: string;
  issueKey: string;
  /** The page's clock, for "3 hours ago". */
  now?: () => number;
}

/** An issue's comments under its description: a box to add one, the latest few, newest first,
 *  and "Show older" for the rest. Loaded with the issue view, after it (Comments.lazy.ts). */
export function Comments({ request, siteId, issueKey, now = Date.now }: CommentsProps) {
  const headingId = useId();
  const list = useComments(request, siteId, issueKey);
  /** The first comment of the page "Show older" just loaded: focus goes on to it. */
  const [focusId, setFocusId] = useState<string | null>(null);
  const focusTarget = useRef<HTMLElement>(null);
  const at = now();

  useLayoutEffect(() => {
    if (focusId === null) return;
    setFocusId(null);
    focusTarget.current?.focus();
  }, [focusId]);

  const showOlder = () => {
    if (list.older.state === 'loading') return;
    void list.loadOlder().then((fresh) => {
      if (fresh[0]) setFocusId(fresh[0].id);
    });
  };

  return (
    <section class="comments" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('commentsHeading')}</h3>
      <AddComment request={request} siteId={siteId} issueKey={issueKey} onAdded={list.added} onUnsure={list.refresh} />
      {list.first.state === 'failed' && <ErrorNotice error={list.first.error} onRetry={list.retryFirst} retryWhenOnline />}
      {list.comments.length > 0 && (
        <ol class="comment-list" aria-labelledby={headingId}>
          {list.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} now={at} itemRef={comment.id === focusId ? focusTarget : undefined} />
          ))}
        </ol>
      )}
      {list.first.state === 'ready' && list.comments.length === 0 && <p class="muted">{t('commentsNone')}</p>}
      {list.older.state === 'failed' && <ErrorNotice error={list.older.error} onRetry={showOlder} retryWhenOnline />}
      {list.more && list.older.state !== 'failed' && (
        <button type="button" class="small comments-older" aria-disabled={list.older.state === 'loading' ? 'true' : undefined} onClick={showOlder}>
          {t('commentsShowOlder')}
        </button>
      )}
      <p class="hint comments-status" role="status">
        {list.first.state === 'loading' ? t('commentsLoading') : list.older.state === 'loading' ? t('commentsLoadingOlder') : ''}
      </p>
    </section>
  );
}
