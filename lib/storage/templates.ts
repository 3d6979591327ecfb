// Capture templates, in storage.sync so they follow the user to every browser they sign in to
// (they hold no secrets). One item per template, `template.<id>`, plus the order as
// `templates.order` (the first is the default the context menu uses): one item per template keeps
// each under sync's 8 KB per-item quota, where one list of 20 would not fit.
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
import * as z from 'zod/mini';
import { DEFAULT_TEMPLATE, TEMPLATE_LIMITS, templateSchema, type Template } from '../capture/template.ts';
import { templateProblems } from '../capture/template-problems.ts';
import { CodedError } from '../errors.ts';
import type { StorageArea } from './area.ts';
import { TEMPLATE_ORDER_KEY, TEMPLATE_PREFIX, templateKey } from './keys.ts';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM and QUOTA_BYTES (Firefox uses the same numbers). */
export const SYNC_ITEM_BYTES = 8192;
export const SYNC_TOTAL_BYTES = 102_400;
/** Room left in the sync area for the schema version and other small settings. */
const TOTAL_FOR_TEMPLATES = SYNC_TOTAL_BYTES - 4096;

const orderSchema = z.array(z.string());

/** The templates in order; never empty: [DEFAULT_TEMPLATE] when none are stored or readable.
 *  A template that fails its schema (or has not synced yet while its id already has) is
 *  skipped rather than failing the whole list. */
export async function readTemplates(sync: StorageArea): Promise<Template[]> {
  try {
    const order = orderSchema.safeParse((await sync.get(TEMPLATE_ORDER_KEY))[TEMPLATE_ORDER_KEY]);
    if (!order.success || order.data.length === 0) return [DEFAULT_TEMPLATE];
    const ids = [...new Set(order.data)];
    const stored = await sync.get(ids.map(templateKey));
    const templates = ids.flatMap((id) => {
      const parsed = templateSchema.safeParse(stored[templateKey(id)]);
      return parsed.success && parsed.data.id === id ? [parsed.data] : [];
    });
    return templates.length > 0 ? templates : [DEFAULT_TEMPLATE];
  } catch {
    return [DEFAULT_TEMPLATE];
  }
}

/** Stores the list as given (order included) after checking it; writes only the templates that
 *  changed and removes the ones no longer listed. Throws CodedError `template_invalid` (with the
 *  field in `fieldErrors`) for a template that breaks a rule, `sync_quota` when it would not fit
 *  in storage.sync or the browser refuses the write for a quota. Unknown {{variables}} are not
 *  refused here: the editor refuses them in what the user edits, while a template synced from a
 *  newer release with more variables must not block saving the rest. */
export async function saveTemplates(sync: StorageArea, templates: Template[]): Promise<void> {
  const items = checkTemplates(templates);
  const current = await sync.get(null);
  const changed = Object.fromEntries(
    Object.entries(items).filter(([key, value]) => JSON.stringify(current[key]) !== JSON.stringify(value)),
  );
  const stale = Object.keys(current).filter((key) => key.startsWith(TEMPLATE_PREFIX) && !(key in items));
  try {
    // Templates and order in one write, so another device never sees an order naming a
    // template that was never sent (and one write counts once against the per-minute limit).
    if (Object.keys(changed).length > 0) await sync.set(changed);
    if (stale.length > 0) await sync.remove(stale);
  } catch (error) {
    throw quotaError(error) ?? error;
  }
}

function checkTemplates(templates: Template[]): Record<string, unknown> {
  if (templates.length === 0) throw new CodedError('template_invalid', 'Keep at least one template.');
  if (templates.length > TEMPLATE_LIMITS.count) {
    throw new CodedError('template_invalid', `Keep at most ${TEMPLATE_LIMITS.count} templates.`);
  }
  const items: Record<string, unknown> = { [TEMPLATE_ORDER_KEY]: templates.map((t) => t.id) };
  let total = byteSize(TEMPLATE_ORDER_KEY, items[TEMPLATE_ORDER_KEY]);
  for (const template of templates) {
    const parsed = templateSchema.safeParse(template);
    if (!parsed.success) throw new CodedError('template_invalid', 'A template has an unreadable shape.');
    const label = template.name.trim() || 'A template';
    const [field, problem] = Object.entries(templateProblems(parsed.data, { variables: false }))[0] ?? [];
    if (field !== undefined && problem !== undefined) {
      throw new CodedError('template_invalid', `${label}: ${problem}`, { fieldErrors: { [field]: problem } });
    }
    const key = templateKey(template.id);
    if (key in items) throw new CodedError('template_invalid', `Two templates share the id ${template.id}.`);
    items[key] = parsed.data;
    const size = byteSize(key, parsed.data);
    if (size > SYNC_ITEM_BYTES) {
      throw new CodedError(
        'sync_quota',
        `${label} is too large to sync (${size} bytes; the browser allows ${SYNC_ITEM_BYTES}). Shorten its description.`,
        { fieldErrors: { description: 'Too large to sync: shorten the description.' } },
      );
    }
    total += size;
  }
  if (total > TOTAL_FOR_TEMPLATES) {
    throw new CodedError(
      'sync_quota',
      `The templates together are too large to sync (${total} bytes of ${TOTAL_FOR_TEMPLATES}). Shorten or delete one.`,
    );
  }
  return items;
}

/** How sync storage counts an item: its key plus its value as JSON, in UTF-8 bytes. */
function byteSize(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** The browser's own quota refusals ("QUOTA_BYTES quota exceeded",
 *  "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded", Firefox's QuotaExceededError) as a coded error. */
function quotaError(error: unknown): CodedError | undefined {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS/i.test(text)) {
    return new CodedError('sync_quota', 'The browser limits how often synced settings change. Try again in a minute.');
  }
  if (/quota/i.test(text)) {
    return new CodedError('sync_quota', 'The browser’s sync storage is full. Shorten or delete a template, then save again.');
  }
  return undefined;
}
