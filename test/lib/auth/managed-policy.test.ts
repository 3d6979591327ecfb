import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../../lib/auth/managed-policy.ts';

const BROKER = 'https://broker.acme.example/token';

describe('organization policy: secrets and brokers', () => {
  it('sends token requests to a broker, with no secret, and keeps the user from redirecting them', () => {
    const policy = parseManagedPolicy({ profile: { clientId: 'abc', tokenBrokerUrl: BROKER } });
    expect(policy?.profile).toMatchObject({ tokenUrl: BROKER, refreshUrl: BROKER });
    expect(policy?.secret).toBe('');
    expect(policy?.profile?.locked).toEqual(['clientSecret', 'tokenUrl', 'refreshUrl']);
  });

  it('locks the token endpoints with a secret it sets, besides the fields it names', () => {
    const policy = parseManagedPolicy({ profile: { clientId: 'abc', clientSecret: 's3cret', lockedFields: ['name'] } });
    expect(policy?.secret).toBe('s3cret');
    expect(policy?.profile?.locked).toEqual(['name', 'clientSecret', 'tokenUrl', 'refreshUrl']);
  });

  it('leaves the secret to the user when it sets neither a secret nor a broker', () => {
    const policy = parseManagedPolicy({ profile: { clientId: 'abc', lockedFields: ['clientId'] } });
    expect(policy?.secret).toBeUndefined();
    expect(policy?.profile?.locked).toEqual(['clientId']);
  });

  it('writes its URLs as the profile form does, so an unchanged form matches them', () => {
    const policy = parseManagedPolicy({ profile: { clientId: 'abc', tokenBrokerUrl: ' https://Broker.ACME.example ' } });
    expect(policy?.profile?.tokenUrl).toBe('https://broker.acme.example/');
  });

  it.each([
    ['a broker and a secret', { tokenBrokerUrl: BROKER, clientSecret: 's3cret' }],
    ['a broker and a token URL', { tokenBrokerUrl: BROKER, tokenUrl: 'https://auth.atlassian.com/oauth/token' }],
    ['a broker over plain http', { tokenBrokerUrl: 'http://broker.acme.example/token' }],
  ])('refuses %s as a problem, with no profile', (_name, extra) => {
    const policy = parseManagedPolicy({ profile: { clientId: 'abc', ...extra } });
    expect(policy?.problem).toBe('invalid_profile');
    expect(policy?.profile).toBeUndefined();
  });
});

describe('organization policy: profiles of the user’s own', () => {
  const profile = { clientId: 'abc', clientSecret: 's3cret' };

  it.each([
    ['allowed when the policy does not say', { profile }, true],
    ['refused when allowUserProfiles is false', { profile, allowUserProfiles: false }, false],
    ['refused by lockAll alone', { profile: { ...profile, lockAll: true } }, false],
    ['allowed with lockAll when allowUserProfiles says so', { profile: { ...profile, lockAll: true }, allowUserProfiles: true }, true],
    ['refused with only a default site', { defaultSiteUrl: 'https://acme.atlassian.net', allowUserProfiles: false }, false],
  ])('are %s', (_name, raw, allowed) => {
    expect(parseManagedPolicy(raw)?.allowUserProfiles).toBe(allowed);
  });

  it('stay refused when another part of the policy cannot be read', () => {
    const policy = parseManagedPolicy({ profile: { clientId: 42 }, allowUserProfiles: false });
    expect(policy).toMatchObject({ allowUserProfiles: false, problem: 'unreadable' });
  });
});
