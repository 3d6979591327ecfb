import type { FormField, FormValue } from '../../lib/jira/fields/index.ts';
import type { PickedIssue } from '../../lib/jira/issue-picker.ts';
import type { UserRef } from '../../lib/jira/issue-parts.ts';

/** Searches a field may need; the form supplies them (through the worker), so fields stay plain UI. */
export interface FieldLookups {
  /** People for a user field, matching the start of a name or email. */
  searchUsers: (query: string) => Promise<UserRef[]>;
  /** Issues for a parent field, by key or summary words. */
  searchIssues: (query: string) => Promise<PickedIssue[]>;
}

/** What every field input gets. `value` is the kind's form value (see lib/jira/fields/form-value.ts). */
export interface FieldProps<V> {
  /** The control's DOM id; unique in the page. */
  id: string;
  field: FormField;
  value: V;
  onChange: (value: FormValue) => void;
  /** The message to show next to the field (from the form's checks or from Jira). */
  error?: string | undefined;
}
