// A notification's id says what a click on it opens: an issue, a project, or (no key) the site;
// `reconnect` the sign-in. A counter keeps two notifications about one issue apart.
import * as z from 'zod/mini';

const PREFIX = 'watch:';
let counter = 0;

const targetSchema = z.union([
  z.object({ siteId: z.string(), key: z.string(), project: z.boolean() }),
  z.object({ reconnect: z.literal(true) }),
]);
export type NotificationTarget = z.infer<typeof targetSchema>;

export function notificationId(target: NotificationTarget): string {
  counter += 1;
  return `${PREFIX}${JSON.stringify(target)}#${Date.now().toString(36)}${counter}`;
}

/** What the notification `id` opens; undefined for any other notification. */
export function targetOf(id: string): NotificationTarget | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  try {
    const parsed = targetSchema.safeParse(JSON.parse(id.slice(PREFIX.length, id.lastIndexOf('#'))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
