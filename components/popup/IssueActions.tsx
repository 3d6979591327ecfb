import type { Site } from '../../lib/jira/site.ts';

interface Props {
  site: Site;
}

/** The main area: issue actions (create, find, open) arrive here next. */
export function IssueActions({ site }: Props) {
  return (
    <section class="issue-actions" aria-label="Issue actions">
      <p>Create, find and open issues on {site.name}.</p>
    </section>
  );
}
