// Date values and date functions for `created` / `updated`.
// Formats come from Jira's own error text ("Valid formats include: 'yyyy/MM/dd HH:mm',
// 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.") and the
// JQL functions reference (support.atlassian.com/jira-software-cloud/docs/jql-functions/):
// startOfDay/startOfWeek/... take an optional increment "(+/-)n(yMwdm)" whose unit defaults to
// the function's own period. Jira evaluates all of these in the searching user's time zone; the
// simulator has no per-user zone in its JQL environment, so everything here is UTC.
import { invalid } from './errors.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PERIOD_UNITS: Record<string, number> = { w: 7 * DAY, d: DAY, h: HOUR, m: MINUTE };

/** A date literal as ms since the epoch, or null when Jira would reject it. */
export function parseDateValue(text: string, now: number): number | null {
  const t = text.trim();
  // A bare number is a timestamp in ms, as Jira reads long values in date clauses.
  if (/^-?\d+$/.test(t)) return Number(t);
  const abs = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2}))?$/.exec(t);
  if (abs) {
    const [y, mo, d, h, mi] = abs.slice(1).map((s) => (s === undefined ? 0 : Number(s))) as [number, number, number, number, number];
    const ms = Date.UTC(y, mo - 1, d, h, mi);
    const back = new Date(ms);
    const real = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60;
    return real ? ms : null;
  }
  // Period format relative to now: "-7d", "-2w", "4w 2d"; a leading sign applies to the whole period.
  const period = /^([+-]?)\s*((?:\d+\s*[wdhm]\s*)+)$/i.exec(t);
  if (period) {
    let ms = 0;
    for (const [, n, unit] of (period[2] as string).matchAll(/(\d+)\s*([wdhm])/gi)) {
      ms += Number(n) * (PERIOD_UNITS[(unit as string).toLowerCase()] as number);
    }
    return now + (period[1] === '-' ? -ms : ms);
  }
  return null;
}

type Period = 'y' | 'M' | 'w' | 'd';

function startOf(ms: number, period: Period): number {
  const d = new Date(ms);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (period === 'd') return day;
  // Weeks start on Sunday, the default of Jira's en-US locale.
  if (period === 'w') return day - d.getUTCDay() * DAY;
  if (period === 'M') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return Date.UTC(d.getUTCFullYear(), 0, 1);
}

function add(ms: number, n: number, unit: string): number {
  const d = new Date(ms);
  if (unit === 'y') return d.setUTCFullYear(d.getUTCFullYear() + n);
  if (unit === 'M') return d.setUTCMonth(d.getUTCMonth() + n);
  const step = unit === 'w' ? 7 * DAY : unit === 'd' ? DAY : unit === 'h' ? HOUR : MINUTE;
  return ms + n * step;
}

const PERIOD_FUNCTIONS: Record<string, { period: Period; end: boolean }> = {
  startofday: { period: 'd', end: false },
  endofday: { period: 'd', end: true },
  startofweek: { period: 'w', end: false },
  endofweek: { period: 'w', end: true },
  startofmonth: { period: 'M', end: false },
  endofmonth: { period: 'M', end: true },
  startofyear: { period: 'y', end: false },
  endofyear: { period: 'y', end: true },
};

export function isDateFunction(lowerName: string): boolean {
  return lowerName === 'now' || lowerName in PERIOD_FUNCTIONS;
}

/** Evaluates now() or a startOf.../endOf... function; `name` as written, for messages. */
export function callDateFunction(name: string, args: string[], now: number): number {
  const lower = name.toLowerCase();
  if (lower === 'now') {
    if (args.length !== 0) throw invalid.argumentCount(name, 0, args.length);
    return now;
  }
  const spec = PERIOD_FUNCTIONS[lower];
  if (!spec) throw invalid.noFunction(name);
  if (args.length > 1) throw invalid.argumentRange(name, 0, 1, args.length);
  const start = startOf(now, spec.period);
  let shifted = start;
  const inc = args[0];
  if (inc !== undefined) {
    const m = /^([+-]?)(\d+)([yMwdhm]?)$/.exec(inc.trim());
    if (!m) throw invalid.duration(name);
    shifted = add(start, Number(m[2]) * (m[1] === '-' ? -1 : 1), m[3] || spec.period);
  }
  // The increment moves the period's start; an end is then the last millisecond of that period
  // (so endOfMonth("-1M") is the end of last month, not 31 February).
  return spec.end ? add(shifted, 1, spec.period) - 1 : shifted;
}
