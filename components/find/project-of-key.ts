// On its own, not in presets.ts: the popup shell needs it before Find's code has loaded.

/** The project of an issue key ("ABC-12" → "ABC"), or undefined for anything else. */
export function projectOfKey(key: string): string | undefined {
  return /^([A-Z][A-Z0-9_]*)-\d+$/.exec(key)?.[1];
}
