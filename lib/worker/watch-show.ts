// Showing what a tick found: the notifications (grouped when many) and the badge's count; or,
// when the sign-in needs reconnecting, one notification saying so and "!" on the badge.
import { notificationId } from '../watch/notification-id.ts';
import { planNotifications } from '../watch/notifications.ts';
import type { WatchEvent } from '../watch/events.ts';
import type { WatchPlatform } from './watch-platform.ts';

export async function showEvents(platform: WatchPlatform, added: WatchEvent[], unseen: number): Promise<void> {
  for (const planned of planNotifications(platform.t, platform.language, added)) {
    const { id, ...content } = planned;
    // A browser that refuses (notifications turned off for the extension) still keeps the badge.
    await platform.notify(id, content).catch(() => {});
  }
  await platform.setBadge(badgeText(unseen));
}

export async function showReconnect(platform: WatchPlatform): Promise<void> {
  await platform.notify(notificationId({ reconnect: true }), {
    title: platform.t('watchReconnectTitle'),
    message: platform.t('watchReconnectMessage'),
  }).catch(() => {});
  await platform.setBadge('!');
}

/** The badge shows up to 99; more is "99+". */
export const badgeText = (unseen: number): string => (unseen === 0 ? '' : unseen > 99 ? '99+' : String(unseen));
