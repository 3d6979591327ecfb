import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CopyButtons } from '../ui/CopyButtons.tsx';
import { httpsUrl } from './links.ts';
import type { Created } from './useCreateSubmit.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { around, SLOT } from '../../lib/i18n/around.ts';

interface Props {
  created: Created;
  copy: (text: string) => Promise<void> | void;
  onAnother: () => void;
  /** More buttons beside "Create another" (the capture window's "Close window"). */
  actions?: ComponentChildren;
}

/** The new issue: its key as a link, the same copy buttons as the issue view (key, link,
 *  "KEY: summary", branch name), and a fresh form for the same project and type. */
export function CreatedPanel({ created, copy, onAnother, actions }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: the result takes it, so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const url = httpsUrl(created.url);

  return (
    <div class="panel create-done">
      <h2 ref={heading} tabIndex={-1}>
        {around(
          t('createCreated', SLOT[0]),
          url ? (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {created.key}
            </a>
          ) : (
            created.key
          ),
        )}
      </h2>
      <p class="create-done-summary">{created.summary}</p>
      <CopyButtons issueKey={created.key} summary={created.summary} url={url} copy={copy} />
      <div class="button-row">
        <button type="button" class="primary" onClick={onAnother}>
          {t('createAnother')}
        </button>
        {actions}
      </div>
    </div>
  );
}
