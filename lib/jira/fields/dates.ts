// Jira's date formats for field input: a date is `yyyy-MM-dd`, a date-time is ISO 8601 written
// `yyyy-MM-ddTHH:mm:ss.SSS±HHmm` (e.g. `2015-11-18T14:39:00.000+1100`), the form Jira also returns.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#editing-issues
// Jira answers an impossible date with a 400 ("Error parsing date string"); checking here lets the
// form say which field is wrong before anything is sent.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Whether `value` is a real calendar date written `yyyy-MM-dd` (no 2026-02-30). */
export function isJiraDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `+0100` for an offset east of UTC in minutes. */
function offsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The offset of this browser's time zone at that wall-clock time: a datetime-local input's meaning. */
function localOffset(date: string, hh: number, mm: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return offsetText(-new Date(y, mo - 1, d, hh, mm).getTimezoneOffset());
}

function zoneText(zone: string): string | undefined {
  if (zone === 'Z') return '+0000';
  const text = zone.replace(':', '');
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(3, 5));
  return hours <= 14 && minutes < 60 ? text : undefined;
}

/**
 * Jira's date-time text for `value`, or undefined when it is not a real date-time. Takes what
 * Jira returns and what a `datetime-local` input gives (`2026-11-20T10:15`, read in the browser's
 * own time zone); keeps an explicit offset as written so an unchanged value stays identical.
 */
export function toJiraDateTime(value: string): string | undefined {
  const m = DATETIME.exec(value.trim());
  if (!m) return undefined;
  const date = m[1] ?? '';
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4] ?? '0')];
  if (!isJiraDate(date) || hh > 23 || mm > 59 || ss > 59) return undefined;
  const millis = (m[5] ?? '').padEnd(3, '0');
  const zone = m[6] === undefined ? localOffset(date, hh, mm) : zoneText(m[6]);
  if (zone === undefined) return undefined;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}.${millis}${zone}`;
}
