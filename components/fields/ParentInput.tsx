import type { IssueRef } from '../../lib/jira/fields/index.ts';
import type { PickedIssue } from '../../lib/jira/issue-picker.ts';
import { PickerInput } from './PickerInput.tsx';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props extends FieldProps<IssueRef | null | undefined> {
  searchIssues: (query: string) => Promise<PickedIssue[]>;
}

const textOf = (key: string, summary: string | undefined) => (summary ? `${key} ${summary}` : key);

/** The parent issue (of a sub-task, or the epic of a story), found by key or summary words. */
export function ParentInput({ id, field, value, onChange, error, searchIssues }: Props) {
  return (
    <PickerInput<PickedIssue>
      id={id}
      field={field}
      chosenText={value ? textOf(value.key, value.summary) : ''}
      search={searchIssues}
      toOption={(issue) => ({ id: issue.key, label: issue.key, detail: issue.summaryText })}
      textOf={(issue) => textOf(issue.key, issue.summaryText)}
      onPick={(issue) => onChange(issue.summaryText ? { key: issue.key, summary: issue.summaryText } : { key: issue.key })}
      onUnpick={() => onChange(null)}
      error={error}
      placeholder={t('fieldParentPlaceholder')}
    />
  );
}
