import { CodedError } from '../../lib/errors.ts';

/** Whatever a request threw, as a CodedError the UI can switch on. */
export function asCoded(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  const message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  return new CodedError('unknown', message);
}

/** A fetch's progress, for one loading notice and one error-with-retry per fetch. */
export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; error: CodedError }
  | { state: 'ready'; value: T };
