import { CodedError } from '../../lib/errors.ts';

/** Whatever a request threw, as the CodedError the UI switches on. */
export function asCoded(error: unknown): CodedError {
  return error instanceof CodedError ? error : new CodedError('unknown', String(error));
}
