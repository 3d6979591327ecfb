import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import type { Transition } from '../../lib/jira/transitions.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { AdfView } from '../adf/AdfView.tsx';
import { ChangeStatusDialog } from './ChangeStatusDialog.tsx';
import { CopyButtons } from '../ui/CopyButtons.tsx';
import { LazySection } from '../ui/LazySection.tsx';
import { commentsModule } from './Comments.lazy.ts';
import { DeleteDialog } from './DeleteDialog.tsx';
import { safeIssueUrl } from './format.ts';
import { IssueFacts } from './IssueFacts.tsx';
import { RelatedIssues } from './RelatedIssues.tsx';
import './issue.css';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';

export interface IssueDetailsProps {
  request: MessageClient;
  siteId: string;
  issue: IssueView;
  /** The issue's page in Jira, as the worker returned it; shown only when https. */
  url: string;
  copy: (text: string) => void | Promise<void>;
  /** Opens another issue (parent, sub-task) in the view. */
  onOpen: (key: string) => void;
  onDeleted?: (key: string) => void;
  /** The edit form; the Edit button shows only when it is given. */
  onEdit?: (issue: IssueView) => void;
  /** The Edit button, for the edit form to give focus back to. */
  editButtonRef?: RefObject<HTMLButtonElement>;
  /** An edit is on its way to Jira: Edit waits for it (aria-disabled, so focus can stay on it). */
  editBusy?: boolean;
}

/** One issue: what it says, copy buttons, and its actions (status, edit, delete). */
export function IssueDetails({ request, siteId, issue, url, copy, onOpen, onDeleted, onEdit, editButtonRef, editBusy = false }: IssueDetailsProps) {
  const link = safeIssueUrl(url);
  const [status, setStatus] = useState(issue.status);
  const shown = useRef(issue.status);
  shown.current = status;
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<{ error: boolean; lines: string[] } | null>(null);
  const [dialog, setDialog] = useState<'status' | 'delete' | null>(null);
  const statusButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  /** Shows the new status at once; puts the old one back if Jira refuses. */
  const take = async (transition: Transition, fields?: Record<string, unknown>): Promise<CodedError | null> => {
    const before = shown.current;
    setStatus(transition.to);
    setSaving(true);
    setNote(null);
    try {
      await request('issue.transition', { siteId, key: issue.key, transitionId: transition.id, ...(fields ? { fields } : {}) });
      setSaving(false);
      setNote({ error: false, lines: [t('issueNowStatus', issue.key, transition.to.name)] });
      return null;
    } catch (raw) {
      const error = asCodedError(raw);
      setStatus(before);
      setSaving(false);
      return error;
    }
  };

  const quick = (transition: Transition) => {
    setDialog(null);
    const before = shown.current;
    void take(transition).then((error) => {
      if (!error) return;
      const names = new Map(transition.fields.map((f) => [f.fieldId, f.name]));
      const fieldLines = Object.entries(error.details.fieldErrors ?? {}).map(([id, m]) => `${names.get(id) ?? id}: ${m}`);
      const head = t('issueNotMoved', issue.key, transition.to.name, before.name, refusalText(error));
      setNote({ error: true, lines: [head, ...fieldLines] });
    });
  };

  const withFields = async (transition: Transition, fields: Record<string, unknown>) => {
    const error = await take(transition, fields);
    if (!error) setDialog(null);
    return error;
  };

  return (
    <article class="issue-details" aria-labelledby={`issue-${issue.id}-title`}>
      <h2 id={`issue-${issue.id}-title`} class="issue-title" tabIndex={-1}>
        <span class="issue-key">{issue.key}</span> <span class="issue-summary">{issue.summary}</span>
      </h2>
      {link && (
        <a class="open-in-jira" href={link} target="_blank" rel="noopener noreferrer">
          {t('issueOpenInJira')}
        </a>
      )}
      <IssueFacts issue={issue} status={status} saving={saving} />
      {note && (
        <div class={note.error ? 'notice notice-error' : 'hint'} role={note.error ? 'alert' : 'status'}>
          {note.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div class="button-row issue-commands">
        <button type="button" ref={statusButton} onClick={() => setDialog('status')}>
          {t('issueChangeStatus')}
        </button>
        {onEdit && (
          <button type="button" ref={editButtonRef ?? null} aria-disabled={editBusy ? 'true' : undefined} onClick={() => !editBusy && onEdit(issue)}>
            {t('issueEdit')}
          </button>
        )}
        <button type="button" ref={deleteButton} class="danger-outline" onClick={() => setDialog('delete')}>
          {t('issueDelete')}
        </button>
      </div>
      <CopyButtons issueKey={issue.key} summary={issue.summary} url={link} copy={copy} />
      <RelatedIssues parent={issue.parent} subtasks={issue.subtasks} onOpen={onOpen} />
      <section class="description" aria-label={t('issueDescription')}>
        <h3>{t('issueDescription')}</h3>
        {issue.description ? <AdfView doc={issue.description} topHeadingLevel={4} /> : <p class="muted">{t('issueNoDescription')}</p>}
      </section>
      <LazySection module={commentsModule} loading="">
        {({ Comments }) => <Comments request={request} siteId={siteId} issueKey={issue.key} />}
      </LazySection>
      {dialog === 'status' && (
        <ChangeStatusDialog
          request={request}
          siteId={siteId}
          issueKey={issue.key}
          status={status}
          url={link}
          onClose={() => setDialog(null)}
          returnFocus={statusButton}
          onQuick={quick}
          onTake={withFields}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDialog
          request={request}
          siteId={siteId}
          issueKey={issue.key}
          summary={issue.summary}
          subtaskCount={issue.subtasks.length}
          onClose={() => setDialog(null)}
          returnFocus={deleteButton}
          onDeleted={(key) => onDeleted?.(key)}
        />
      )}
    </article>
  );
}
