import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CreatePrefill } from '../../lib/capture/prefill.ts';
import type { Site } from '../../lib/jira/site.ts';
import { createScope } from '../../lib/storage/drafts.ts';
import type { StartDraft } from './start-draft.ts';
import type { FrameCreate } from '../../lib/storage/first-frame.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { FieldLookups } from '../fields/types.ts';
import { draftNoticeModule } from '../ui/DraftNotice.lazy.ts';
import { draftStatusModule } from '../ui/DraftStatus.lazy.ts';
import { prefillEdited, startingValues, withPrefill } from '../form/carry-values.ts';
import { LazySection } from '../ui/LazySection.tsx';
import { createdPanelModule } from './CreatedPanel.lazy.ts';
import { outcomeNoticeLineModule } from './OutcomeNoticeLine.lazy.ts';
import { CreateFields } from './CreateFields.tsx';
import { CreateTargetPickers } from './CreateTargetPickers.tsx';
import type { Draft } from './CreateForm.tsx';
import type { Created } from './useCreateSubmit.ts';
import { useCreateDraft } from './useCreateDraft.ts';
import { useCreateOutcome } from './useCreateOutcome.ts';

import { useCreateTarget } from './useCreateTarget.ts';
import { useRecentProjects } from './useRecentProjects.ts';
import { useFieldPlan } from './useFieldPlan.ts';
import '../fields/fields.css';
import './create.css';
import { t } from '../../lib/i18n/page-text.ts';

export interface CreateIssueProps {
  request: MessageClient;
  /** The popup's session; a Session fits. Without a site there is nothing to create in. */
  session: { site: Pick<Site, 'id' | 'url'> | null };
  /** Told the new issue's key after each create. */
  onCreated?: (key: string) => void;
  /** Puts text on the clipboard; defaults to the page's Clipboard API. */
  copy?: (text: string) => Promise<void> | void;
  /**
   * Starting values (the capture window): `summary` and `description` (Markdown) fill the fields
   * of those names; `projectKey` and `issueTypeId` are preselected over the last used when the
   * site has them, else a note says the project is not available. A prefill that changes later
   * replaces the summary and description (the caller asks the user first when they typed).
   */
  prefill?: CreatePrefill | undefined;
  /** Told whether the summary or description now differ from the prefill (the user typed). */
  onPrefillEdited?: ((edited: boolean) => void) | undefined;
  /** Extra buttons on the created panel (the capture window's "Close window"). */
  createdActions?: ComponentChildren;
  /** Where the form's draft is kept (lib/storage/drafts.ts); defaults to `create.<siteId>`. A
   *  restored draft fills the form before anything else would (last used project, prefilled text). */
  draftScope?: string | undefined;
  /** The page's first frame (lib/storage/first-frame.ts), then the worker's confirmation of it:
   *  with the draft read alongside, the first render shows the whole form, and a confirmation that
   *  differs corrects it, unless the user has chosen another project or type meanwhile. */
  frame?: FrameCreate | null | undefined;
  takeDraft?: StartDraft | undefined;
}

export type { StartDraft } from './start-draft.ts';

const clipboard = (text: string) => navigator.clipboard.writeText(text);

/** The Create section: project, issue type, the type's fields, and the created issue. */
export function CreateIssue({ session, ...rest }: CreateIssueProps) {
  if (!session.site) return <p class="hint">{t('createNoSite')}</p>;
  return <CreateOnSite site={session.site} {...rest} />;
}

interface OnSiteProps extends Omit<CreateIssueProps, 'session'> {
  site: Pick<Site, 'id' | 'url'>;
}

