// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { MessageClient } from '../../../lib/messaging/client.ts';

const client = (impl: () => Promise<unknown>) => vi.fn(impl) as unknown as MessageClient;

describe('popup', () => {
  afterEach(cleanup);

  it('says it is checking, then offers to connect when Jira does not accept us', async () => {
    const openSettings = vi.fn();
    render(
      <PopupApp
        request={client(async () => {
          throw new CodedError('not_connected', 'Not connected');
        })}
        openSettings={openSettings}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Checking your Jira connection/);
    await screen.findByRole('heading', { name: 'Not connected to Jira' });
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Jira' }));
    expect(openSettings).toHaveBeenCalledOnce();
  });

  it('shows other failures with their message and a retry that asks again', async () => {
    let calls = 0;
    const request = client(async () => {
      calls += 1;
      if (calls === 1) throw new CodedError('network', 'Could not reach Atlassian.');
      return [{ id: 'c1', name: 'Acme', url: 'https://acme.atlassian.net', scopes: [] }];
    });
    render(<PopupApp request={request} openSettings={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach Atlassian.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const list = await screen.findByRole('list', { name: 'Your Jira sites' });
    expect(list.textContent).toContain('acme.atlassian.net');
  });
});
