// What a failure says to the user, in the browser's language. The text follows the error's stable
// `code` (lib/errors.ts), never its `message`, which lib/ writes in English for logs and tests:
// one message `error_<code>` per code in public/_locales/<lang>/messages.json, details (a wait,
// an HTTP status) filled in where the error carries them. Jira's and Atlassian's own words
// (`remoteMessage`) follow as they are, since Jira already answers in the user's language.
import type { CodedError, ErrorCode } from '../errors.ts';
import { t, type TextKey } from './page-text.ts';

/** Codes whose remote words come from Atlassian's sign-in service rather than from Jira. */
const FROM_ATLASSIAN: readonly ErrorCode[] = ['authorization_failed', 'invalid_grant', 'token_request_failed'];

/** The localized text of a code alone, without the error's details. */
export const codeText = (code: ErrorCode): string => t(`error_${code}` as TextKey);

export function errorText(error: Pick<CodedError, 'code' | 'details'>): string {
  const { code, details } = error;
  const { retryAfterMs, status, remoteMessage, fieldErrors } = details;
  let text = codeText(code);
  if (code === 'rate_limited' && retryAfterMs !== undefined) text = t('errorRateLimitedWait', Math.ceil(retryAfterMs / 1000));
  if (code === 'server_error' && status !== undefined) text = t('errorServerStatus', status);
  // A template's own problem (already in the user's language, lib/capture/template.ts) says more
  // than the general rule.
  const problem = code === 'template_invalid' ? Object.values(fieldErrors ?? {})[0] : undefined;
  if (problem) return problem;
  if (!remoteMessage) return text;
  const said = FROM_ATLASSIAN.includes(code) ? t('errorAtlassianSaid', remoteMessage) : t('errorJiraSaid', remoteMessage);
  return `${text} ${said}`;
}
