// What each template variable holds, for the editor's suggestion list. The capture side computes
// the values (lib/capture/template-variables.ts): `date` as yyyy-mm-dd, `site` as the chosen Jira
// site's address.
import type { TemplateVariable } from '../../../lib/capture/template-variables.ts';
import { t } from '../../../lib/i18n/page-text.ts';

export function variableHelp(name: TemplateVariable): string {
  switch (name) {
    case 'selection':
      return t('templateVarSelection');
    case 'url':
      return t('templateVarUrl');
    case 'title':
      return t('templateVarTitle');
    case 'date':
      return t('templateVarDate');
    case 'site':
      return t('templateVarSite');
  }
}
