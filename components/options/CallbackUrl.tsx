import { useState } from 'preact/hooks';

interface Props {
  url: string;
  copy: (text: string) => Promise<void>;
}

/** The redirect URL to register with an Atlassian OAuth app: fixed per browser and extension id. */
export function CallbackUrl({ url, copy }: Props) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <div class="field">
      <label for="callback-url">Callback URL</label>
      <div class="row">
        <input id="callback-url" type="text" readOnly value={url} aria-describedby="callback-hint" />
        <button
          type="button"
          onClick={() => void copy(url).then(() => setCopied('done'), () => setCopied('failed'))}
        >
          Copy
        </button>
      </div>
      <p id="callback-hint" class="hint">
        Paste it under Authorization → OAuth 2.0 (3LO) → Callback URL of your app in the Atlassian developer console.
      </p>
      <p role="status" class="hint">
        {copied === 'done' ? 'Copied.' : copied === 'failed' ? 'Could not copy; select the text and copy it.' : ''}
      </p>
    </div>
  );
}
