import { useState } from 'preact/hooks';
import { branchName } from '../../lib/capture/branch-name.ts';

interface Props {
  issueKey: string;
  summary: string;
  /** The issue's https page; without it there is no link to copy. */
  url: string | undefined;
  copy: (text: string) => void | Promise<void>;
}

/** Copies the key, the link, "KEY Summary" or a git branch name, and says what was copied. */
export function CopyButtons({ issueKey, summary, url, copy }: Props) {
  const [note, setNote] = useState('');

  const items: { label: string; what: string; text: string }[] = [
    { label: 'Copy key', what: 'the key', text: issueKey },
    ...(url ? [{ label: 'Copy link', what: 'the link', text: url }] : []),
    { label: 'Copy key and summary', what: 'the key and summary', text: `${issueKey}: ${summary}` },
    { label: 'Copy branch name', what: 'the branch name', text: branchName(issueKey, summary) },
  ];

  const run = async (item: (typeof items)[number]) => {
    try {
      await copy(item.text);
      setNote(`Copied ${item.what}: ${item.text}`);
    } catch {
      setNote(`Could not copy ${item.what}. The browser did not allow it.`);
    }
  };

  return (
    <div class="copy-buttons">
      <div class="button-row" role="group" aria-label="Copy">
        {items.map((item) => (
          <button key={item.label} type="button" class="small" onClick={() => void run(item)}>
            {item.label}
          </button>
        ))}
      </div>
      <p class="hint copy-note" role="status">
        {note}
      </p>
    </div>
  );
}
