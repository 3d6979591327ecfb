import type { FormValue, IssueRef, UserRef } from '../../lib/jira/fields/index.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { DateInput } from './DateInput.tsx';
import { LabelsInput } from './LabelsInput.tsx';
import { ParentInput } from './ParentInput.tsx';
import type { FieldInputProps } from './FieldInput.tsx';
import { UserInput } from './UserInput.tsx';

// Not lib/jira/fields/options.ts's isRecord: importing it here would split that module into a
// chunk of its own, one more request before the popup is ready (test/e2e/budgets.e2e.ts).
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asText = (v: FormValue | undefined): string => (typeof v === 'string' ? v : '');
const asList = (v: FormValue | undefined): string[] => (Array.isArray(v) ? v : []);
const asUser = (v: FormValue | undefined): UserRef | null => (isRecord(v) && typeof v.accountId === 'string' ? (v as UserRef) : null);
const asIssue = (v: FormValue | undefined): IssueRef | null => (isRecord(v) && typeof v.key === 'string' ? (v as IssueRef) : null);

/**
 * The inputs of the kinds a create seldom requires (several values, labels, dates, people, a
 * parent): loaded when a form first shows one, mostly on "More fields", so the popup's first load
 * carries only what summary, description and selects need (FieldInput.tsx).
 */
export function ExtraInput({ id, field, value, onChange, error, lookups }: FieldInputProps) {
  const common = { id, field, onChange, error };
  const k = field.kind;
  switch (k.kind) {
    case 'multiselect':
    case 'components':
    case 'versions': return <ChoiceGroup {...common} value={asList(value)} choices={k.choices} />;
    case 'labels': return <LabelsInput {...common} value={asList(value)} />;
    case 'date':
    case 'datetime': return <DateInput {...common} value={asText(value)} />;
    case 'user': return <UserInput {...common} value={asUser(value)} searchUsers={lookups.searchUsers} />;
    case 'parent': return <ParentInput {...common} value={asIssue(value)} searchIssues={lookups.searchIssues} />;
    default: return null;
  }
}
