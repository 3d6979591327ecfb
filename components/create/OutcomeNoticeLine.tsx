import { FormAlertNotice } from '../form/FormAlertNotice.tsx';
import type { OutcomeNotice } from './useCreateOutcome.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { errorText } from '../../lib/i18n/error-text.ts';

/** What the worker says of the form's last create, above the form: still finding out, or that
 *  Jira did not confirm it (the form keeps its text; the user checks Jira before sending again). */
export function OutcomeNoticeLine({ notice }: { notice: OutcomeNotice }) {
  if (notice.kind === 'unconfirmed') return <FormAlertNotice alert={{ kind: 'unconfirmed', lines: [errorText(notice.error)] }} />;
  return (
    <p class="hint" role="status">
      {t('createCheckingOutcome')}
    </p>
  );
}
