import { useMemo, useRef, useState } from 'preact/hooks';
import type { Site } from '../../lib/jira/site.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { FieldLookups } from '../fields/types.ts';
import { CreatedPanel } from './CreatedPanel.tsx';
import { CreateFields } from './CreateFields.tsx';
import { CreateTargetPickers } from './CreateTargetPickers.tsx';
import type { Draft } from './CreateForm.tsx';
import type { Created } from './useCreateSubmit.ts';
import { useCreateTarget } from './useCreateTarget.ts';
import { useFieldPlan } from './useFieldPlan.ts';
import '../fields/fields.css';
import './create.css';

export interface CreateIssueProps {
  request: MessageClient;
  /** The popup's session; a Session fits. Without a site there is nothing to create in. */
  session: { site: Pick<Site, 'id' | 'url'> | null };
  /** Told the new issue's key after each create. */
  onCreated?: (key: string) => void;
  /** Puts text on the clipboard; defaults to the page's Clipboard API. */
  copy?: (text: string) => Promise<void> | void;
}

const clipboard = (text: string) => navigator.clipboard.writeText(text);

/** The Create section: project, issue type, the type's fields, and the created issue. */
export function CreateIssue({ session, ...rest }: CreateIssueProps) {
  if (!session.site) return <p class="hint">Choose a Jira site to create issues.</p>;
  return <CreateOnSite site={session.site} {...rest} />;
}

interface OnSiteProps extends Omit<CreateIssueProps, 'session'> {
  site: Pick<Site, 'id' | 'url'>;
}

function CreateOnSite({ request, site, onCreated, copy = clipboard }: OnSiteProps) {
  const target = useCreateTarget(request, site.id);
  const projectKey = target.project?.key;
  const fields = useFieldPlan(request, site.id, target.issueType ? projectKey : undefined, target.issueType?.id);
  const [created, setCreated] = useState<Created | null>(null);
  /** Counts "Create another", so the form starts empty again. */
  const [round, setRound] = useState(0);
  const draft = useRef<Draft | null>(null);

  const lookups = useMemo<FieldLookups>(
    () => ({
      searchUsers: (query) => request('users.assignable', { siteId: site.id, ...(projectKey ? { projectKey } : {}), query }),
      searchIssues: (query) => request('issues.pick', { siteId: site.id, query }),
    }),
    [request, site.id, projectKey],
  );

  if (created) {
    return (
      <div class="create">
        <CreatedPanel
          created={created}
          copy={copy}
          onAnother={() => {
            setCreated(null);
            setRound((n) => n + 1);
          }}
        />
      </div>
    );
  }
  return (
    <div class="create">
      <CreateTargetPickers target={target} />
      {target.project && target.issueType && (
        <CreateFields
          key={`${target.project.key}/${target.issueType.id}/${round}`}
          request={request}
          siteUrl={site.url}
          project={target.project}
          issueType={target.issueType}
          fields={fields}
          carry={draft.current}
          onDraft={(next) => {
            draft.current = next;
          }}
          lookups={lookups}
          focusFirst={round > 0}
          onCreated={(issue) => {
            // A created issue's text must not come back in the next form.
            draft.current = null;
            setCreated(issue);
            onCreated?.(issue.key);
          }}
          siteId={site.id}
        />
      )}
    </div>
  );
}
