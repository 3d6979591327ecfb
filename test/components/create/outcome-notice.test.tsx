// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import { DraftStorage } from '../../../components/ui/draft-storage.ts';
import { CodedError } from '../../../lib/errors.ts';
import { memoryArea } from '../../fake-storage.ts';
import { createWorker, session } from './fixtures.ts';

const OUTCOME = `outcome.create.${session.site.id}`;
const UNCONFIRMED = 'Jira did not confirm the create, and it is not certain whether the issue was made. Check Jira before creating it again.';
// The worker's sentence, kept for logs: the page must word the outcome by its kind instead.
const TIMEOUT = 'Atlassian did not answer in time. Try again.';
const LOGGED = 'Jira did not confirm the create, and several new issues have this summary (BIG-8, BIG-9).';

function open(stored: Record<string, unknown>, overrides: Parameters<typeof createWorker>[0] = {}) {
  const { area, data } = memoryArea(stored);
  render(
    <DraftStorage.Provider value={area}>
      <CreateIssue request={createWorker(overrides).request} session={session} />
    </DraftStorage.Provider>,
  );
  return data;
}

describe('create: the last create’s outcome, when the form opens', () => {
  afterEach(cleanup);

  it('says in the page’s words that a create left unconfirmed may exist, once', async () => {
    const data = open({ [OUTCOME]: { kind: 'unconfirmed', at: Date.now(), message: LOGGED } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(UNCONFIRMED);
    await waitFor(() => expect(data[OUTCOME]).toBeUndefined());
  });

  it('words what the worker found of a pending create the same way', async () => {
    const pending = { kind: 'pending', at: Date.now(), siteId: session.site.id, projectKey: 'BIG', summary: 'Login fails' };
    open({ [OUTCOME]: pending }, { 'create.outcome': async () => ({ kind: 'unconfirmed', message: LOGGED }) });
    expect((await screen.findByRole('alert')).textContent).toBe(UNCONFIRMED);
  });

  it('says why the worker could not be asked, by the failure’s code', async () => {
    const pending = { kind: 'pending', at: Date.now(), siteId: session.site.id, projectKey: 'BIG', summary: 'Login fails' };
    open({ [OUTCOME]: pending }, { 'create.outcome': async () => Promise.reject(new CodedError('timeout', 'Request timed out after 30 s.')) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('Request timed out after 30 s.');
    expect(alert.textContent).toBe(TIMEOUT);
  });
});
