import { CodedError } from '../../lib/errors.ts';

/** Whatever a request threw, as a CodedError the UI can switch on. */
export function asCoded(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  const message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  return new CodedError('unknown', message);
}
