// @vitest-environment happy-dom
import { within, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { Session } from '../../../lib/messaging/views.ts';
import { fakeWorker } from '../fake-worker.ts';
import { acme, deferred, globex, session } from './fixtures.ts';

const who = () => document.querySelector('.who')?.textContent;
const siteSelect = () => screen.getByRole('combobox', { name: 'Jira site' }) as HTMLSelectElement;

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  fireEvent.change(select);
}

describe('popup: signed in', () => {
  afterEach(cleanup);

  it('shows the signed-in user and the current site in the header', async () => {
    const worker = fakeWorker({ 'session.get': async () => session() });
    const { container } = render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('region', { name: 'Issue actions' });
    expect(who()).toBe('Alana Grant on Acme');
    const avatar = container.querySelector('img.avatar');
    expect(avatar?.getAttribute('src')).toBe('https://avatars.example/alana.png');
    expect(avatar?.getAttribute('alt')).toBe('');
    const options = [...siteSelect().options].map((o) => o.textContent);
    expect(options).toEqual(['Acme (acme.atlassian.net)', 'Globex (globex.atlassian.net)']);
    expect(siteSelect().value).toBe(acme.id);
    // The issue actions follow the header, Create first.
    const actions = screen.getByRole('region', { name: 'Issue actions' });
    expect(within(actions).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Create', 'Find', 'Open', 'Activity']);
    expect(within(actions).getByRole('tab', { name: 'Create' }).getAttribute('aria-selected')).toBe('true');
  });

  it('loads no avatar that is not https', async () => {
    const user = { accountId: 'u1', displayName: 'Alana Grant', avatarUrl: 'http://avatars.example/a.png' };
    const worker = fakeWorker({ 'session.get': async () => session({ user }) });
    const { container } = render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('region', { name: 'Issue actions' });
    expect(container.querySelector('img')).toBeNull();
  });

  it('switches site through the select and shows the reply in the header', async () => {
    const reply = deferred<Session>();
    const worker = fakeWorker({ 'session.get': async () => session(), 'sites.select': () => reply.promise });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('region', { name: 'Issue actions' });
    choose(siteSelect(), globex.id);
    expect(worker.calls('sites.select')).toEqual([{ siteId: globex.id }]);
    // The select keeps the choice and stays usable while the worker confirms it.
    expect(siteSelect().value).toBe(globex.id);
    expect(siteSelect().disabled).toBe(false);
    reply.resolve(session({ site: globex }));
    await waitFor(() => expect(who()).toBe('Alana Grant on Globex'));
    // The actions start afresh on the new site: its projects are asked for.
    await waitFor(() => expect(worker.calls('projects.list')).toContainEqual(expect.objectContaining({ siteId: globex.id })));
  });

  it('keeps only the latest switch when replies arrive out of order', async () => {
    const first = deferred<Session>();
    const second = deferred<Session>();
    const replies = [first, second];
    const worker = fakeWorker({
      'session.get': async () => session(),
      'sites.select': () => replies.shift()!.promise,
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('region', { name: 'Issue actions' });
    choose(siteSelect(), globex.id);
    choose(siteSelect(), acme.id);
    second.resolve(session({ site: acme }));
    await waitFor(() => expect(siteSelect().value).toBe(acme.id));
    first.resolve(session({ site: globex }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(who()).toBe('Alana Grant on Acme');
  });

  it('puts the select back and offers to try again when a switch fails', async () => {
    let calls = 0;
    const worker = fakeWorker({
      'session.get': async () => session(),
      'sites.select': async () => {
        calls += 1;
        if (calls === 1) throw new CodedError('server_error', 'Atlassian is having trouble.');
        return session({ site: globex });
      },
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('region', { name: 'Issue actions' });
    choose(siteSelect(), globex.id);
    expect((await screen.findByRole('alert')).textContent).toContain('Jira had a problem.');
    expect(siteSelect().value).toBe(acme.id);
    expect(who()).toBe('Alana Grant on Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(who()).toBe('Alana Grant on Globex'));
    expect(worker.calls('sites.select')).toEqual([{ siteId: globex.id }, { siteId: globex.id }]);
  });

  it('asks to reconnect when the sign-in ends during a switch', async () => {
    const worker = fakeWorker({
      'session.get': async () => session(),
      'sites.select': async () => {
        throw new CodedError('reconnect_needed', 'Atlassian no longer accepts the sign-in of “Work”.');
      },
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('region', { name: 'Issue actions' });
    choose(siteSelect(), globex.id);
    await screen.findByRole('heading', { name: 'Reconnect to Jira' });
    screen.getByText('Atlassian no longer accepts the sign-in of this profile (it was revoked or expired). Reconnect to continue.');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks to choose a site when none is chosen, then shows the chosen one', async () => {
    const worker = fakeWorker({
      'session.get': async () => session({ site: null }),
      'sites.select': async ({ siteId }) => session({ site: siteId === globex.id ? globex : acme }),
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('heading', { name: 'Choose a Jira site' });
    expect(who()).toBe('Signed in as Alana Grant');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Issue actions' })).toBeNull();
    expect(screen.queryByText(/no longer available/)).toBeNull();
    screen.getByRole('button', { name: 'Acme acme.atlassian.net' });
    fireEvent.click(screen.getByRole('button', { name: 'Globex globex.atlassian.net' }));
    expect(worker.calls('sites.select')).toEqual([{ siteId: globex.id }]);
    await waitFor(() => expect(who()).toBe('Alana Grant on Globex'));
    expect(screen.queryByRole('heading', { name: 'Choose a Jira site' })).toBeNull();
    // The pressed button is gone: focus moves to the switcher rather than the document.
    await waitFor(() => expect(document.activeElement).toBe(siteSelect()));
  });

  it('says which remembered site was lost while asking to choose again', async () => {
    const worker = fakeWorker({ 'session.get': async () => session({ site: null, lostSite: 'Initech' }) });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('heading', { name: 'Choose a Jira site' });
    screen.getByText('The site Initech is no longer available to this account. Choose another.');
  });

  it('says so when the account has no Jira sites', async () => {
    const worker = fakeWorker({ 'session.get': async () => session({ site: null, sites: [] }) });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByText('Your Atlassian account has no Jira sites this app may use.');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
