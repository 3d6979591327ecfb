import { describe, expect, it } from 'vitest';
import { asCodedError, CodedError, toErrorPayload } from '../../lib/errors.ts';

describe('coded errors', () => {
  it('keeps a coded error as it is', () => {
    const error = new CodedError('rate_limited', 'wait', { retryAfterMs: 1000 });
    expect(asCodedError(error)).toBe(error);
  });

  it.each([
    ['an Error', new TypeError('boom'), 'boom'],
    ['an Error without a message', new Error(''), 'Something went wrong.'],
    ['a thrown string', 'oops', 'Something went wrong.'],
  ])('turns %s into an unknown error the UI can still show', (_name, thrown, message) => {
    expect(asCodedError(thrown)).toMatchObject({ code: 'unknown', message });
  });

  it('round-trips through the message payload with its details', () => {
    const payload = toErrorPayload(new CodedError('jira_rejected', 'no', { fieldErrors: { summary: 'Required' }, status: 400 }));
    expect(CodedError.fromPayload(payload)).toMatchObject({ code: 'jira_rejected', details: { fieldErrors: { summary: 'Required' } } });
  });
});
