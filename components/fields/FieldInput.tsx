import { isAdfDoc } from '../../lib/jira/fields/form-value.ts';
import type { AdfDoc, FormField, FormValue, IssueRef, UserRef } from '../../lib/jira/fields/index.ts';
import { isRecord } from '../../lib/jira/fields/options.ts';
import { AdfInput } from './AdfInput.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { DateInput } from './DateInput.tsx';
import { LabelsInput } from './LabelsInput.tsx';
import { ParentInput } from './ParentInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';
import type { FieldLookups } from './types.ts';
import { UserInput } from './UserInput.tsx';
import './fields.css';

interface Props {
  /** DOM id of the control: unique in the page (e.g. `create-summary`). */
  id: string;
  field: FormField;
  value: FormValue | undefined;
  onChange: (value: FormValue) => void;
  error?: string | undefined;
  lookups: FieldLookups;
}

const asText = (v: FormValue | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asList = (v: FormValue | undefined): string[] => (Array.isArray(v) ? v : []);
const asId = (v: FormValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const asRich = (v: FormValue | undefined): AdfDoc | string => (isAdfDoc(v) ? v : asText(v));
const asUser = (v: FormValue | undefined): UserRef | null => (isRecord(v) && typeof v.accountId === 'string' ? (v as UserRef) : null);
const asIssue = (v: FormValue | undefined): IssueRef | null => (isRecord(v) && typeof v.key === 'string' ? (v as IssueRef) : null);

/**
 * The input for one field of a create or edit form, chosen by its kind (lib/jira/fields). Values
 * of the wrong shape show as empty here; toPayload() reports them when the form is sent.
 */
export function FieldInput({ id, field, value, onChange, error, lookups }: Props) {
  const common = { id, field, onChange, error };
  const k = field.kind;
  switch (k.kind) {
    case 'text': return <TextInput {...common} value={asText(value)} />;
    case 'number': return <TextInput {...common} value={asText(value)} inputMode="decimal" />;
    case 'adf': return <AdfInput {...common} value={asRich(value)} />;
    case 'select':
    case 'priority': return <SelectInput {...common} value={asId(value)} choices={k.choices} />;
    case 'multiselect':
    case 'components':
    case 'versions': return <ChoiceGroup {...common} value={asList(value)} choices={k.choices} />;
    case 'labels': return <LabelsInput {...common} value={asList(value)} />;
    case 'date':
    case 'datetime': return <DateInput {...common} value={asText(value)} />;
    case 'user': return <UserInput {...common} value={asUser(value)} searchUsers={lookups.searchUsers} />;
    case 'parent': return <ParentInput {...common} value={asIssue(value)} searchIssues={lookups.searchIssues} />;
  }
}
