import { ConnectButton } from './ConnectButton.tsx';
import type { Busy } from './useSessionState.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  /** Why, in the user's language: the text of the `reconnect_needed` code. */
  reason: string;
  busy: Busy;
  onReconnect: () => void;
}

/** Atlassian stopped accepting this profile's sign-in; connecting again returns to the same site. */
export function Reconnect({ reason, busy, onReconnect }: Props) {
  return (
    <section class="panel" aria-labelledby="reconnect-title">
      <h2 id="reconnect-title">{t('sessionReconnectTitle')}</h2>
      <p>{reason}</p>
      <ConnectButton label={t('sessionReconnect')} busy={busy} onClick={onReconnect} />
    </section>
  );
}
