import type { Ref } from 'preact';
import type { CommentView } from '../../lib/jira/views/comment.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { AdfView } from '../adf/AdfView.tsx';
import { RemoteImage } from '../ui/RemoteImage.tsx';
import { commentTime } from './comment-time.ts';

interface Props {
  comment: CommentView;
  now: number;
  /** The first of a page just loaded takes focus, so "Show older" leads the keyboard on to it. */
  itemRef?: Ref<HTMLElement> | undefined;
}

/** One comment: who wrote it (avatar and name), when, and its body rendered as safely as a
 *  description (components/adf: Preact elements, never HTML; only https links). */
export function CommentItem({ comment, now, itemRef }: Props) {
  const name = comment.author?.displayName ?? t('commentUnknownAuthor');
  const time = commentTime(comment.created, now);
  return (
    <li class="comment">
      <article aria-label={t('commentBy', name)} tabIndex={-1} ref={itemRef ?? null}>
        <p class="comment-head">
          <span class="person">
            <RemoteImage src={comment.author?.avatarUrl} class="avatar-comment" size={24} />
            <span class="comment-author">{name}</span>
          </span>{' '}
          {time && (
            <time class="hint" dateTime={time.iso} title={time.absolute}>
              {time.shown}
            </time>
          )}
        </p>
        <AdfView doc={comment.body} topHeadingLevel={4} class="comment-body" />
      </article>
    </li>
  );
}
