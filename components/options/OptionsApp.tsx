import { CallbackUrl } from './CallbackUrl.tsx';

interface Props {
  callbackUrl: string;
  copy: (text: string) => Promise<void>;
}

export function OptionsApp({ callbackUrl, copy }: Props) {
  return (
    <main class="options">
      <h1>Quick Actions for Jira settings</h1>
      <section class="panel" aria-labelledby="connection-title">
        <h2 id="connection-title">Connection</h2>
        <CallbackUrl url={callbackUrl} copy={copy} />
      </section>
    </main>
  );
}