function CreateOnSite({ request, site, onCreated, copy = clipboard, prefill, onPrefillEdited, createdActions, draftScope, frame, takeDraft }: OnSiteProps) {
  const scope = draftScope ?? createScope(site.id);
  // The first frame fills the first render when it is of this site and the form's draft was read
  // with it; a capture's template picks its project in it as it would in the project list.
  const [opening] = useState(() => {
    if (!frame || frame.siteId !== site.id) return undefined;
    const read = takeDraft?.(scope);
    return read && { frame, draft: read.draft };
  });
  const drafts = useCreateDraft(scope, site.id, undefined, opening && { draft: opening.draft });
  const target = useCreateTarget(request, site.id, prefill, drafts.preferred, opening && { frame: opening.frame, draft: drafts.preferredNow });
  const projectKey = target.project?.key;
  const fields = useFieldPlan(request, site.id, target.issueType ? projectKey : undefined, target.issueType?.id, opening?.frame.fields);
  // The worker's confirmation of the first frame corrects what it showed, where it differs (an
  // unchanged frame keeps its identity: components/session/session-actions.ts).
  const shown = useRef(frame);
  useEffect(() => {
    if (!opening || !frame || frame === shown.current || frame.siteId !== site.id) return;
    shown.current = frame;
    target.refresh(frame);
    fields.refresh(frame.fields);
  }, [frame]);
  const [created, setCreated] = useState<Created | null>(null);
  const [recentProjects, rememberProject] = useRecentProjects(site.id);
  // A create Jira accepted after the page that sent it had closed: shown as created here.
  const outcome = useCreateOutcome(scope, request, setCreated);
  /** Counts "Create another", so the form starts empty again. */
  const [round, setRound] = useState(0);
  /** Counts prefill replacements, which rebuild the form from the draft with the new text. */
  const [refills, setRefills] = useState(0);
  const draft = useRef<Draft | null>(null);
  /** The prefill text the form holds now, and whether the user has changed it. */
  const applied = useRef(prefill);
  const edited = useRef(false);
  const summary = prefill?.summary;
  const description = prefill?.description;
  // A new prefill (another template) replaces the text in the form, keeping every other field.
  useEffect(() => {
    const text = { ...(summary === undefined ? {} : { summary }), ...(description === undefined ? {} : { description }) };
    if (applied.current?.summary === summary && applied.current?.description === description) return;
    applied.current = text;
    if (draft.current) {
      draft.current = { plan: draft.current.plan, values: withPrefill(draft.current.plan, draft.current.values, text) };
      setRefills((n) => n + 1);
    }
  }, [summary, description]);
  const noteDraft = (next: Draft) => {
    draft.current = next;
    const now = prefillEdited(next.values, applied.current);
    if (now !== edited.current) {
      edited.current = now;
      onPrefillEdited?.(now);
    }
  };

  const lookups = useMemo<FieldLookups>(
    () => ({
      searchUsers: (query) => request('users.assignable', { siteId: site.id, ...(projectKey ? { projectKey } : {}), query }),
      searchIssues: (query) => request('issues.pick', { siteId: site.id, query }),
    }),
    [request, site.id, projectKey],
  );

  const formKey = `${target.project?.key}/${target.issueType?.id}/${round}/${drafts.generation}/${refills}`;
  const pending = target.projects.state === 'loading' || target.types.state === 'loading' || fields.metas.state === 'loading';
  const initial =
    target.project && target.issueType && fields.plan
      ? drafts.initialFor(formKey, fields.plan, { projectKey: target.project.key, issueTypeId: target.issueType.id })
      : undefined;

  if (created) {
    return (
      <div class="create">
        <LazySection module={createdPanelModule} loading={t('createCreatedLine', created.key)}>
          {({ CreatedPanel }) => (
            <CreatedPanel
              created={created}
              copy={copy}
              actions={createdActions}
              onAnother={() => {
                setCreated(null);
                setRound((n) => n + 1);
              }}
            />
          )}
        </LazySection>
      </div>
    );
  }
  const notice = drafts.notice;
  return (
    <div class="create">
      {(drafts.status.failure !== null || drafts.status.elsewhere) && (
        <LazySection module={draftStatusModule} loading="">
          {({ DraftStatus }) => (
            <DraftStatus status={drafts.status} until={t('draftKeepOpenCreate')} onLoadNewer={() => {
                const newer = drafts.loadNewer();
                if (newer) target.moveTo(newer);
              }} onKeepMine={drafts.keepMine} />
          )}
        </LazySection>
      )}
      {notice && (
        <LazySection module={draftNoticeModule} loading={notice.kind === 'restored' ? t('draftRestoredLine') : t('draftDiscarded')}>
          {({ DraftNotice }) => (
            <DraftNotice
              state={notice}
              leftover={drafts.leftover(pending)}
              onDiscard={() => {
                draft.current = null;
                drafts.discard();
              }}
              onUndo={drafts.undo}
            />
          )}
        </LazySection>
      )}
      {outcome.notice && (
        <LazySection module={outcomeNoticeLineModule} loading={t('createCheckingOutcome')}>
          {({ OutcomeNoticeLine }) => outcome.notice && <OutcomeNoticeLine notice={outcome.notice} />}
        </LazySection>
      )}
      <CreateTargetPickers target={target} recent={recentProjects} />
      {target.project && target.issueType && (
        <CreateFields
          key={formKey}
          request={request}
          siteUrl={site.url}
          project={target.project}
          issueType={target.issueType}
          fields={fields}
          carry={draft.current}
          initial={initial}
          onDraft={(next) => {
            noteDraft(next);
            if (target.project && target.issueType) {
              const given = applied.current ? withPrefill(next.plan, startingValues(next.plan, null), applied.current) : undefined;
              drafts.onValues(next.plan, next.values, { projectKey: target.project.key, issueTypeId: target.issueType.id }, given);
            }
          }}
          lookups={lookups}
          focusFirst={round > 0 || drafts.generation > 0}
          prefill={round === 0 ? applied.current : undefined}
          onCreated={(issue) => {
            // A created issue's text must not come back in the next form.
            draft.current = null;
            drafts.created();
            if (target.project) rememberProject(target.project.key);
            setCreated(issue);
            onCreated?.(issue.key);
          }}
          siteId={site.id}
          draftScope={scope}
          flushDraft={drafts.flush}
        />
      )}
    </div>
  );
}
