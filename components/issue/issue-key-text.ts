// Why a typed or pasted text names no issue (lib/jira/issue-key.ts), in the user's language.
import type { KeyProblem } from '../../lib/jira/issue-key.ts';
import { t } from '../../lib/i18n/page-text.ts';

export function keyProblemText(problem: KeyProblem): string {
  switch (problem.reason) {
    case 'empty':
      return t('issueKeyEmpty');
    case 'number_only':
      return t('issueKeyNumberOnly', problem.number);
    case 'project_only':
      return t('issueKeyProjectOnly', problem.project);
    case 'project_too_short':
      return `${t('issueKeyProjectTooShort')} ${t('issueKeyExample')}`;
    case 'starts_with_digit':
      return `${t('issueKeyStartsWithDigit')} ${t('issueKeyExample')}`;
    case 'has_spaces':
      return `${t('issueKeyHasSpaces')} ${t('issueKeyExample')}`;
    case 'not_a_key':
      return t('issueKeyExample');
    case 'link_scheme':
      return t('issueKeyLinkScheme');
    case 'link_selected_not_key':
      return t('issueKeyLinkSelectedNotKey', problem.named);
    case 'link_names_not_key':
      return t('issueKeyLinkNamesNotKey', problem.named);
    case 'link_no_issue':
      return t('issueKeyLinkNoIssue');
    case 'link_unreadable':
      return t('issueKeyLinkUnreadable');
  }
}
