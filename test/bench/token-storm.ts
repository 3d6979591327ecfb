// 50 calls at once while Atlassian no longer accepts the access token: every call is refused
// (401), and the worker must refresh once for all of them (single flight) and retry each. Counts
// the token requests per run and times the 50 calls from first send to last answer.
import type { Harness } from '../e2e/harness.ts';
import { getIssuesAtOnce } from '../e2e/concurrent-messages.ts';
import { acme, openPopup, settle } from '../e2e/issue-steps.ts';
import { isTokenRequest } from '../e2e/sign-in-steps.ts';
import { ms, summarize } from './stats.ts';
import type { Row } from './table.ts';

const CALLS = 50;

export async function tokenStorm(h: Harness, runs: number, warmup: number): Promise<Row[]> {
  const popup = await openPopup(h);
  const siteId = acme(h.sim).site.id;
  // Issues that exist now (other measurements delete some).
  const keys = [...acme(h.sim).issues.keys()].filter((k) => k.startsWith('BIG-')).slice(0, CALLS);
  const times: number[] = [];
  const tokenRequests: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    await settle(h.sim, 200);
    h.sim.expireAccessTokens();
    h.sim.clearLog();
    const result = await getIssuesAtOnce(popup, siteId, keys);
    if (result.ok !== CALLS) throw new Error(`${CALLS - result.ok} of ${CALLS} calls failed: ${result.failed.join(', ')}`);
    await settle(h.sim, 200);
    if (i < warmup) continue;
    times.push(result.ms);
    tokenRequests.push(h.sim.log.filter(isTokenRequest).length);
  }
  await popup.close();
  const time = summarize(times);
  const most = Math.max(...tokenRequests);
  const least = Math.min(...tokenRequests);
  return [
    ['token requests', String(least === most ? most : `${least}–${most}`), '', `per run of ${CALLS} calls (budget: 1)`],
    [`all ${CALLS} calls answered`, ms(time.median), ms(time.p95), `${time.runs} runs`],
  ];
}
