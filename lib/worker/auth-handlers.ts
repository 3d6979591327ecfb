import { beginAuthorization } from '../auth/begin-authorization.ts';
import { completeAuthorization } from '../auth/complete-authorization.ts';
import { clearReconnectNeeded } from '../auth/connection-status.ts';
import { MANAGED_PROFILE_ID, ONLY_MANAGED_PROFILE } from '../auth/managed-policy.ts';
import { validateProfileForm } from '../auth/profile-form.ts';
import { deleteCustomProfile, saveCustomProfile, selectProfile } from '../auth/profile-store.ts';
import { forgetSecret, readSecret, saveSecret } from '../auth/secret-store.ts';
import { webAuthFlowError } from '../auth/web-auth-flow-error.ts';
import { CodedError } from '../errors.ts';
import type { Handlers } from '../messaging/server.ts';
import type { WorkerDeps } from './deps.ts';
import { apiSendFor } from './api-send.ts';
import { authState } from './auth-state.ts';
import { saveManagedProfile } from './managed-save.ts';
import { loadSession, rememberSites } from './session.ts';
import { rememberSessionView } from './session-view-cache.ts';
import type { SystemUnavailable } from '../auth/system-unavailable.ts';

type AuthHandlers = Pick<
  Handlers,
  'auth.state' | 'profiles.save' | 'profiles.delete' | 'profiles.select' | 'auth.connect' | 'auth.signOut'
>;

export function createAuthHandlers(deps: WorkerDeps, systemReason?: SystemUnavailable): AuthHandlers {
  const state = () => authState(deps, systemReason);
  const custom = async (profileId: string) => {
    const profile = await deps.registry.require(profileId);
    if (profile.kind !== 'custom') throw new CodedError('bad_message', 'Only your own profiles can be changed here.');
    return profile;
  };

  return {
    'auth.state': state,
    'profiles.save': async ({ form }) => {
      if (form.id === MANAGED_PROFILE_ID) {
        const saved = await saveManagedProfile(deps, form);
        if (!saved.ok) return { ok: false, errors: saved.errors as Record<string, { code: never; message: string }> };
        return { ok: true, profileId: MANAGED_PROFILE_ID, warnings: saved.warnings, state: await state() };
      }
      if (!(await deps.registry.userProfilesAllowed())) throw new CodedError('policy_forbids', ONLY_MANAGED_PROFILE);
      const existing = form.id ? await custom(form.id) : undefined;
      const secretStored = existing ? (await readSecret(deps.local, existing.id)) !== undefined : false;
      const result = validateProfileForm(
        { ...form, id: existing?.id ?? deps.newId(), kind: 'custom' },
        { ...(existing ? { existing } : {}), secretStored },
      );
      if (!result.ok) return { ok: false, errors: result.errors as Record<string, { code: never; message: string }> };
      // Tokens of the old endpoint never go to the new one (profile-form.ts); gone first, so a
      // worker stopped half-way cannot leave them next to the new URL. The user connects again.
      if (result.endpointChanged) {
        await deps.tokens.signOut(result.profile.id);
        await clearReconnectNeeded(deps.local, result.profile.id);
      }
      if (result.secret !== undefined) await saveSecret(deps.local, result.profile.id, result.secret);
      await saveCustomProfile(deps.local, result.profile);
      if (!existing) await selectProfile(deps.local, result.profile.id);
      return { ok: true, profileId: result.profile.id, warnings: result.warnings, state: await state() };
    },
    'profiles.delete': async ({ profileId }) => {
      await custom(profileId);
      await deps.tokens.signOut(profileId);
      await forgetSecret(deps.local, profileId);
      await clearReconnectNeeded(deps.local, profileId);
      await deleteCustomProfile(deps.local, profileId);
      return state();
    },
    'profiles.select': async ({ profileId }) => {
      const allowed = profileId === MANAGED_PROFILE_ID || (await deps.registry.userProfilesAllowed());
      if (!allowed) throw new CodedError('policy_forbids', ONLY_MANAGED_PROFILE);
      await deps.registry.require(profileId);
      await selectProfile(deps.local, profileId);
      return state();
    },
    'auth.connect': async ({ profileId }) => {
      const profile = await deps.registry.require(profileId);
      await selectProfile(deps.local, profileId);
      const { url, state: started } = await beginAuthorization(deps, profile, deps.redirectUri);
      let returned: string | undefined;
      try {
        returned = await deps.launchWebAuthFlow(url);
      } catch (error) {
        throw webAuthFlowError(error);
      }
      if (!returned) throw webAuthFlowError(new Error('The user did not approve access.'));
      await completeAuthorization(
        {
          ...deps,
          send: (request) => deps.http(request),
          getProfile: deps.registry.get,
          getSecret: deps.registry.getSecret,
          saveTokens: deps.tokens.replace,
        },
        returned,
        deps.redirectUri,
        started,
      );
      await clearReconnectNeeded(deps.local, profileId);
      const session = await loadSession(deps.local, profile, apiSendFor(deps, profile), (await deps.registry.policy())?.defaultSiteUrl);
      await rememberSites(deps.session, profile.id, session.sites);
      await rememberSessionView(deps.session, session);
      return session;
    },
    'auth.signOut': async ({ profileId }) => {
      await deps.registry.require(profileId);
      await deps.tokens.signOut(profileId);
      await clearReconnectNeeded(deps.local, profileId);
      return state();
    },
  };
}
