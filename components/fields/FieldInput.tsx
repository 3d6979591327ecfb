import { isAdfDoc } from '../../lib/jira/fields/form-value.ts';
import type { AdfDoc, FormField, FormValue } from '../../lib/jira/fields/index.ts';
import { LazySection } from '../ui/LazySection.tsx';
import { extraInputModule } from './ExtraInput.lazy.ts';
import { AdfInput } from './AdfInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';
import type { FieldLookups } from './types.ts';
import './fields.css';
import { t } from '../../lib/i18n/page-text.ts';

export interface FieldInputProps {
  /** DOM id of the control: unique in the page (e.g. `create-summary`). */
  id: string;
  field: FormField;
  value: FormValue | undefined;
  onChange: (value: FormValue) => void;
  error?: string | undefined;
  lookups: FieldLookups;
}

const asText = (v: FormValue | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asId = (v: FormValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const asRich = (v: FormValue | undefined): AdfDoc | string => (isAdfDoc(v) ? v : asText(v));

/**
 * The input for one field of a create or edit form, chosen by its kind (lib/jira/fields). Values
 * of the wrong shape show as empty here; toPayload() reports them when the form is sent.
 */
export function FieldInput(props: FieldInputProps) {
  const { id, field, value, onChange, error } = props;
  const common = { id, field, onChange, error };
  const k = field.kind;
  switch (k.kind) {
    case 'text': return <TextInput {...common} value={asText(value)} />;
    case 'number': return <TextInput {...common} value={asText(value)} inputMode="decimal" />;
    case 'adf': return <AdfInput {...common} value={asRich(value)} />;
    case 'select':
    case 'priority': return <SelectInput {...common} value={asId(value)} choices={k.choices} />;
    default:
      return (
        <LazySection module={extraInputModule} loading={t('fieldLoading', field.name)}>
          {({ ExtraInput }) => <ExtraInput {...props} />}
        </LazySection>
      );
  }
}
