// What a failure says to the user, in the browser's language. The text follows the error's stable
// `code` (lib/errors.ts), never its `message`, which lib/ writes in English for logs and tests:
// one message `error_<code>` per code in public/_locales/<lang>/messages.json, details (a wait,
// an HTTP status) filled in where the error carries them. Jira's and Atlassian's own words
// (`remoteMessage`) follow as they are, since Jira already answers in the user's language.
import type { CodedError, ErrorCode } from '../errors.ts';
import { t, type TextKey } from './page-text.ts';

/** The localized text of a code alone, without the error's details. */
export const codeText = (code: ErrorCode): string => t(`error_${code}` as TextKey);

export function errorText({ code, details }: Pick<CodedError, 'code' | 'details'>): string {
  // A wait of 0 s or an unknown status says nothing more than the code's own text.
  const text =
    code === 'rate_limited' && details.retryAfterMs
      ? t('errorWait', Math.ceil(details.retryAfterMs / 1000))
      : code === 'server_error' && details.status
        ? t('errorStatus', details.status)
        : codeText(code);
  return details.remoteMessage ? `${text} ${t('errorSaid', details.remoteMessage)}` : text;
}

/** A refusal where Jira said why: Jira's own words alone (already in the user's language), as the
 *  reason inside a sentence of ours; any other failure, its code's text. */
export function refusalText(error: Pick<CodedError, 'code' | 'details'>): string {
  return (error.code === 'jira_rejected' && error.details.remoteMessage) || errorText(error);
}
