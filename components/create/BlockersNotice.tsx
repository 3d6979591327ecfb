import type { Blocker } from '../../lib/jira/fields/index.ts';

interface Props {
  blockers: Blocker[];
  /** Jira's own create screen for this project and type; undefined when the site is not https. */
  finishUrl: string | undefined;
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
export function BlockersNotice({ blockers, finishUrl }: Props) {
  const names = listNames(blockers.map((b) => b.name));
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
