// One notification per event, one per project and kind when more than three arrive at once.
import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../../../lib/watch/events.ts';
import { targetOf } from '../../../lib/watch/notification-id.ts';
import { planNotifications } from '../../../lib/watch/notifications.ts';
import { english } from '../i18n/locale-check.ts';

const event = (n: number, kind: WatchEvent['kind'] = 'updated'): WatchEvent => ({
  id: `e${n}`, kind, siteId: 's', key: `GLX-${n}`, projectKey: 'GLX', title: `Summary ${n}`, by: 'Bruno Okafor', at: n,
});

describe('planNotifications', () => {
  it('a few events: one notification each, with key, summary and who', () => {
    const planned = planNotifications(english(), 'en', [event(1), event(2, 'commented'), event(3, 'created')]);
    expect(planned.map(({ title, message, context }) => ({ title, message, context }))).toEqual([
      { title: 'GLX-1 updated', message: 'Summary 1', context: 'by Bruno Okafor' },
      { title: 'New comment on GLX-2', message: 'Summary 2', context: 'by Bruno Okafor' },
      { title: 'New issue GLX-3', message: 'Summary 3', context: 'by Bruno Okafor' },
    ]);
    expect(targetOf(planned[0]!.id)).toEqual({ siteId: 's', key: 'GLX-1', project: false });
  });

  it('seven updates in one project: one notification, "7 issues updated in GLX", that opens the project', () => {
    const planned = planNotifications(english(), 'en', [1, 2, 3, 4, 5, 6, 7].map((n) => event(n)));
    expect(planned).toHaveLength(1);
    expect(planned[0]!.title).toBe('7 issues updated in GLX');
    expect(planned[0]!.message.split('\n')).toEqual(['GLX-1: Summary 1', 'GLX-2: Summary 2', 'GLX-3: Summary 3']);
    expect(targetOf(planned[0]!.id)).toEqual({ siteId: 's', key: 'GLX', project: true });
  });

  it('ids of other notifications are not ours', () => {
    expect(targetOf('something-else')).toBeUndefined();
    expect(targetOf('watch:{"bad":1}#1')).toBeUndefined();
  });
});
