import type { ComponentChildren } from 'preact';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import type { StatusView, UserRef } from '../../lib/jira/issue-parts.ts';
import { RemoteImage } from '../ui/RemoteImage.tsx';
import { formatDateTime, parseJiraDate } from './format.ts';
import { t } from '../../lib/i18n/page-text.ts';

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
      <Row term={t('issueFactStatus')}>
        <span class={`status-lozenge status-${status.categoryKey}`}>{status.name}</span>
        {saving && <span class="hint"> {t('issueSavingStatus')}</span>}
      </Row>
      <Row term={t('issueFactType')}>
        <span class="person">
          <RemoteImage src={issue.issuetype.iconUrl} class="icon" size={16} />
          {issue.issuetype.name}
        </span>
      </Row>
      <Row term={t('issueFactPriority')}>
        {issue.priority ? (
          <span class="person">
            <RemoteImage src={issue.priority.iconUrl} class="icon" size={16} />
            {issue.priority.name}
          </span>
        ) : (
          <span class="muted">{t('issueNone')}</span>
        )}
      </Row>
      <Row term={t('issueFactAssignee')}>
        <Person user={issue.assignee} none={t('issueUnassigned')} />
      </Row>
      <Row term={t('issueFactReporter')}>
        <Person user={issue.reporter} none={t('issueNone')} />
      </Row>
      <Row term={t('issueFactCreated')}>
        <When value={issue.created} />
      </Row>
      <Row term={t('issueFactUpdated')}>
        <When value={issue.updated} />
      </Row>
      <Row term={t('issueFactLabels')}>
        {issue.labels.length > 0 ? (
          <ul class="labels">
            {issue.labels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        ) : (
          <span class="muted">{t('issueNone')}</span>
        )}
      </Row>
    </dl>
  );
}
