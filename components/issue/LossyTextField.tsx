import { describeLoss } from '../../lib/adf/loss.ts';
import type { FormField } from '../../lib/jira/fields/index.ts';
import type { LossyText } from './edit-draft.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { inSentence } from '../fields/in-sentence.ts';

interface Props {
  /** DOM id the field's textarea takes once opened; the group is named after it. */
  id: string;
  field: FormField;
  lossy: LossyText;
  onConsent: () => void;
}

/**
 * A rich-text field whose document Markdown cannot hold (panels, merged table cells, mentions…).
 * It stays out of the save until the user agrees to edit it anyway, losing what is named here.
 */
export function LossyTextField({ id, field, lossy, onConsent }: Props) {
  const what = inSentence(field.name);
  const labelId = `${id}-label`;
  const textId = `${id}-loss`;
  return (
    <div class="issue-field lossy-field" role="group" aria-labelledby={labelId} aria-describedby={textId}>
      <span class="lossy-label" id={labelId}>
        {field.name}
      </span>
      <p class="hint" id={textId}>
        {t('issueLossy', what, describeLoss(lossy.lost))}
      </p>
      <div>
        <button type="button" class="small" onClick={onConsent}>
          {t('issueLossyEdit', what)}
        </button>
      </div>
    </div>
  );
}
