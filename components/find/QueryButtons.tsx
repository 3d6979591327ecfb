import { useId } from 'preact/hooks';

export interface QueryChoice {
  label: string;
  jql: string;
}

interface Props {
  title: string;
  choices: QueryChoice[];
  onPick: (jql: string) => void;
  /** Long JQL is cut short on screen; the full text stays in the button's name and tooltip. */
  showJql?: boolean;
}

/** A titled row of buttons, each running one query. */
export function QueryButtons({ title, choices, onPick, showJql = false }: Props) {
  const id = useId();
  if (choices.length === 0) return null;
  return (
    <div class={showJql ? 'query-buttons query-buttons-jql' : 'query-buttons'} role="group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {choices.map((choice) => (
          <li key={choice.jql}>
            <button type="button" title={choice.jql} onClick={() => onPick(choice.jql)}>
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
