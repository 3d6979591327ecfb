// The choices of a fixed-value field, read from its metadata's `allowedValues`. Jira writes select
// options as `{id, value}` and priorities, components, versions and resolutions as `{id, name}`
// (the same JSON the issue itself carries), so both spellings become one `Choice`.

export interface Choice {
  id: string;
  label: string;
  iconUrl?: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Jira id may arrive as a number (`{"id": 10112}` in older examples); the form keeps strings. */
export function idOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = value.id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

function choice(value: unknown): Choice | undefined {
  const id = idOf(value);
  if (id === undefined || !isRecord(value)) return undefined;
  // Archived versions and disabled options cannot be picked any more.
  if (value.archived === true || value.disabled === true) return undefined;
  const label = typeof value.value === 'string' ? value.value : typeof value.name === 'string' ? value.name : id;
  const out: Choice = { id, label };
  if (typeof value.iconUrl === 'string') out.iconUrl = value.iconUrl;
  return out;
}

export function choicesOf(allowedValues: readonly unknown[] | undefined): Choice[] {
  return (allowedValues ?? []).map(choice).filter((c): c is Choice => c !== undefined);
}
