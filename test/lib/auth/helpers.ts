// Shared fixtures for the auth tests.
import type { ErrorCode } from '../../../lib/errors.ts';
import { authProfileSchema, type AuthProfile, type AuthProfileInput } from '../../../lib/auth/profile.ts';
import type { StorageArea } from '../../../lib/storage/area.ts';
import { rejection } from '../../coded-failure.ts';
import { jsonResponse } from '../../json-response.ts';

export { jsonResponse, rejection };

export const REDIRECT = 'https://kgcfpfaikodlimniaiobimlmldeochnc.chromiumapp.org/';

export function testProfile(overrides: Partial<AuthProfileInput> = {}): AuthProfile {
  return authProfileSchema.parse({ id: 'work', kind: 'custom', name: 'Work', clientId: 'client-1', ...overrides });
}

export function tokenBody(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    access_token: `access-${n}`,
    refresh_token: `refresh-${n}`,
    expires_in: 3600,
    token_type: 'Bearer',
    scope: 'read:jira-work offline_access',
    ...extra,
  };
}

/** The code of what `promise` rejected with; fails the test when it resolved or threw something else. */
export async function rejectionCode(promise: Promise<unknown>): Promise<ErrorCode> {
  return (await rejection(promise)).code;
}

/** A storage area that records every write, in order, into a shared log. */
export function recordingArea(name: string, inner: StorageArea, log: string[]): StorageArea {
  return {
    get: (keys) => inner.get(keys),
    async set(items) {
      for (const key of Object.keys(items)) log.push(`${name}.set ${key}`);
      await inner.set(items);
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) log.push(`${name}.remove ${key}`);
      await inner.remove(keys);
    },
  };
}

export const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));
