// The CodedError a call failed with, for tests that check which failure a user is shown.
import { expect } from 'vitest';
import { CodedError } from '../lib/errors.ts';

/** The CodedError `promise` rejects with; fails the test when it resolved or threw something else. */
export async function rejection(promise: Promise<unknown>): Promise<CodedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodedError);
  return error as CodedError;
}
