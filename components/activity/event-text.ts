// An event in words, the same words its notification used (public/_locales, `watchNotify…`).
import { t } from '../../lib/i18n/page-text.ts';
import type { WatchEvent } from '../../lib/watch/events.ts';

export function eventTitle(event: WatchEvent): string {
  switch (event.kind) {
    case 'created':
      return t('watchNotifyCreated', event.key);
    case 'updated':
      return t('watchNotifyUpdated', event.key);
    case 'commented':
      return t('watchNotifyCommented', event.key);
    case 'projectCreated':
      return t('watchNotifyProjectCreated', event.key);
    case 'projectUpdated':
      return t('watchNotifyProjectUpdated', event.key);
  }
}
