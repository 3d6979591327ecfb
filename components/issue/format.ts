// Display helpers for the issue view.
import { uiLanguage } from '../../lib/i18n/page-text.ts';

/** Jira writes offsets without a colon (`2026-01-05T10:00:00.000+0100`); Date wants `+01:00`. */
export function parseJiraDate(text: string): Date | undefined {
  const iso = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

let formatter: Intl.DateTimeFormat | undefined;

/** A date and time in the browser's language and time zone: "5 Jan 2026, 10:00". */
export function formatDateTime(date: Date): string {
  formatter ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return formatter.format(date);
}

/** The issue's page, only when it is an https address (it becomes a link and a copied text). */
export function safeIssueUrl(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
