import type { UserRef as FormUser } from '../../lib/jira/fields/index.ts';
import type { UserRef } from '../../lib/jira/issue-parts.ts';
import { PickerInput } from './PickerInput.tsx';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props extends FieldProps<FormUser | null | undefined> {
  searchUsers: (query: string) => Promise<UserRef[]>;
}

/** A person (assignee, reporter, user picker fields), found by name; the value keeps the account id. */
export function UserInput({ id, field, value, onChange, error, searchUsers }: Props) {
  return (
    <PickerInput<UserRef>
      id={id}
      field={field}
      chosenText={value ? (value.displayName ?? value.accountId) : ''}
      search={searchUsers}
      toOption={(user) => ({ id: user.accountId, label: user.displayName })}
      textOf={(user) => user.displayName}
      onPick={(user) => onChange({ accountId: user.accountId, displayName: user.displayName })}
      onUnpick={() => onChange(null)}
      error={error}
      placeholder={t('fieldUserPlaceholder')}
    />
  );
}
