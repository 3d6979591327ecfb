// The popup's first frame, as the worker keeps it in storage.session (lib/worker/first-frame.ts),
// against the simulator: written with what the popup would load, kept up to date by a create, and
// gone whenever the account, profile or site it shows may have changed.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { authProfileSchema } from '../../../lib/auth/profile.ts';
import { saveCustomProfile } from '../../../lib/auth/profile-store.ts';
import { FIRST_FRAME_KEY, parseFirstFrame } from '../../../lib/storage/first-frame.ts';
import { viewKey } from '../../../lib/storage/keys.ts';
import { DEMO_CLIENT } from '../../sim/seed/clients.ts';
import { PROFILE_ID } from './sim-worker.ts';
import { openCreateForm, openPopup, requiredValues, sim, siteId, useSimSuite, w } from './sim-suite.ts';

useSimSuite();

const frame = async () => parseFirstFrame((await w.deps.session.get(FIRST_FRAME_KEY))[FIRST_FRAME_KEY]);

async function createBug(summary: string) {
  await openPopup();
  const { issueTypeId, fields } = await openCreateForm('BIG', 'Bug');
  await w.call('issue.create', { siteId, projectKey: 'BIG', issueTypeId, fields: { summary, ...requiredValues(fields) } });
  return issueTypeId;
}

describe('the popup first frame', () => {
  it('popup.start with nothing kept: one message loads the session and the Create lists, and writes them for the next popup', async () => {
    await w.call('session.get', {});
    await w.deps.session.remove(FIRST_FRAME_KEY);
    const issueTypeId = await createBug('First frame: last used');
    await w.deps.session.remove([FIRST_FRAME_KEY, viewKey(PROFILE_ID)]);

    const started = await w.call('popup.start', {});
    // No session shown before: asked of Atlassian now, so the popup need not check it again.
    expect(started.checked).toBe(true);
    expect(started.frame.session.site?.id).toBe(siteId);
    expect(started.frame.create?.lastUsed).toEqual({ projectKey: 'BIG', issueTypeId });
    expect(started.frame.create?.projects[0]?.key).toBe('BIG');
    expect(started.frame.create?.issueTypes?.types.map((t) => t.id)).toContain(issueTypeId);
    expect(started.frame.create?.fields?.fields.map((f) => f.fieldId)).toContain('summary');
    expect(await frame()).toEqual(started.frame);

    // The next popup: the same frame, from what the worker holds, without a request to Jira.
    sim.clearLog();
    const again = await w.call('popup.start', {});
    expect(again).toEqual({ frame: started.frame, checked: false });
    expect(w.jiraRequests()).toEqual([]);
  });

  it('a create moves the frame to the project and type created in', async () => {
    await openPopup();
    const { issueTypeId, fields } = await openCreateForm('WEB', 'Task');
    await w.call('issue.create', { siteId, projectKey: 'WEB', issueTypeId, fields: { summary: 'First frame: WEB', ...requiredValues(fields) } });
    expect((await frame())?.create?.lastUsed).toEqual({ projectKey: 'WEB', issueTypeId });
    expect((await frame())?.create?.fields).toMatchObject({ projectKey: 'WEB', issueTypeId });
  });

  it('is gone after sign-out, and popup.start then says not connected and writes none', async () => {
    await createBug('First frame: sign-out');
    expect(await frame()).toBeDefined();
    await w.call('auth.signOut', { profileId: PROFILE_ID });
    expect(await frame()).toBeUndefined();
    await expect(w.call('popup.start', {})).rejects.toMatchObject({ code: 'not_connected' });
    expect(await frame()).toBeUndefined();
  });

  it('is gone after switching to another profile, and after deleting one', async () => {
    await createBug('First frame: switch');
    const other = authProfileSchema.parse({ id: 'other', kind: 'custom', name: 'Other', clientId: DEMO_CLIENT.clientId });
    await saveCustomProfile(w.deps.local, other);
    await w.call('profiles.select', { profileId: 'other' });
    expect(await frame()).toBeUndefined();

    await w.call('profiles.select', { profileId: PROFILE_ID });
    await w.call('popup.start', {});
    expect((await frame())?.session.profileId).toBe(PROFILE_ID);
    await w.call('profiles.delete', { profileId: 'other' });
    expect(await frame()).toBeUndefined();
  });

  it('is gone when the organization’s policy changes', async () => {
    await createBug('First frame: policy');
    expect(await frame()).toBeDefined();
    // As the browser tells of a new policy (storage.onChanged for the `managed` area).
    await fakeBrowser.storage.onChanged.trigger({ profile: { newValue: {} } }, 'managed');
    expect(await frame()).toBeUndefined();
  });

  it('a site switch leaves only the new site in it', async () => {
    await createBug('First frame: site');
    const other = sim.state.sites[1]!.site.id;
    await w.call('sites.select', { siteId: other });
    const now = await frame();
    expect(now?.session.site?.id).toBe(other);
    expect(now?.create === null || now?.create.siteId === other).toBe(true);
  });

  it('a frame built before a sign-out is not written after it', async () => {
    await createBug('First frame: late');
    const built = await frame();
    const write = w.deps.firstFrame.begin();
    await w.call('auth.signOut', { profileId: PROFILE_ID });
    await write(built!);
    expect(await frame()).toBeUndefined();
  });
});
