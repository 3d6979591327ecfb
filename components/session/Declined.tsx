import { ConnectButton } from './ConnectButton.tsx';
import type { Busy } from './useSessionState.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  busy: Busy;
  onRetry: () => void;
}

/** The user said no on Atlassian's consent page: not an error, just offer to ask again. */
export function Declined({ busy, onRetry }: Props) {
  return (
    <section class="panel" aria-labelledby="declined-title">
      <h2 id="declined-title">{t('sessionDeclined')}</h2>
      <p>{t('sessionDeclinedText')}</p>
      <ConnectButton label={t('tryAgain')} busy={busy} onClick={onRetry} />
    </section>
  );
}
