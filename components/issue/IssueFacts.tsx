import type { ComponentChildren } from 'preact';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import type { StatusView, UserRef } from '../../lib/jira/issue-parts.ts';
import { RemoteImage } from '../ui/RemoteImage.tsx';
import { formatDateTime, parseJiraDate } from './format.ts';

interface Props {
  issue: IssueView;
  /** The status shown, which may be ahead of `issue` while a transition is on its way. */
  status: StatusView;
  /** A transition is on its way to Jira. */
  saving: boolean;
}

function Row({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Person({ user, none }: { user: UserRef | undefined; none: string }) {
  if (!user) return <span class="muted">{none}</span>;
  return (
    <span class="person">
      <RemoteImage src={user.avatarUrl} class="avatar-small" size={16} />
      {user.displayName}
    </span>
  );
}

function When({ value }: { value: string }) {
  const date = parseJiraDate(value);
  if (!date) return <span>{value}</span>;
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}

/** Status, type, priority, people, dates and labels of an issue, as a description list. */
export function IssueFacts({ issue, status, saving }: Props) {
  return (
    <dl class="issue-facts">
      <Row term="Status">
        <span class={`status-lozenge status-${status.categoryKey}`}>{status.name}</span>
        {saving && <span class="hint"> saving…</span>}
      </Row>
      <Row term="Type">
        <span class="person">
          <RemoteImage src={issue.issuetype.iconUrl} class="icon" size={16} />
          {issue.issuetype.name}
        </span>
      </Row>
      <Row term="Priority">
        {issue.priority ? (
          <span class="person">
            <RemoteImage src={issue.priority.iconUrl} class="icon" size={16} />
            {issue.priority.name}
          </span>
        ) : (
          <span class="muted">None</span>
        )}
      </Row>
      <Row term="Assignee">
        <Person user={issue.assignee} none="Unassigned" />
      </Row>
      <Row term="Reporter">
        <Person user={issue.reporter} none="None" />
      </Row>
      <Row term="Created">
        <When value={issue.created} />
      </Row>
      <Row term="Updated">
        <When value={issue.updated} />
      </Row>
      <Row term="Labels">
        {issue.labels.length > 0 ? (
          <ul class="labels">
            {issue.labels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        ) : (
          <span class="muted">None</span>
        )}
      </Row>
    </dl>
  );
}
