import { useEffect, useRef, useState } from 'preact/hooks';
import { httpsUrl } from './links.ts';
import type { Created } from './useCreateSubmit.ts';

interface Props {
  created: Created;
  copy: (text: string) => Promise<void> | void;
  onAnother: () => void;
}

/** The new issue: its key as a link, ways to copy it, and a fresh form for the same project and type. */
export function CreatedPanel({ created, copy, onAnother }: Props) {
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: the result takes it, so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const url = httpsUrl(created.url);

  const items = [
    { label: 'Copy key', what: 'the key', text: created.key },
    ...(url ? [{ label: 'Copy link', what: 'the link', text: url }] : []),
    { label: 'Copy key and summary', what: 'the key and summary', text: `${created.key}: ${created.summary}` },
  ];
  const run = async (item: (typeof items)[number]) => {
    try {
      await copy(item.text);
      setNote(`Copied ${item.what}.`);
    } catch {
      setNote(`Could not copy ${item.what}. The browser did not allow it.`);
    }
  };

  return (
    <div class="panel create-done">
      <h2 ref={heading} tabIndex={-1}>
        Created{' '}
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {created.key}
          </a>
        ) : (
          created.key
        )}
      </h2>
      <p class="create-done-summary">{created.summary}</p>
      <div class="create-copy" role="group" aria-label="Copy">
        {items.map((item) => (
          <button key={item.label} type="button" onClick={() => void run(item)}>
            {item.label}
          </button>
        ))}
      </div>
      <p class="hint" role="status">
        {note}
      </p>
      <button type="button" class="primary" onClick={onAnother}>
        Create another
      </button>
    </div>
  );
}
