import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  /** When the request is sent again (epoch ms). */
  until: number;
  now: () => number;
  /** The wait is over. */
  onOver: () => void;
}

/** "Trying again in 3 s…", counting down each second until `until`. */
export function WaitCountdown({ until, now, onOver }: Props) {
  const [, tick] = useState(0);
  const left = until - now();
  useEffect(() => {
    if (left <= 0) {
      onOver();
      return;
    }
    // Re-render on each whole second left, and once more when the wait is over.
    const timer = setTimeout(() => tick((n) => n + 1), left % 1000 || 1000);
    return () => clearTimeout(timer);
  });
  if (left <= 0) return null;
  return <p>{t('waitSlowDown', Math.ceil(left / 1000))}</p>;
}
