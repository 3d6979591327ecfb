// The people of the simulated Atlassian organisation. Account ids are fixed (not drawn from the
// seed) so tests and fixtures can name them. They use the shapes Atlassian issues: 24 hex digits
// for older accounts and `557058:<uuid>` / `712020:<uuid>` for newer ones (e.g. the X-AAccountId
// header `712020:809fc2ed-...` seen in Jira Cloud responses).
import type { User } from '../types.ts';

export const USERS: readonly User[] = [
  {
    accountId: '5b10a2844c20165700ede21f',
    displayName: 'Alana Grant',
    emailAddress: 'alana.grant@example.com',
    timeZone: 'Europe/London',
    active: true,
  },
  {
    accountId: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
    displayName: 'Bruno Okafor',
    emailAddress: 'bruno.okafor@example.com',
    timeZone: 'Africa/Lagos',
    active: true,
  },
  {
    accountId: '5d53f3cbc6b9320d9ea5bdc2',
    displayName: 'Chen Wei',
    emailAddress: 'chen.wei@example.com',
    timeZone: 'Asia/Shanghai',
    active: true,
  },
  {
    accountId: '712020:2c5d8f3e-9a41-4b7e-8d0c-3f6e1a2b4c5d',
    displayName: 'Dana Kowalski',
    emailAddress: 'dana.kowalski@example.com',
    timeZone: 'Europe/Warsaw',
    active: true,
  },
  {
    accountId: '60a7f1e2b3c4d5e6f7a8b9c0',
    displayName: 'Émile Durand',
    emailAddress: 'emile.durand@example.com',
    timeZone: 'America/Montreal',
    active: true,
  },
  {
    accountId: '557058:0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
    displayName: 'Former Contractor',
    emailAddress: 'former.contractor@example.com',
    timeZone: 'UTC',
    active: false,
  },
];

/** Fresh copies, so one simulator's edits never leak into another's. */
export function seedUsers(): User[] {
  return USERS.map((user) => ({ ...user }));
}
