import { useEffect, useState } from 'preact/hooks';

export interface WaitNoticeProps {
  /** Calls `listener` with the time (epoch ms) of each announced retry; returns an unsubscribe. */
  subscribe(listener: (until: number) => void): () => void;
  now?: () => number;
}

/**
 * "Jira asked us to wait": shown while the worker waits out a rate limit before sending a read
 * again, counting down, so a slow answer is explained instead of looking stuck. It stays in a
 * live region that exists from the start, so screen readers announce it when it fills.
 */
export function WaitNotice({ subscribe, now = Date.now }: WaitNoticeProps) {
  const [until, setUntil] = useState<number | null>(null);
  const [, tick] = useState(0);

  useEffect(() => subscribe((next) => setUntil((current) => Math.max(current ?? 0, next))), [subscribe]);

  const left = until === null ? 0 : until - now();
  useEffect(() => {
    if (until === null) return;
    if (left <= 0) {
      setUntil(null);
      return;
    }
    // Re-render on each whole second left, and once more when the wait is over.
    const timer = setTimeout(() => tick((n) => n + 1), left % 1000 || 1000);
    return () => clearTimeout(timer);
  });

  const seconds = Math.ceil(left / 1000);
  return (
    <div class="wait-notice" role="status">
      {until !== null && left > 0 && (
        <p>
          Jira asked us to slow down. Trying again in {seconds} s…
        </p>
      )}
    </div>
  );
}
