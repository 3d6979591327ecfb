import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onSearch: () => void;
  /** Jira's own words about the query (or ours, for an empty one): shown as is. */
  problem: string | null;
  searching: boolean;
}

/** The JQL box: Enter searches, Shift+Enter starts a new line. */
export function JqlBox({ value, onInput, onSearch, problem, searching }: Props) {
  const id = useId();
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  return (
    <form
      class="jql-box"
      role="search"
      aria-label={t('findFormName')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
      }}
    >
      <label for={id}>JQL</label>
      <div class="jql-row">
        <textarea
          id={id}
          rows={3}
          value={value}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          onInput={(event) => onInput(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
            event.preventDefault();
            onSearch();
          }}
        />
        <button type="submit" class="primary" aria-busy={searching ? 'true' : undefined}>
          {t('findSearch')}
        </button>
      </div>
      <p class="hint" id={hintId}>
        {t('findHint')}
      </p>
      {problem && (
        <p class="jql-problem notice-error" role="alert" id={problemId}>
          {problem}
        </p>
      )}
    </form>
  );
}
