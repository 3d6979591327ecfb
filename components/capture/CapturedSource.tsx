import type { CaptureRecord } from '../../lib/capture/capture-record.ts';

const EXCERPT = 280;

/** What was captured, shown whatever the sign-in state so the user sees it is kept. Text only:
 *  the page's title and selection are shown as text, never as markup or a link. */
export function CapturedSource({ capture }: { capture: CaptureRecord }) {
  const selection = capture.selection.trim();
  const excerpt = selection.length > EXCERPT ? `${selection.slice(0, EXCERPT).trimEnd()}…` : selection;
  return (
    <section class="captured" aria-labelledby="captured-title">
      <h2 id="captured-title">Captured</h2>
      {excerpt !== '' && <blockquote class="captured-text">{excerpt}</blockquote>}
      <p class="captured-page">
        From <span class="captured-title">{capture.title || 'an untitled page'}</span>
        <span class="captured-url">{capture.url}</span>
      </p>
    </section>
  );
}
