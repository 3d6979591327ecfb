import { useMemo } from 'preact/hooks';
import { initialValues, type FormField, type FormValue, type FormValues } from '../../lib/jira/fields/index.ts';
import { extraInputModule } from '../fields/ExtraInput.lazy.ts';
import { FieldInput } from '../fields/FieldInput.tsx';
import { prefetch } from '../ui/lazy.ts';
import type { FieldLookups } from '../fields/types.ts';
import { useMoreFieldsOpen } from './useMoreFieldsOpen.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  fields: FormField[];
  values: FormValues;
  errors: Record<string, string | undefined>;
  onChange: (fieldId: string) => (value: FormValue) => void;
  lookups: FieldLookups;
  /** Where "More fields" is remembered open or closed (more-fields-memory.ts). */
  slot: string;
}

/** Summary and description lead a create; other fields only when Jira requires them. */
const upFront = (f: FormField) => f.required || f.fieldId === 'summary' || f.fieldId === 'description';


/**
 * The form's fields: the ones a create needs first, then the optional ones the issue type offers
 * behind "More fields" (a disclosure button, so the Create button stays in a 600 px popup).
 */
export function PlanFields({ fields, values, errors, onChange, lookups, slot }: Props) {
  const first = fields.filter(upFront);
  const more = fields.filter((f) => !upFront(f));
  // A value other than Jira's default (a restored draft's) is shown, not kept out of sight.
  const defaults = useMemo(() => initialValues({ fields: more, blockers: [], more: [] }), [fields]);
  const changed = more.some((f) => JSON.stringify(values[f.fieldId] ?? null) !== JSON.stringify(defaults[f.fieldId] ?? null));
  const [chosenOpen, setOpen] = useMoreFieldsOpen(slot, changed);
  // Open in the same render as an error in there, so the form can move focus to it.
  const open = chosenOpen || more.some((f) => errors[f.fieldId] !== undefined);
  const input = (field: FormField) => (
    <FieldInput
      key={field.fieldId}
      id={`create-${field.fieldId}`}
      field={field}
      value={values[field.fieldId]}
      onChange={onChange(field.fieldId)}
      error={errors[field.fieldId]}
      lookups={lookups}
    />
  );
  return (
    <>
      {first.map(input)}
      {more.length > 0 && (
        <div class="more-fields">
          <button
            type="button"
            class="more-toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls="create-more-fields"
            // The optional fields' inputs load on the way to a click.
            onPointerEnter={() => prefetch(extraInputModule)}
            onFocus={() => prefetch(extraInputModule)}
            onClick={() => setOpen(!open)}
          >
            <span class="more-chevron" aria-hidden="true" />
            {t('createMoreFields')}
            <span class="more-names">{more.map((f) => f.name).join(', ')}</span>
          </button>
          <div id="create-more-fields" class="more-list" hidden={!open}>
            {open && more.map(input)}
          </div>
        </div>
      )}
    </>
  );
}
