import type { Blocker } from '../../lib/jira/fields/index.ts';
import { finishInJiraUrl } from './links.ts';
import { t, uiLanguage } from '../../lib/i18n/page-text.ts';

interface Props {
  blockers: Blocker[];
  /** Where Jira's own create screen is: the site, the project's id and the issue type's. */
  site: { url: string; projectId: string; issueTypeId: string };
}

/** "A", "A and B", "A, B, and C", as the browser's language joins a list.
 *  https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/ListFormat */
export function listNames(names: string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(names);
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
      <p>{t('createBlockersNeeds', names)}</p>
      {finishUrl ? (
        <p>
          <a href={finishUrl} target="_blank" rel="noopener noreferrer">
            {t('createFinishInJira')}
          </a>
        </p>
      ) : (
        <p>{t('createInJiraInstead')}</p>
      )}
    </div>
  );
}
