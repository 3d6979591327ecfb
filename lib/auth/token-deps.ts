// What both ends of a profile's tokens need from the worker (getting them at sign-in, refreshing
// them later): the sender, the clock, the storage areas tokens live in, and the profile with its
// client secret (lib/worker/wire-worker.ts, lib/worker/auth-handlers.ts).
import type { HttpRequest } from '../jira/http-request.ts';
import type { StorageArea } from '../storage/area.ts';
import type { AuthProfile } from './profile.ts';

export interface TokenDeps {
  send(request: HttpRequest): Promise<Response>;
  now(): number;
  local: StorageArea;
  session: StorageArea;
  getProfile(profileId: string): Promise<AuthProfile | undefined>;
  getSecret(profileId: string): Promise<string | undefined>;
}
