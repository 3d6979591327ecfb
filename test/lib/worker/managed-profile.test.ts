// The organization's profile as the worker keeps it: policy values, the user's changes to what the
// policy leaves unlocked, the secret from the policy, its broker or the user, and a sign-in with it
// against the simulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveSecret } from '../../../lib/auth/secret-store.ts';
import { codeExchangeRequest } from '../../../lib/auth/token-request.ts';
import type { ProfileForm } from '../../../lib/messaging/views.ts';
import { OVERRIDES_KEY } from '../../../lib/storage/keys.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { expectNoViolations } from '../../sim/spec-guard.ts';
import { DEMO_CLIENT, DEMO_REDIRECT_URI } from '../../sim/seed/clients.ts';
import { policyWorker } from './policy-worker.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 1 });
});
afterAll(() => sim.close());
afterEach(() => expectNoViolations(sim));

const ACME = { name: 'Acme', clientId: DEMO_CLIENT.clientId };
const SCOPES = 'read:jira-work write:jira-work read:jira-user offline_access';

/** The form as the options page sends it: every field, with what the page shows. */
const form = (overrides: Partial<ProfileForm> = {}): ProfileForm => ({
  id: 'managed',
  name: 'Acme',
  clientId: DEMO_CLIENT.clientId,
  clientSecret: '',
  authorizationUrl: 'https://auth.atlassian.com/authorize',
  tokenUrl: 'https://auth.atlassian.com/oauth/token',
  refreshUrl: 'https://auth.atlassian.com/oauth/token',
  scopes: SCOPES,
  audience: 'api.atlassian.com',
  ...overrides,
});

const managedView = async (w: ReturnType<typeof policyWorker>) =>
  (await w.handlers['auth.state']({})).profiles.find((p) => p.id === 'managed');

describe('the organization’s profile', () => {
  it('signs in once the user enters the secret the policy leaves out', async () => {
    const w = policyWorker(sim, { profile: { ...ACME, lockedFields: ['clientId'] } });
    expect(await managedView(w)).toMatchObject({ hasSecret: false, locked: ['clientId'] });

    const missing = await w.handlers['profiles.save']({ form: form() });
    expect(missing).toMatchObject({ ok: false, errors: { clientSecret: { code: 'field_required' } } });

    const saved = await w.handlers['profiles.save']({ form: form({ clientSecret: DEMO_CLIENT.clientSecret }) });
    expect(saved).toMatchObject({ ok: true, profileId: 'managed' });
    expect(await managedView(w)).toMatchObject({ hasSecret: true });

    const session = await w.handlers['auth.connect']({ profileId: 'managed' });
    expect(session).toMatchObject({ profileId: 'managed', profileName: 'Acme' });
    expect((await w.handlers['auth.state']({})).connections.managed).toEqual({ status: 'connected' });
  });

  it('keeps the user’s changes to unlocked fields, and follows the policy in the others', async () => {
    const w = policyWorker(sim, { profile: { ...ACME, clientSecret: 's3cret', lockedFields: ['clientId'] } });
    const saved = await w.handlers['profiles.save']({ form: form({ name: 'My Acme', scopes: 'read:jira-work offline_access' }) });
    expect(saved.ok).toBe(true);
    expect((await w.deps.local.get(OVERRIDES_KEY))[OVERRIDES_KEY]).toEqual({
      name: 'My Acme',
      scopes: ['read:jira-work', 'offline_access'],
    });

    w.setPolicy({ profile: { ...ACME, clientSecret: 's3cret', lockedFields: ['clientId'], audience: 'api.acme.example' } });
    expect(await managedView(w)).toMatchObject({
      name: 'My Acme',
      scopes: ['read:jira-work', 'offline_access'],
      audience: 'api.acme.example',
      locked: ['clientId', 'clientSecret', 'tokenUrl', 'refreshUrl'],
    });
  });

  it('refuses a locked field sent with another value, and keeps nothing of that save', async () => {
    const w = policyWorker(sim, { profile: { ...ACME, clientSecret: 's3cret' } });
    const refused = await w.handlers['profiles.save']({
      form: form({ name: 'Mine', tokenUrl: 'https://tokens.elsewhere.example/token' }),
    });
    expect(refused).toMatchObject({ ok: false, errors: { tokenUrl: { code: 'field_locked' } } });
    expect(await w.deps.local.get(OVERRIDES_KEY)).toEqual({});
    expect(await managedView(w)).toMatchObject({ name: 'Acme', tokenUrl: 'https://auth.atlassian.com/oauth/token' });
  });

  it('takes locked fields from the policy even when storage holds a change of them', async () => {
    const w = policyWorker(sim, { profile: { ...ACME, lockedFields: ['clientId', 'clientSecret'] } });
    await w.deps.local.set({ [OVERRIDES_KEY]: { clientId: 'mine', name: 'Mine' } });
    await saveSecret(w.deps.local, 'managed', 'my-secret');
    expect(await managedView(w)).toMatchObject({ clientId: DEMO_CLIENT.clientId, name: 'Mine', hasSecret: false });
    expect(await w.deps.registry.getSecret('managed')).toBeUndefined();
    const refused = await w.handlers['profiles.save']({ form: form({ clientSecret: 'typed' }) });
    expect(refused).toMatchObject({ ok: false, errors: { clientSecret: { code: 'field_locked' } } });
  });

  it('sends its token requests to the policy’s broker without a client secret', async () => {
    const broker = 'https://broker.acme.example/token';
    const w = policyWorker(sim, { profile: { ...ACME, tokenBrokerUrl: broker } });
    const profile = await w.deps.registry.require('managed');
    const secret = await w.deps.registry.getSecret('managed');
    expect(secret).toBe('');
    const request = codeExchangeRequest(profile, secret ?? '', 'code-1', DEMO_REDIRECT_URI);
    expect(request.url).toBe(broker);
    expect(request.body).not.toHaveProperty('client_secret');
    expect(await managedView(w)).toMatchObject({ hasSecret: true, tokenUrl: broker, refreshUrl: broker });
  });
});
