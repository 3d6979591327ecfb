import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { asCodedError, type CodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';
import type { CommentView } from '../../lib/jira/views/comment.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { markdownToAdfModule } from '../fields/markdown-to-adf.lazy.ts';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { DraftStatus } from '../ui/DraftStatus.tsx';
import { prefetch } from '../ui/lazy.ts';
import { useCommentDraft } from './useCommentDraft.ts';
import { sendKeys } from '../form/send-keys.ts';

interface Props {
  request: MessageClient;
  siteId: string;
  issueKey: string;
  onAdded: (comment: CommentView) => void;
  /** Jira's answer was lost: the list is read again to show whether the comment is there. */
  onUnsure: () => void;
}

/** Failures after which the comment may have reached Jira all the same (lib/errors.ts). */
const UNSURE = new Set(['no_answer', 'timeout', 'network', 'bad_response']);

/** Jira's own reason: a 400 names it on the `comment` field, other refusals in the message. */
const reasonOf = (error: CodedError): string => error.details.fieldErrors?.comment ?? refusalText(error);

/**
 * A new comment in Markdown, sent as ADF (the converter descriptions use). What is typed is kept as
 * a draft until Jira accepts it; a refusal keeps the text and says why. Ctrl/Cmd+Enter adds it,
 * as it saves the other forms.
 */
export function AddComment({ request, siteId, issueKey, onAdded, onUnsure }: Props) {
  const id = useId();
  const drafts = useCommentDraft(siteId, issueKey);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<{ empty: true } | { error: CodedError } | null>(null);
  const [note, setNote] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  // The draft is read after the first paint: put it back unless the user has started typing.
  useEffect(() => {
    if (drafts.found) setText((now) => (now === '' ? drafts.found!.text : now));
  }, [drafts.found]);

  const type = (value: string) => {
    // Whatever is typed here is converted when it is sent: have the converter ready.
    prefetch(markdownToAdfModule);
    setText(value);
    setProblem(null);
    setNote('');
    drafts.onText(value);
  };

  const send = async () => {
    if (sending) return;
    if (text.trim() === '') {
      setProblem({ empty: true });
      box.current?.focus();
      return;
    }
    setSending(true);
    setProblem(null);
    setNote(t('commentAdding', issueKey));
    try {
      await drafts.hold();
      const body = (await markdownToAdfModule.load()).markdownToAdf(text);
      if (!body) throw new Error('blank comment');
      const comment = await request('comment.add', { siteId, key: issueKey, body, draftScope: drafts.scope });
      // Jira has it: the draft has done its job (the worker removed it too, in case we had gone).
      drafts.confirmed();
      if (!live.current) return;
      setText('');
      setNote(t('commentAdded', issueKey));
      onAdded(comment);
    } catch (raw) {
      if (!live.current) return;
      const error = asCodedError(raw);
      setNote('');
      setProblem({ error });
      if (UNSURE.has(error.code)) onUnsure();
    } finally {
      if (live.current) setSending(false);
    }
  };

  const error = problem && 'error' in problem ? problem.error : null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form
      class="add-comment"
      noValidate
      {...sendKeys(() => void send())}
    >
      <DraftStatus
        status={drafts.status}
        until={t('commentUntil')}
        onLoadNewer={() => {
          const newer = drafts.loadNewer();
          if (newer !== null) setText(newer);
        }}
        onKeepMine={drafts.keepMine}
      />
      {drafts.found && text !== '' && !sending && (
        <DraftNotice
          state={{ kind: 'restored', savedAt: drafts.found.savedAt }}
          leftover={[]}
          onDiscard={() => {
            drafts.discard();
            setText('');
            box.current?.focus();
          }}
          onUndo={() => {}}
        />
      )}
      {drafts.discarded !== null && <DraftNotice state={{ kind: 'discarded' }} leftover={[]} onDiscard={() => {}} onUndo={() => setText(drafts.undo())} />}
      <label for={id}>{t('commentAddLabel')}</label>
      <textarea
        id={id}
        ref={box}
        rows={3}
        value={text}
        readOnly={sending}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem && !error ? `${errorId} ${hintId}` : hintId}
        onInput={(event) => type(event.currentTarget.value)}
      />
      {problem && !error && (
        <p id={errorId} class="field-error">
          {t('commentEmpty')}
        </p>
      )}
      <p id={hintId} class="hint">
        {t('commentMarkdownHint')}
      </p>
      {error && (
        <div class="notice notice-error" role="alert">
          <p>{UNSURE.has(error.code) ? t('commentUnconfirmed', issueKey) : t('commentRefused', issueKey)}</p>
          <p>{reasonOf(error)}</p>
        </div>
      )}
      <div class="comment-actions">
        <button type="submit" class="primary" aria-keyshortcuts="Control+Enter Meta+Enter" aria-disabled={sending ? 'true' : undefined}>
          {t('commentAddButton')}
        </button>
        <span class="hint">{t('commentShortcut')}</span>
      </div>
      <p class="hint comment-note" role="status">
        {note}
      </p>
    </form>
  );
}
