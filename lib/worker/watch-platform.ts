// What the watches need from the browser, injected by entrypoints/background.ts (and by tests):
// notifications, the toolbar badge, the alarm, tabs, and the texts in the browser's language.
import type { Translate } from '../i18n/translate.ts';

export const WATCH_ALARM = 'watch.poll';

export interface WatchPlatform {
  t: Translate;
  /** The browser's language, for plural forms (i18n.getUILanguage()). */
  language: string;
  /** notifications.create with a basic notification: title, message, and Chrome's contextMessage. */
  notify(id: string, content: { title: string; message: string; context?: string }): Promise<void>;
  /** action.setBadgeText; '' clears it. */
  setBadge(text: string): Promise<void>;
  /** The alarm WATCH_ALARM repeats every `minutes`; undefined clears it. */
  setAlarm(minutes: number | undefined): Promise<void>;
  /** The period of WATCH_ALARM now, if there is one (alarms.get). */
  alarmPeriod(): Promise<number | undefined>;
  /** tabs.create({ url }). */
  openTab(url: string): Promise<unknown>;
}
