import type { LinkedIssue } from '../../lib/jira/get-issue.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  parent: LinkedIssue | undefined;
  subtasks: LinkedIssue[];
  /** Opens another issue in the view. */
  onOpen: (key: string) => void;
}

function IssueButton({ issue, onOpen }: { issue: LinkedIssue; onOpen: (key: string) => void }) {
  return (
    <button type="button" class="issue-link" onClick={() => onOpen(issue.key)}>
      <span class="issue-key">{issue.key}</span> {issue.summary}
    </button>
  );
}

/** The parent and the sub-tasks of an issue; each opens in the view. */
export function RelatedIssues({ parent, subtasks, onOpen }: Props) {
  if (!parent && subtasks.length === 0) return null;
  return (
    <div class="related">
      {parent && (
        <section aria-label={t('issueParent')}>
          <h3>{t('issueParent')}</h3>
          <IssueButton issue={parent} onOpen={onOpen} />
        </section>
      )}
      {subtasks.length > 0 && (
        <section aria-label={t('issueSubtasks')}>
          <h3>{t('issueSubtasksHeading', subtasks.length)}</h3>
          <ul class="subtasks">
            {subtasks.map((sub) => (
              <li key={sub.key}>
                <IssueButton issue={sub} onOpen={onOpen} />
                {sub.status && <span class="hint"> {sub.status.name}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
