import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  /** Esc and Cancel; ignored while `busy`, so an answer in flight is not lost. */
  onClose: () => void;
  busy?: boolean;
  children: ComponentChildren;
  class?: string;
  /**
   * Where focus goes back to on close: the button that opened the dialog. Needed because some
   * browsers (Safari, Firefox on macOS) do not focus a button that is clicked.
   */
  returnFocus?: RefObject<HTMLElement> | undefined;
}

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (WAI-ARIA dialog pattern): labelled by its title, focus moves into it and stays
 * there (Tab wraps), Esc closes it, and focus goes back to whatever had it before it opened.
 */
export function Dialog({ title, onClose, busy = false, children, class: className, returnFocus }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const state = useRef({ busy, onClose });
  state.current = { busy, onClose };
  const back = useRef(returnFocus);

  useLayoutEffect(() => {
    const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const opener = back.current?.current ?? active;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box.current)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Focus that would fall out of the dialog (its focused button went away) comes back to it.
  useEffect(() => {
    if (box.current && !box.current.contains(document.activeElement)) box.current.focus();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!state.current.busy) state.current.onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === box.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div class="dialog-backdrop">
      <div
        ref={box}
        class={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} class="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
