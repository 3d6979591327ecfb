// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WatchSettings as WatchSection } from '../../../components/options/watches/WatchSettings.tsx';
import { DEFAULT_WATCH_SETTINGS, type WatchSettings } from '../../../lib/watch/settings.ts';
import { fakeWorker } from '../fake-worker.ts';
import { acme, globex, session } from '../popup/fixtures.ts';

function setup(stored: WatchSettings = DEFAULT_WATCH_SETTINGS, connected = true) {
  let settings = stored;
  const worker = fakeWorker({
    'watch.settings': async () => settings,
    'watch.save': async (next) => (settings = next),
    // The sites as the worker last listed them: no request to Atlassian.
    'session.cached': async () => session({ sites: [acme, globex] }),
  });
  render(<WatchSection request={worker.request} signInKey="p1" connected={connected} />);
  return { worker, saved: () => worker.calls('watch.save') as WatchSettings[] };
}

const section = () => screen.getByRole('region', { name: 'Watches' });

describe('options: watches', () => {
  afterEach(cleanup);

  it('offers a first watch, assigned to me with updates and comments, and adds it only when asked', async () => {
    const { saved } = setup();
    const offer = await screen.findByRole('group', { name: 'Watch your issues?' });
    expect(offer.textContent).toContain('on Acme');
    fireEvent.click(within(offer).getByRole('button', { name: 'Watch my issues' }));
    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]!.watches).toEqual([
      { id: expect.any(String), siteId: acme.id, siteName: 'Acme', jql: 'assignee = currentUser()', events: { created: false, updated: true, commented: true }, enabled: true },
    ]);
    await within(section()).findByRole('checkbox', { name: /^Assigned to me on Acme/ });
    expect(screen.queryByRole('group', { name: 'Watch your issues?' })).toBeNull();
  });

  it('"No, thanks" ends the offer', async () => {
    const { saved } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'No, thanks' }));
    await waitFor(() => expect(saved()[0]?.offerDeclined).toBe(true));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Watch your issues?' })).toBeNull());
  });

  it('adds a project watch on another site, says what is missing, turns a watch off and removes it', async () => {
    const { saved } = setup({ ...DEFAULT_WATCH_SETTINGS, offerDeclined: true });
    const form = await screen.findByRole('form', { name: 'Add a watch' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Site' }), { target: { value: globex.id } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Issues' }), { target: { value: 'project' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add watch' }));
    expect(within(form).getByRole('alert').textContent).toBe('Enter a project key.');
    fireEvent.input(within(form).getByRole('textbox', { name: 'Project key' }), { target: { value: 'glx' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'New issues' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add watch' }));
    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]!.watches[0]).toMatchObject({ siteId: globex.id, jql: 'project = "GLX"', events: { created: true, updated: true, commented: true } });

    const toggle = await within(section()).findByRole('checkbox', { name: /^Project GLX on Globex/ });
    fireEvent.click(toggle);
    await waitFor(() => expect(saved()[1]!.watches[0]!.enabled).toBe(false));
    fireEvent.click(within(section()).getByRole('button', { name: 'Remove watch Project GLX on Globex' }));
    await waitFor(() => expect(saved()[2]!.watches).toEqual([]));
  });

  it('project news per site, pause, and an interval kept within its bounds', async () => {
    const { saved } = setup({ ...DEFAULT_WATCH_SETTINGS, offerDeclined: true });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'New and changed projects on Globex' }));
    await waitFor(() => expect(saved()[0]!.projectSites).toEqual([globex.id]));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause all watches' }));
    await waitFor(() => expect(saved()[1]!.paused).toBe(true));
    const interval = screen.getByRole('spinbutton', { name: 'Check every (minutes)' }) as HTMLInputElement;
    fireEvent.input(interval, { target: { value: '0' } });
    fireEvent.change(interval);
    await waitFor(() => expect(saved()[2]!.intervalMinutes).toBe(1));
    expect(interval.value).toBe('1');
  });

  it('not connected: the watches show (one from before site names were kept, by its id), and adding one waits for a connection', async () => {
    setup({ ...DEFAULT_WATCH_SETTINGS, watches: [{ id: 'w', siteId: acme.id, jql: 'watcher = currentUser()', events: { created: false, updated: true, commented: false }, enabled: true }] }, false);
    expect(await screen.findByText('Connect to Jira to add watches.')).toBeTruthy();
    expect(within(section()).getByRole('checkbox', { name: /^Watching on c-acme/ })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Add a watch' })).toBeNull();
  });

  it('not connected: a watch added while signed in is named by its site, not its id', async () => {
    const { saved } = setup({ ...DEFAULT_WATCH_SETTINGS, offerDeclined: true });
    const form = await screen.findByRole('form', { name: 'Add a watch' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Site' }), { target: { value: globex.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add watch' }));
    await waitFor(() => expect(saved()).toHaveLength(1));
    cleanup();
    setup(saved()[0]!, false);
    await screen.findByText('Connect to Jira to add watches.');
    expect(within(section()).getByRole('checkbox', { name: /^Assigned to me on Globex/ })).toBeTruthy();
    expect(within(section()).queryByRole('checkbox', { name: new RegExp(globex.id) })).toBeNull();
  });

  it("asks the worker's last list of sites again while the page's site picker is loading it", async () => {
    let asked = 0;
    const worker = fakeWorker({
      'watch.settings': async () => DEFAULT_WATCH_SETTINGS,
      'session.cached': async () => (++asked < 2 ? null : session({ sites: [acme] })),
    });
    render(<WatchSection request={worker.request} signInKey="p1" connected />);
    expect(await screen.findByRole('group', { name: 'Watch your issues?' }, { timeout: 3000 })).toBeTruthy();
    expect(asked).toBe(2);
  });
});
