import type { CreateMetaIssueType } from '../../lib/jira/create-meta.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  id: string;
  types: CreateMetaIssueType[];
  value: string;
  onChange: (issueTypeId: string) => void;
}

/** The issue type: a native select (arrows and first-letter type-ahead work as everywhere). */
export function IssueTypeSelect({ id, types, value, onChange }: Props) {
  if (types.length === 0) {
    return <p class="hint">{t('createNoTypes')}</p>;
  }
  return (
    <div class="issue-field">
      <label for={id}>{t('createIssueType')}</label>
      <select id={id} value={value} aria-required="true" onChange={(event) => onChange(event.currentTarget.value)}>
        {value === '' && <option value="">{t('createChooseType')}</option>}
        {types.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}
