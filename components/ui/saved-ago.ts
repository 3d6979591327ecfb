import { t, tn } from '../../lib/i18n/page-text.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "saved just now", "saved 5 min ago", "saved 3 h ago", "saved 2 days ago": when a draft was saved, in words. */
export function savedAgo(savedAt: number, now: number): string {
  const age = Math.max(0, now - savedAt);
  if (age < MINUTE) return t('draftSavedJustNow');
  if (age < HOUR) return t('draftSavedMinutes', Math.floor(age / MINUTE));
  if (age < DAY) return t('draftSavedHours', Math.floor(age / HOUR));
  return tn('draftSavedDays', Math.floor(age / DAY));
}
