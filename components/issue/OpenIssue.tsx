import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import { parseIssueReference } from '../../lib/jira/issue-key.ts';
import { keyProblemText } from './issue-key-text.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { EditableIssue } from './EditableIssue.tsx';
import { IssueKeyForm } from './IssueKeyForm.tsx';
import { UnsavedEdits } from './UnsavedEdits.tsx';
import './issue.css';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';

export interface OpenIssueProps {
  request: MessageClient;
  session: Session;
  /** A key or link to open at once (context menu, omnibox, a key found on the page). */
  initialKey?: string | undefined;
  copy: (text: string) => void | Promise<void>;
  /** not_connected / reconnect_needed: the popup shell shows its own screen for these. */
  onSessionProblem?: (error: CodedError) => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; key: string }
  /** Shown next to the field: a bad key or link, or an issue that is not there. */
  | { kind: 'field'; message: string }
  | { kind: 'failed'; key: string; error: CodedError }
  | { kind: 'open'; siteId: string; issue: IssueView; url: string; serial: number };

/** "Open an issue": a key or a pasted link, then the issue view. */
export function OpenIssue({ request, session, initialKey, copy, onSessionProblem }: OpenIssueProps) {
  const siteId = session.site?.id;
  const [text, setText] = useState(initialKey ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [notice, setNotice] = useState('');
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);
  const focusAfter = useRef<'heading' | 'input' | null>(null);

  const open = (reference: string, focus: 'heading' | null = null) => {
    const ticket = ++latest.current;
    setNotice('');
    const parsed = parseIssueReference(reference);
    if ('error' in parsed) {
      setState({ kind: 'field', message: keyProblemText(parsed.error) });
      return;
    }
    if (!siteId) return;
    const { key } = parsed;
    setState({ kind: 'loading', key });
    request('issue.get', { siteId, key }).then(
      ({ issue, url }) => {
        if (ticket !== latest.current) return;
        focusAfter.current = focus;
        setState({ kind: 'open', siteId, issue, url, serial: ticket });
      },
      (raw: unknown) => {
        if (ticket !== latest.current) return;
        const error = asCodedError(raw);
        if (error.code === 'issue_not_found') {
          setState({ kind: 'field', message: t('issueNotFound', key) });
        } else if ((error.code === 'not_connected' || error.code === 'reconnect_needed') && onSessionProblem) {
          setState({ kind: 'idle' });
          onSessionProblem(error);
        } else {
          setState({ kind: 'failed', key, error });
        }
      },
    );
  };

  const follow = (key: string) => {
    setText(key);
    open(key, 'heading');
  };

  const openCapture = (id: string) => {
    request('capture.open', { id }).catch(() => setNotice(t('issueCaptureNotOpened')));
  };

  const deleted = (key: string) => {
    latest.current += 1;
    setState({ kind: 'idle' });
    setText('');
    setNotice(t('issueDeleted', key));
    focusAfter.current = 'input';
  };

  // The view belongs to the site it came from; switching site closes it.
  useEffect(() => {
    latest.current += 1;
    setState((s) => (s.kind === 'idle' ? s : { kind: 'idle' }));
  }, [siteId]);

  useEffect(() => {
    if (initialKey) open(initialKey);
    // Only the key the popup was opened with, once.
  }, []);

  // Focus follows the user when the thing they pressed goes away.
  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target === 'input') input.current?.focus();
    else root.current?.querySelector<HTMLElement>('.issue-title')?.focus();
  });

  if (!siteId) return <p class="hint">{t('issueNoSite')}</p>;
  const fieldMessage = state.kind === 'field' ? state.message : '';
  return (
    <section class="open-issue" aria-label={t('issueOpenSection')} ref={root}>
      <IssueKeyForm value={text} onInput={setText} onSubmit={() => open(text)} message={fieldMessage} inputRef={input} />
      <p role="status" class="hint open-issue-status">
        {state.kind === 'loading' ? t('issueOpening', state.key) : notice}
      </p>
      {state.kind === 'idle' && <UnsavedEdits siteId={siteId} onOpen={follow} onOpenCapture={openCapture} />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={() => open(state.key)} retryWhenOnline />}
      {state.kind === 'open' && state.siteId === siteId && (
        <EditableIssue
          key={state.serial}
          request={request}
          siteId={state.siteId}
          issue={state.issue}
          url={state.url}
          copy={copy}
          onOpen={follow}
          onDeleted={deleted}
        />
      )}
    </section>
  );
}
