// The ids that tie a control to its error and hint, so a screen reader reads them with it.

export interface Described {
  /** The control's id; the error and hint take `<id>-error` and `<id>-hint`. */
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}

export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

/** The error first: it is what the user must act on. */
export function describedBy({ id, error, hint }: Described): string | undefined {
  const ids = [error ? errorId(id) : '', hint ? hintId(id) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** ARIA attributes every field control carries. */
export function controlAria(d: Described & { required: boolean }) {
  return {
    'aria-invalid': d.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(d),
    // Not the `required` attribute: the browser's own validation bubble would pre-empt our messages.
    'aria-required': d.required ? ('true' as const) : undefined,
  };
}
