import type { CodedError } from '../../lib/errors.ts';

/** A fetch's progress, for one loading notice and one error-with-retry per fetch. */
export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; error: CodedError }
  | { state: 'ready'; value: T };
