import type { CaptureRecord } from '../../lib/capture/capture-record.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { aroundSlot, SLOT } from '../../lib/i18n/slot.ts';

const EXCERPT = 280;

/** What was captured, shown whatever the sign-in state so the user sees it is kept. Text only:
 *  the page's title and selection are shown as text, never as markup or a link. */
export function CapturedSource({ capture }: { capture: CaptureRecord }) {
  const selection = capture.selection.trim();
  const excerpt = selection.length > EXCERPT ? `${selection.slice(0, EXCERPT).trimEnd()}…` : selection;
  const [before, after] = aroundSlot(t('captureFrom', SLOT));
  return (
    <section class="captured" aria-labelledby="captured-title">
      <h2 id="captured-title">{t('captureTitle')}</h2>
      {excerpt !== '' && <blockquote class="captured-text">{excerpt}</blockquote>}
      <p class="captured-page">
        <span>
          {before}
          <span class="captured-title">{capture.title || t('captureUntitled')}</span>
          {after}
        </span>
        <span class="captured-url">{capture.url}</span>
      </p>
    </section>
  );
}
