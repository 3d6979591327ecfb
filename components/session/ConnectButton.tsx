import type { Busy } from './useSessionState.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  label: string;
  busy: Busy;
  onClick: () => void;
}

/** The one action of a signed-out panel; says so while Atlassian's consent window is open. */
export function ConnectButton({ label, busy, onClick }: Props) {
  return (
    <div class="connect-row">
      <button type="button" class="primary" disabled={busy !== null} data-autofocus onClick={onClick}>
        {label}
      </button>
      <p class="hint" role="status">
        {busy === 'authorizing' ? t('sessionWaiting') : ''}
      </p>
    </div>
  );
}
