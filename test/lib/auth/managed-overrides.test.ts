import { describe, expect, it } from 'vitest';
import { applyOverrides, overridesOf, readOverrides, saveOverrides } from '../../../lib/auth/managed-overrides.ts';
import { OVERRIDES_KEY } from '../../../lib/storage/keys.ts';
import { memoryArea } from '../../fake-storage.ts';
import { testProfile } from './helpers.ts';

const policy = testProfile({
  id: 'managed',
  kind: 'managed',
  name: 'Acme',
  clientId: 'acme-client',
  tokenUrl: 'https://broker.acme.example/token',
  locked: ['clientId', 'tokenUrl'],
});

describe('the user’s values over the organization’s profile', () => {
  it('take the unlocked fields and ignore the locked ones', () => {
    const profile = applyOverrides(policy, {
      name: 'My Acme',
      scopes: ['read:jira-work', 'offline_access'],
      clientId: 'mine',
      tokenUrl: 'https://elsewhere.example/token',
    });
    expect(profile).toMatchObject({
      name: 'My Acme',
      scopes: ['read:jira-work', 'offline_access'],
      clientId: 'acme-client',
      tokenUrl: 'https://broker.acme.example/token',
      locked: ['clientId', 'tokenUrl'],
    });
  });

  it('skip a value that would not make a valid profile, and keep the others', () => {
    const profile = applyOverrides(policy, { refreshUrl: 'http://plain.example/token', audience: 'api.example.com' });
    expect(profile.refreshUrl).toBe(policy.refreshUrl);
    expect(profile.audience).toBe('api.example.com');
  });

  it('are kept only where they differ from the policy, so later policy changes reach the rest', () => {
    const edited = { ...policy, name: 'My Acme', clientId: 'mine', scopes: [...policy.scopes] };
    expect(overridesOf(policy, edited)).toEqual({ name: 'My Acme' });
  });

  it('are read back as saved, and as none when damaged or cleared', async () => {
    const { area, data } = memoryArea();
    await saveOverrides(area, { name: 'My Acme' });
    expect(await readOverrides(area)).toEqual({ name: 'My Acme' });
    await saveOverrides(area, {});
    expect(data).not.toHaveProperty(OVERRIDES_KEY);
    data[OVERRIDES_KEY] = { name: 42 };
    expect(await readOverrides(area)).toEqual({});
  });
});
