import type { IssueSummary } from '../../lib/jira/search.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  issue: IssueSummary;
  id: string;
  active: boolean;
  onOpen: (key: string) => void;
}

/** One result: key, summary, status, assignee, all as plain text. */
export function ResultRow({ issue, id, active, onOpen }: Props) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active ? 'true' : 'false'}
      class={active ? 'result active' : 'result'}
      onClick={() => onOpen(issue.key)}
    >
      <span class="result-key">{issue.key}</span>
      <span class="result-summary">{issue.summary}</span>
      <span class="result-meta">
        <span class={`result-status status-${issue.status.categoryKey}`}>{issue.status.name}</span>
        <span class="result-assignee">{issue.assignee ? issue.assignee.displayName : t('findUnassigned')}</span>
      </span>
    </li>
  );
}
