import { useEffect, useState } from 'preact/hooks';
import { LazySection } from './LazySection.tsx';
import { waitCountdownModule } from './WaitCountdown.lazy.ts';

export interface WaitNoticeProps {
  /** Calls `listener` with the time (epoch ms) of each announced retry; returns an unsubscribe. */
  subscribe(listener: (until: number) => void): () => void;
  now?: () => number;
}


/**
 * "Jira asked us to wait": shown while the worker waits out a rate limit before sending a read
 * again, counting down, so a slow answer is explained instead of looking stuck. The live region
 * exists from the start, so screen readers announce it when it fills.
 */
export function WaitNotice({ subscribe, now = Date.now }: WaitNoticeProps) {
  const [until, setUntil] = useState<number | null>(null);
  useEffect(() => subscribe((next) => setUntil((current) => Math.max(current ?? 0, next))), [subscribe]);
  return (
    <div class="wait-notice" role="status">
      {until !== null && (
        <LazySection module={waitCountdownModule} loading="">
          {({ WaitCountdown }) => <WaitCountdown until={until} now={now} onOver={() => setUntil(null)} />}
        </LazySection>
      )}
    </div>
  );
}
