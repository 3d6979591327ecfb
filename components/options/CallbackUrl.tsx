import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  url: string;
  copy: (text: string) => Promise<void>;
}

/** The redirect URL to register with an Atlassian OAuth app: fixed per browser and extension id. */
export function CallbackUrl({ url, copy }: Props) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <div class="field">
      <label for="callback-url">{t('optionsCallbackUrl')}</label>
      <div class="row">
        <input id="callback-url" type="text" readOnly value={url} aria-describedby="callback-hint" />
        <button
          type="button"
          onClick={() => void copy(url).then(() => setCopied('done'), () => setCopied('failed'))}
        >
          {t('optionsCopy')}
        </button>
      </div>
      <p id="callback-hint" class="hint">
        {t('optionsCallbackHint')}
      </p>
      <p role="status" class="hint">
        {copied === 'done' ? t('optionsCopied') : copied === 'failed' ? t('optionsCopyFailed') : ''}
      </p>
    </div>
  );
}
