interface Props {
  onConnect: () => void;
}

/** The state every action falls back to when Atlassian does not accept us: says what to do next. */
export function NotConnected({ onConnect }: Props) {
  return (
    <section class="panel" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">Not connected to Jira</h2>
      <p>Connect your Atlassian account to create, find and update issues from here.</p>
      <button type="button" class="primary" onClick={onConnect}>
        Connect to Jira
      </button>
    </section>
  );
}
