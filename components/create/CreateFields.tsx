import type { CreateMetaIssueType } from '../../lib/jira/create-meta.ts';
import type { FormValues } from '../../lib/jira/fields/index.ts';
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { FieldLookups } from '../fields/types.ts';
import { LazySection } from '../ui/LazySection.tsx';
import { blockersNoticeModule } from './BlockersNotice.lazy.ts';
import { CreateForm, type Draft } from './CreateForm.tsx';
import { LoadNotice } from '../form/LoadNotice.tsx';
import type { Created } from './useCreateSubmit.ts';
import type { useFieldPlan } from './useFieldPlan.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  request: MessageClient;
  siteId: string;
  siteUrl: string;
  project: ProjectRef;
  issueType: CreateMetaIssueType;
  fields: ReturnType<typeof useFieldPlan>;
  carry: Draft | null;
  initial?: FormValues | undefined;
  onDraft: (draft: Draft) => void;
  onCreated: (created: Created) => void;
  lookups: FieldLookups;
  focusFirst: boolean;
  prefill?: { summary?: string; description?: string } | undefined;
  /** The form's draft scope, sent with the create so the worker settles the draft. */
  draftScope: string;
  flushDraft: () => Promise<void>;
}

/** The chosen type's create screen: loading, a failure, a way out to Jira, or the form. */
export function CreateFields(props: Props) {
  const { fields, project, issueType } = props;
  const { plan } = fields;
  if (plan === null) return <LoadNotice load={fields.metas} loading={t('createLoadingFields')} retry={fields.reload} />;
  if (plan.blockers.length > 0) {
    return (
      <LazySection module={blockersNoticeModule} loading={t('createCheckingFields')}>
        {({ BlockersNotice }) => (
          <BlockersNotice blockers={plan.blockers} site={{ url: props.siteUrl, projectId: project.id, issueTypeId: issueType.id }} />
        )}
      </LazySection>
    );
  }
  return (
    <CreateForm
      request={props.request}
      target={{ siteId: props.siteId, projectKey: project.key, issueTypeId: issueType.id, draftScope: props.draftScope }}
      plan={plan}
      carry={props.carry}
      initial={props.initial}
      onDraft={props.onDraft}
      onCreated={props.onCreated}
      lookups={props.lookups}
      focusFirst={props.focusFirst}
      prefill={props.prefill}
      flushDraft={props.flushDraft}
    />
  );
}
