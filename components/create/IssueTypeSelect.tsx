import type { CreateMetaIssueType } from '../../lib/jira/create-meta.ts';

interface Props {
  id: string;
  types: CreateMetaIssueType[];
  value: string;
  onChange: (issueTypeId: string) => void;
}

/** The issue type: a native select (arrows and first-letter type-ahead work as everywhere). */
export function IssueTypeSelect({ id, types, value, onChange }: Props) {
  if (types.length === 0) {
    return <p class="hint">You cannot create issues in this project.</p>;
  }
  return (
    <div class="issue-field">
      <label for={id}>Issue type</label>
      <select id={id} value={value} aria-required="true" onChange={(event) => onChange(event.currentTarget.value)}>
        {value === '' && <option value="">Choose a type…</option>}
        {types.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}
