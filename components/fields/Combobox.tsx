import { useEffect, useRef, useState } from 'preact/hooks';

export interface ComboOption {
  id: string;
  label: string;
  /** Secondary text after the label (a project key, an issue summary). */
  detail?: string;
  /** Used lately: set apart from the options after it by a rule (the order says it as well). */
  recent?: boolean;
}

interface Props {
  id: string;
  /** The id of the visible label; it names the list too. */
  labelId: string;
  text: string;
  onText: (text: string) => void;
  options: ComboOption[];
  onPick: (option: ComboOption) => void;
  /** Announced under the input: "Searching…", "No matches", an error. */
  status?: string | undefined;
  onBlur?: () => void;
  /** aria-invalid, aria-describedby, aria-required of the field. */
  aria?: Record<string, string | undefined>;
  placeholder?: string;
  /** Lists every option on focus and click, before anything is typed (a short, known list). */
  listOnFocus?: boolean;
}

/**
 * The ARIA 1.2 combobox with a list popup: focus stays in the text box, arrows move the active
 * option (aria-activedescendant), Enter picks it, Escape closes. Nothing is picked until the user
 * says so, so Enter on typed text never chooses something unseen.
 */
export function Combobox({ id, labelId, text, onText, options, onPick, status, onBlur, aria, placeholder, listOnFocus }: Props) {
  const [open, setOpen] = useState(false);
  // The active option is remembered by id: when new results arrive without it, none is active,
  // so Enter keeps meaning "submit" until an arrow is pressed.
  const [activeId, setActiveId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = `${id}-list`;
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  const active = options.findIndex((o) => o.id === activeId);

  useEffect(() => {
    if (active >= 0) list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const pick = (option: ComboOption) => {
    setOpen(false);
    setActiveId(null);
    onPick(option);
  };
  const move = (step: number) => {
    const from = expanded ? active : -1;
    const to = from === -1 ? (step > 0 ? 0 : options.length - 1) : (from + step + options.length) % options.length;
    setOpen(true);
    setActiveId(options[to]?.id ?? null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && expanded && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    } else if (event.key === 'Escape' && expanded) {
      // Only closes the list; the popup itself must not close on this Escape.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div class="combo">
      <input
        id={id}
        type="text"
        role="combobox"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        {...aria}
        onInput={(event) => {
          setOpen(true);
          setActiveId(null);
          onText(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={listOnFocus ? () => setOpen(true) : undefined}
        onClick={listOnFocus ? () => setOpen(true) : undefined}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" aria-labelledby={labelId} class="combo-list" hidden={!expanded} ref={list}>
        {expanded &&
          options.map((option, i) => (
            <li
              key={option.id}
              id={optionId(i)}
              role="option"
              class={option.recent ? 'combo-option combo-recent' : 'combo-option'}
              aria-selected={i === active ? 'true' : 'false'}
              // Keeps focus in the text box, so the blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              {option.label}
              {option.detail && <span class="combo-detail"> {option.detail}</span>}
            </li>
          ))}
      </ul>
      <p class="hint combo-status" role="status" id={`${id}-status`}>
        {status ?? ''}
      </p>
    </div>
  );
}
