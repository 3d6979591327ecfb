import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { FieldInput } from '../../../components/fields/FieldInput.tsx';
import type { FieldLookups } from '../../../components/fields/types.ts';
import { planForm, type FieldMeta, type FormField, type FormValue } from '../../../lib/jira/fields/index.ts';

/** The form field a create form would make of one piece of metadata. */
export function formField(meta: FieldMeta): FormField {
  const field = planForm([meta], { mode: 'create', includeOptional: [meta.fieldId] }).fields[0];
  if (!field) throw new Error(`${meta.name} is not a field this form shows`);
  return field;
}

interface Props {
  field: FormField;
  initial?: FormValue;
  error?: string;
  lookups?: Partial<FieldLookups>;
  onValue?: (value: FormValue) => void;
}

/** One field with its value held like the form holds it; `onValue` sees every change. */
export function Harness({ field, initial = null, error, lookups = {}, onValue = () => {} }: Props) {
  const [value, setValue] = useState<FormValue>(initial);
  const all: FieldLookups = {
    searchUsers: lookups.searchUsers ?? vi.fn(async () => []),
    searchIssues: lookups.searchIssues ?? vi.fn(async () => []),
  };
  return (
    <FieldInput
      id={`f-${field.fieldId}`}
      field={field}
      value={value}
      error={error}
      lookups={all}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}
