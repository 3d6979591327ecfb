import { t } from '../../../lib/i18n/page-text.ts';
import type { MessageClient } from '../../../lib/messaging/client.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { FirstWatchOffer } from './FirstWatchOffer.tsx';
import { WatchForm } from './WatchForm.tsx';
import { WatchGeneral } from './WatchGeneral.tsx';
import { WatchList } from './WatchList.tsx';
import { useWatchSettings } from './useWatchSettings.ts';
import './watches.css';

interface Props {
  request: MessageClient;
  /** Changes when the sign-in does (another profile, connected or not): the sites are listed again. */
  signInKey: string;
  /** The selected profile is connected: its sites can be watched. */
  connected: boolean;
}

/** The Watches section of the options page: what to be notified about, and how often to look. */
export function WatchSettings({ request, signInKey, connected }: Props) {
  const { load, reload, save, saveError, saved } = useWatchSettings(request, signInKey, connected);
  return (
    <section class="panel watches" aria-labelledby="watches-title">
      <h2 id="watches-title">{t('watchSectionTitle')}</h2>
      <p class="hint">{t('watchSectionHint')}</p>
      {load.kind === 'loading' && <p class="hint">{t('watchLoading')}</p>}
      {load.kind === 'failed' && <ErrorNotice error={load.error} onRetry={reload} retryWhenOnline />}
      {load.kind === 'ready' && (
        <>
          <FirstWatchOffer settings={load.settings} sites={load.sites} save={save} />
          <WatchList settings={load.settings} sites={load.sites} save={save} />
          {load.sites.length > 0 ? <WatchForm settings={load.settings} sites={load.sites} save={save} /> : <p class="hint">{t('watchConnectFirst')}</p>}
          <WatchGeneral settings={load.settings} sites={load.sites} save={save} />
        </>
      )}
      {saveError && <ErrorNotice error={saveError} />}
      <p class="hint" role="status">{saved > 0 && !saveError ? t('watchSaved') : ''}</p>
    </section>
  );
}
