import { useEffect, useRef } from 'preact/hooks';

export interface NoticeContent {
  text: string;
  /** Things to know about what was just done (a profile saved without offline_access, say). */
  warnings: string[];
}

/** The outcome of the last action. Takes focus, since the form it came from is gone. */
export function Notice({ content }: { content: NoticeContent }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [content]);
  return (
    <div ref={ref} class="notice notice-info" role="status" tabIndex={-1}>
      <p>{content.text}</p>
      {content.warnings.map((warning) => (
        <p key={warning} class="notice-warning-text">
          {warning}
        </p>
      ))}
    </div>
  );
}
