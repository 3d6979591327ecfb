export interface FormAlert {
  /** `unconfirmed`: the answer was lost and the worker could not tell whether the issue exists. */
  kind: 'error' | 'unconfirmed';
  lines: string[];
}


/** What stopped the create, above the button; role=alert so it is announced where focus stays. */
export function FormAlertNotice({ alert }: { alert: FormAlert }) {
  return (
    <div class={alert.kind === 'unconfirmed' ? 'notice notice-error create-unconfirmed' : 'notice notice-error'} role="alert">
      {alert.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
