// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { authState, profile, renderOptions, session, site } from './fixtures.tsx';

const connected = () =>
  authState({ profiles: [profile()], selectedProfileId: 'p1', connections: { p1: { status: 'connected' } } });
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('options: Jira site picker', () => {
  afterEach(cleanup);

  it('lists the sites by name and host and remembers the one chosen', async () => {
    const sites = [site('acme', 'Acme', 'https://avatars.example.com/acme.png'), site('beta', 'Beta', 'http://x/b.png')];
    const { calls } = renderOptions({
      'auth.state': connected,
      'session.get': () => session({ sites, site: sites[0] ?? null }),
      'sites.select': ({ siteId }) => session({ sites, site: sites.find((s) => s.id === siteId) ?? null }),
    });
    await screen.findByRole('radiogroup', { name: 'Jira site' });
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(radio(/Acme acme\.atlassian\.net/).checked).toBe(true);
    const images = [...document.querySelectorAll('img')];
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([
      ['https://avatars.example.com/acme.png', ''],
    ]);
    fireEvent.click(radio(/Beta beta\.atlassian\.net/));
    await waitFor(() => expect(calls('sites.select')).toEqual([{ siteId: 'beta' }]));
    await waitFor(() => expect(radio(/Beta/).checked).toBe(true));
  });

  it('says when the remembered site is gone and asks for another', async () => {
    const sites = [site('acme', 'Acme'), site('beta', 'Beta')];
    renderOptions({
      'auth.state': connected,
      'session.get': () => session({ sites, site: null, lostSite: 'gone.atlassian.net' }),
    });
    const group = await screen.findByRole('radiogroup', { name: 'Jira site' });
    const message = 'The site gone.atlassian.net is no longer available to this account. Choose another.';
    expect(screen.getByText(message)).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toBe('lost-site');
    expect(radio(/Acme/).checked).toBe(false);
    expect(radio(/Beta/).checked).toBe(false);
  });

  it('shows a single site without a choice', async () => {
    renderOptions({ 'auth.state': connected, 'session.get': () => session() });
    await screen.findByText('Acme');
    expect(screen.getByText('acme.atlassian.net')).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: 'Jira site' })).toBeNull();
  });
});
