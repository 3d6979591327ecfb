import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IssueSummary } from '../../lib/jira/search.ts';
import { ResultRow } from './ResultRow.tsx';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  issues: IssueSummary[];
  onOpen: (key: string) => void;
  /** Where the latest page started: the active row moves there after "Load more". */
  appendedAt: number | null;
  /** The last page is in: if focus fell to the page with "Load more", the list takes it. */
  takeFocus: boolean;
}

/**
 * A listbox with aria-activedescendant: focus stays on the list, Up/Down/Home/End move the active
 * row, Enter (or a click) opens it.
 */
export function ResultList({ issues, onOpen, appendedAt, takeFocus }: Props) {
  const base = useId();
  const list = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const index = Math.min(active, issues.length - 1);
  const rowId = (i: number) => `${base}-row-${i}`;

  useLayoutEffect(() => {
    if (appendedAt === null) return;
    if (appendedAt < issues.length) setActive(appendedAt);
    // The pressed "Load more" button is gone: focus would fall to the page, so the list takes it.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (takeFocus && appendedAt > 0 && lost) list.current?.focus();
  }, [appendedAt, issues.length, takeFocus]);

  // Keep the active row in sight while the keyboard moves it.
  useEffect(() => {
    if (index < 0 || document.activeElement !== list.current) return;
    document.getElementById(rowId(index))?.scrollIntoView?.({ block: 'nearest' });
  }, [index]);

  const last = issues.length - 1;
  /** Moves from the row active now (two key presses may come before one render). */
  const move = (to: (from: number) => number) => setActive((from) => Math.max(0, Math.min(last, to(Math.min(from, last)))));

  return (
    <ul
      ref={list}
      class="results"
      role="listbox"
      aria-label={t('findResults')}
      tabIndex={0}
      aria-activedescendant={index >= 0 ? rowId(index) : undefined}
      onKeyDown={(event) => {
        const keys: Record<string, () => void> = {
          ArrowDown: () => move((from) => from + 1),
          ArrowUp: () => move((from) => from - 1),
          Home: () => move(() => 0),
          End: () => move(() => last),
          Enter: () => {
            const issue = issues[index];
            if (issue) onOpen(issue.key);
          },
        };
        const action = keys[event.key];
        if (!action) return;
        event.preventDefault();
        action();
      }}
    >
      {issues.map((issue, i) => (
        <ResultRow
          key={issue.id}
          issue={issue}
          id={rowId(i)}
          active={i === index}
          onOpen={(key) => {
            setActive(i);
            onOpen(key);
          }}
        />
      ))}
    </ul>
  );
}
