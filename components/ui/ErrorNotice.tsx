import type { CodedError } from '../../lib/errors.ts';

interface Props {
  error: CodedError;
  onRetry?: () => void;
}

/** A failure the user can act on: what went wrong, and a way to try again. */
export function ErrorNotice({ error, onRetry }: Props) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
