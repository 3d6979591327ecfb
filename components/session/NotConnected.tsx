import { ConnectButton } from './ConnectButton.tsx';
import type { Busy } from './useSessionState.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  busy: Busy;
  onConnect: () => void;
}

/** The state every action falls back to when Atlassian does not accept us: says what to do next. */
export function NotConnected({ busy, onConnect }: Props) {
  return (
    <section class="panel" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">{t('sessionNotConnected')}</h2>
      <p>{t('sessionNotConnectedText')}</p>
      <ConnectButton label={t('sessionConnect')} busy={busy} onClick={onConnect} />
    </section>
  );
}
