import { ConnectButton } from './ConnectButton.tsx';
import type { Busy } from './useSessionState.ts';

interface Props {
  busy: Busy;
  onConnect: () => void;
}

/** The state every action falls back to when Atlassian does not accept us: says what to do next. */
export function NotConnected({ busy, onConnect }: Props) {
  return (
    <section class="panel" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">Not connected to Jira</h2>
      <p>Connect your Atlassian account to create, find and update issues from here.</p>
      <ConnectButton label="Connect to Jira" busy={busy} onClick={onConnect} />
    </section>
  );
}
