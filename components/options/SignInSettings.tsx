import { useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { AuthState, ProfileView, Session } from '../../lib/messaging/views.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ConnectionPanel } from './ConnectionPanel.tsx';
import { ManagedProfile } from './ManagedProfile.tsx';
import { Notice, type NoticeContent } from './Notice.tsx';
import type { AuthUpdate, OptionsProps } from './OptionsApp.tsx';
import { ProfileActions } from './ProfileActions.tsx';
import { ProfileForm, type SavedProfile } from './ProfileForm.tsx';
import { connectionOf, ProfileList } from './ProfileList.tsx';
import { SitePicker } from './SitePicker.tsx';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props extends OptionsProps {
  auth: AuthState;
  setAuth: (update: AuthUpdate) => void;
}

type Editing = null | { mode: 'new' } | { mode: 'edit'; profile: ProfileView };

/** A warning the worker gave with a saved profile, by its code (lib/auth/profile-form.ts). */
const warningText = (warning: SavedProfile['warnings'][number]) =>
  warning.code === 'no_offline_access' ? t('profileNoOfflineAccess') : warning.message;

/** Profiles, the selected one's connection and its Jira site. */
export function SignInSettings({ auth, setAuth, request, copy, ensureHostPermissions }: Props) {
  // First visit (often straight from the popup's "Connect to Jira"): nothing to choose yet, so the
  // form to create a profile, with the callback URL to register, is what the user needs.
  const onlyManaged = auth.policy?.allowUserProfiles === false;
  const [editing, setEditing] = useState<Editing>(auth.profiles.length === 0 && !onlyManaged ? { mode: 'new' } : null);
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const [actionError, setActionError] = useState<CodedError | null>(null);
  // The session the connect just loaded: the site picker shows it instead of asking again.
  const [connected, setConnected] = useState<Session | null>(null);
  const selected = auth.profiles.find((p) => p.id === auth.selectedProfileId);
  const connection = selected ? connectionOf(auth, selected.id) : undefined;

  const act = (run: () => Promise<void>) => {
    setActionError(null);
    run().catch((error: unknown) => setActionError(asCodedError(error)));
  };
  const select = (profileId: string) => act(async () => {
    setConnected(null);
    setAuth(await request('profiles.select', { profileId }));
  });

  const onSaved = (saved: SavedProfile) => {
    const created = editing?.mode === 'new';
    const name = saved.state.profiles.find((p) => p.id === saved.profileId)?.name ?? '';
    setEditing(null);
    setAuth(saved.state);
    setNotice({ text: t('optionsProfileSaved', name), warnings: saved.warnings.map(warningText) });
    // A profile just created is the one the user means to connect next.
    if (created && saved.state.selectedProfileId !== saved.profileId) select(saved.profileId);
  };

  const remove = (profile: ProfileView) =>
    act(async () => {
      const next = await request('profiles.delete', { profileId: profile.id });
      if (editing?.mode === 'edit' && editing.profile.id === profile.id) setEditing(null);
      setAuth(next);
      setNotice({ text: t('optionsProfileDeleted', profile.name), warnings: [] });
    });

  const onConnected = (session: Session) => {
    setConnected(session);
    setAuth((current) => ({
      ...current,
      connections: { ...current.connections, [session.profileId]: { status: 'connected' } },
    }));
  };

  return (
    <>
      {auth.managed && (
        <p role="note" class="notice notice-info">
          {t('optionsManaged')}
          {auth.policy?.problem === 'unreadable' ? ` ${t('optionsPolicyUnreadable')}` : ''}
          {auth.policy?.problem === 'invalid_profile' ? ` ${t('optionsPolicyInvalid')}` : ''}
        </p>
      )}
      <section class="panel" aria-labelledby="profiles-title">
        <h2 id="profiles-title">{t('optionsProfilesTitle')}</h2>
        <ProfileList state={auth} onlyManaged={onlyManaged} onSelect={select} />
        <ProfileActions
          selected={selected}
          allowNew={!onlyManaged}
          onNew={() => setEditing({ mode: 'new' })}
          onEdit={() => selected && setEditing({ mode: 'edit', profile: selected })}
          onDelete={remove}
        />
        {notice && <Notice content={notice} />}
        {actionError && <ErrorNotice error={actionError} />}
      </section>
      {editing && (
        <ProfileForm
          key={editing.mode === 'edit' ? editing.profile.id : 'new'}
          profile={editing.mode === 'edit' ? editing.profile : undefined}
          callbackUrl={auth.callbackUrl}
          {...{ copy, request, ensureHostPermissions, onSaved }}
          onCancel={() => setEditing(null)}
        />
      )}
      {!editing && selected?.kind === 'managed' && (
        <ManagedProfile profile={selected} callbackUrl={auth.callbackUrl} copy={copy} />
      )}
      {selected && connection && (
        <ConnectionPanel
          key={selected.id}
          {...{ profile: selected, connection, request, onConnected, ensureHostPermissions }}
          onSignedOut={setAuth}
        />
      )}
      {connection?.status === 'connected' && (
        <SitePicker key={selected?.id} request={request} loaded={connected?.profileId === selected?.id ? connected : null} />
      )}
    </>
  );
}
