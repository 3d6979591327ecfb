import { ConnectButton } from './ConnectButton.tsx';
import type { Busy } from './useSessionState.ts';

interface Props {
  busy: Busy;
  onRetry: () => void;
}

/** The user said no on Atlassian's consent page: not an error, just offer to ask again. */
export function Declined({ busy, onRetry }: Props) {
  return (
    <section class="panel" aria-labelledby="declined-title">
      <h2 id="declined-title">Access not granted</h2>
      <p>You declined access to your Atlassian account.</p>
      <ConnectButton label="Try again" busy={busy} onClick={onRetry} />
    </section>
  );
}
