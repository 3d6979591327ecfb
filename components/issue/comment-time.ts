// When a comment was written, in the browser's language: "3 hours ago", "yesterday" for the last
// week, the date beyond it, and always the full date and time for a tooltip and the <time>
// element. Intl words it, so no language needs its own strings for it.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/RelativeTimeFormat
import { uiLanguage } from '../../lib/i18n/page-text.ts';
import { parseJiraDate } from './format.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export interface CommentTime {
  /** For `<time datetime>`. */
  iso: string;
  /** "5 Jan 2026, 10:00". */
  absolute: string;
  /** "3 hours ago", "yesterday"; the absolute time once it is a week old. */
  shown: string;
}

let formats: { language: string; relative: Intl.RelativeTimeFormat; absolute: Intl.DateTimeFormat } | undefined;

function formatsFor(language: string) {
  if (formats?.language !== language) {
    formats = {
      language,
      relative: new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
      absolute: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  }
  return formats;
}

/** Undefined when Jira's timestamp does not read as a date. */
export function commentTime(created: string, now: number, language = uiLanguage()): CommentTime | undefined {
  const date = parseJiraDate(created);
  if (!date) return undefined;
  const { relative, absolute } = formatsFor(language);
  const full = absolute.format(date);
  // A clock a little behind Jira's makes a new comment look a few seconds ahead: that is "now" too.
  const age = Math.max(0, now - date.getTime());
  const shown =
    age < MINUTE
      ? relative.format(0, 'second')
      : age < HOUR
        ? relative.format(-Math.floor(age / MINUTE), 'minute')
        : age < DAY
          ? relative.format(-Math.floor(age / HOUR), 'hour')
          : age < WEEK
            ? relative.format(-Math.floor(age / DAY), 'day')
            : full;
  return { iso: date.toISOString(), absolute: full, shown };
}
