// Reads the URL the authorization window finished on. Firefox finishes the flow on a prefix match
// of the redirect URL (lib/ATLASSIAN.md#redirect-urls), so origin and path are checked here,
// exactly; the state is checked by the caller (consumeAuthState).
// https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
// https://www.rfc-editor.org/rfc/rfc9700#section-4.1 (exact redirect URI matching)
import { CodedError } from '../errors.ts';

export interface CallbackParams {
  code: string;
  state: string;
}

/** Parameters whose repetition would make the answer ambiguous (which code? which state?). */
const SINGLE = ['code', 'state', 'error', 'error_description'] as const;
/** A response in the fragment is not the authorization code flow we asked for. */
const FRAGMENT_PARAMS = ['code', 'state', 'error', 'access_token', 'id_token'];
const MAX_DESCRIPTION = 300;

export function parseCallback(returnedUrl: string, expectedRedirectUri: string): CallbackParams {
  const expected = new URL(expectedRedirectUri);
  let url: URL;
  try {
    url = new URL(returnedUrl);
  } catch {
    throw redirectMismatch();
  }
  // `origin` ignores user info, so https://x@<id>.chromiumapp.org/ is refused separately; `host`
  // includes the port, so https://<id>.chromiumapp.org.evil.com/ and :8443 differ too.
  if (
    url.protocol !== expected.protocol ||
    url.host !== expected.host ||
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== expected.pathname
  ) {
    throw redirectMismatch();
  }
  const fragment = new URLSearchParams(url.hash.slice(1));
  if (FRAGMENT_PARAMS.some((name) => fragment.has(name))) {
    throw new CodedError('redirect_mismatch', 'The sign-in answer came back in an unexpected form. Start the sign-in again.');
  }

  const query = url.searchParams;
  for (const name of SINGLE) {
    if (query.getAll(name).length > 1) {
      throw new CodedError(
        'duplicate_parameter',
        `The sign-in answer repeats “${name}”, so it cannot be trusted. Start the sign-in again.`,
      );
    }
  }

  const error = query.get('error');
  if (error !== null) {
    if (error === 'access_denied') {
      throw new CodedError('access_denied', 'You declined access to your Atlassian account.');
    }
    // Shown as text, never as HTML; cut short because anyone can put anything in a URL.
    const description = (query.get('error_description') ?? '').slice(0, MAX_DESCRIPTION) || error.slice(0, 100);
    throw new CodedError('authorization_failed', `Atlassian could not sign you in: ${description}`, { remoteMessage: description });
  }

  const state = query.get('state') ?? '';
  if (state === '') {
    throw new CodedError('state_missing', 'The sign-in answer has no state, so it cannot be tied to a sign-in started here.');
  }
  const code = query.get('code') ?? '';
  if (code === '') throw new CodedError('code_missing', 'The sign-in answer has no authorization code. Start the sign-in again.');
  return { code, state };
}

function redirectMismatch(): CodedError {
  return new CodedError('redirect_mismatch', 'The sign-in finished on an unexpected address, so it was ignored.');
}
