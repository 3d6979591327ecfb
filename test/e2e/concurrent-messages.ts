// Many messages from an extension page to the worker at once, as several parts of a page (or
// several pages) would send them: what the single-flight token refresh has to hold up under.
import type { Page } from 'playwright-core';

export interface ConcurrentResult {
  /** Replies whose envelope said ok. */
  ok: number;
  /** Error codes of the others. */
  failed: string[];
  /** From the first send to the last reply, measured in the page. */
  ms: number;
}

/** Sends `issue.get` for each key at once from `page` (an extension page of ours). */
export function getIssuesAtOnce(page: Page, siteId: string, keys: string[]): Promise<ConcurrentResult> {
  return page.evaluate(
    async ({ siteId, keys }) => {
      type Reply = { ok: boolean; error?: { code: string } };
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime;
      const start = performance.now();
      const replies = await Promise.all(keys.map((key) => runtime.sendMessage({ type: 'issue.get', payload: { siteId, key } })));
      const ms = performance.now() - start;
      return {
        ok: replies.filter((r) => r.ok).length,
        failed: replies.filter((r) => !r.ok).map((r) => r.error?.code ?? 'no reply'),
        ms,
      };
    },
    { siteId, keys },
  );
}
