import { useState } from 'preact/hooks';
import { branchName } from '../../lib/capture/branch-name.ts';
import { t } from '../../lib/i18n/page-text.ts';

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
    { label: t('copyKey'), what: t('copyWhatKey'), text: issueKey },
    ...(url ? [{ label: t('copyLink'), what: t('copyWhatLink'), text: url }] : []),
    { label: t('copyKeyAndSummary'), what: t('copyWhatKeyAndSummary'), text: `${issueKey}: ${summary}` },
    { label: t('copyBranch'), what: t('copyWhatBranch'), text: branchName(issueKey, summary) },
  ];

  const run = async (item: (typeof items)[number]) => {
    try {
      await copy(item.text);
      setNote(t('copyDone', item.what, item.text));
    } catch {
      setNote(t('copyFailed', item.what));
    }
  };

  return (
    <div class="copy-buttons">
      <div class="button-row" role="group" aria-label={t('copyGroup')}>
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
