// identity.launchWebAuthFlow rejects with a bare Error whose message is the only clue. Closing the
// window is the user's choice, not a failure, and the UI says so differently.
// Chrome: "The user did not approve access."; Firefox: "User cancelled or denied access."
// (lib/ATLASSIAN.md#redirect-urls)
// https://developer.chrome.com/docs/extensions/reference/api/identity#method-launchWebAuthFlow
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/identity/launchWebAuthFlow
import { CodedError } from '../errors.ts';

const CANCELLED = [/did not approve access/i, /cancel+ed/i];

export function webAuthFlowError(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (CANCELLED.some((pattern) => pattern.test(message))) {
    return new CodedError('user_cancelled', 'The sign-in window was closed before the sign-in finished.');
  }
  return new CodedError('authorization_failed', `The sign-in window could not finish: ${message.slice(0, 200)}`);
}
