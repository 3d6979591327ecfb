import type { Blocker } from '../../lib/jira/fields/index.ts';
import { finishInJiraUrl } from './links.ts';

interface Props {
  blockers: Blocker[];
  /** Where Jira's own create screen is: the site, the project's id and the issue type's. */
  site: { url: string; projectId: string; issueTypeId: string };
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Required fields this form cannot fill (cascading selects, group pickers, app fields): sending
 * without them could only fail, so the form is replaced by a way to finish in Jira.
 */
export function BlockersNotice({ blockers, site }: Props) {
  const names = listNames(blockers.map((b) => b.name));
  // Undefined when the site is not https.
  const finishUrl = finishInJiraUrl(site.url, site.projectId, site.issueTypeId);
  return (
    <div class="notice notice-error create-blockers">
      <p>This issue type needs {names}, which this form cannot fill yet.</p>
      {finishUrl ? (
        <p>
          <a href={finishUrl} target="_blank" rel="noopener noreferrer">
            Finish in Jira
          </a>
        </p>
      ) : (
        <p>Create this issue in Jira instead.</p>
      )}
    </div>
  );
}
