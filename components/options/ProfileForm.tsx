import { asCodedError } from '../../lib/errors.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { ProfileView, SaveProfileResult } from '../../lib/messaging/views.ts';
import { CallbackUrl } from './CallbackUrl.tsx';
import { FIELD_ORDER, initialValues, type FieldName, type FormValues } from './defaults.ts';
import { originsText, urlsNeedingPermission } from './host-check.ts';
import { ProfileFields } from './ProfileFields.tsx';
import { errorText } from '../../lib/i18n/error-text.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { aroundSlot, SLOT } from '../../lib/i18n/slot.ts';
import { profileErrorText } from './profile-error-text.ts';

export type SavedProfile = Extract<SaveProfileResult, { ok: true }>;
type FieldErrors = Partial<Record<FieldName, string>>;

interface Props {
  /** The profile to edit (a custom one, or the organization's); none for a new one. */
  profile?: ProfileView | undefined;
  callbackUrl: string;
  copy: (text: string) => Promise<void>;
  request: MessageClient;
  ensureHostPermissions: (urls: string[]) => Promise<boolean>;
  onSaved: (saved: SavedProfile) => void;
  onCancel: () => void;
}

const isField = (key: string): key is FieldName => (FIELD_ORDER as readonly string[]).includes(key);

/** A custom OAuth client: what the user typed stays until it is saved, whatever goes wrong. */
export function ProfileForm({ profile, callbackUrl, copy, request, ensureHostPermissions, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(() => initialValues(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusToken, setFocusToken] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[id^="profile-"]:not([readonly])')?.focus();
  }, []);
  useEffect(() => {
    if (focusToken === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? formErrorRef.current)?.focus();
  }, [focusToken]);

  const fail = (message: string, fieldErrors: FieldErrors = {}) => {
    setErrors(fieldErrors);
    setFormError(message || null);
    setSaving(false);
    setFocusToken((n) => n + 1);
  };

  const send = async () => {
    try {
      const result = await request('profiles.save', { form: { ...(profile ? { id: profile.id } : {}), ...values } });
      if (result.ok) {
        setSaving(false);
        onSaved(result);
        return;
      }
      const fieldErrors: FieldErrors = {};
      const other: string[] = [];
      const typed = { values, start: initialValues(profile) };
      for (const [key, error] of Object.entries(result.errors)) {
        const text = profileErrorText(key, error.code, typed);
        if (isField(key)) fieldErrors[key] = text;
        else other.push(text);
      }
      fail(other.join(' '), fieldErrors);
    } catch (error) {
      fail(errorText(asCodedError(error)));
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const urls = urlsNeedingPermission([values.tokenUrl, values.refreshUrl]);
    // Asked here, before any await: browsers show a permission prompt only during a user gesture.
    const allowed = urls.length > 0 ? ensureHostPermissions(urls) : Promise.resolve(true);
    setSaving(true);
    setFormError(null);
    const refused = () => fail(t('optionsHostRefused', originsText(urls)));
    allowed.then((granted) => (granted ? send() : refused()), refused);
  };

  // A stored secret belongs to the token endpoint it was entered for; the worker asks for it again
  // when the token or refresh URL changes (lib/auth/profile-form.ts), so it is not offered to keep.
  const start = initialValues(profile);
  const endpointEdited = (['tokenUrl', 'refreshUrl'] as const).some((f) => values[f].trim() !== start[f].trim());
  const title = profile ? t('profileEditTitle', profile.name) : t('profileNew');
  const [introBefore, introAfter] = aroundSlot(t('profileIntro', SLOT));
  return (
    <form ref={formRef} class="panel profile-form" aria-labelledby="profile-form-title" noValidate onSubmit={onSubmit}>
      <h2 id="profile-form-title">{title}</h2>
      {profile?.kind === 'managed' ? (
        <p class="hint">{t('profileManagedFormHint')}</p>
      ) : (
        <p class="hint">
          {introBefore}
          <a href="https://developer.atlassian.com/console/myapps/" target="_blank" rel="noopener noreferrer">
            {t('profileIntroLink')}
          </a>
          {introAfter}
        </p>
      )}
      <CallbackUrl url={callbackUrl} copy={copy} />
      <ProfileFields
        values={values}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        errors={errors}
        locked={profile?.locked ?? []}
        hasSecret={(profile?.hasSecret ?? false) && !endpointEdited}
        readOnly={false}
      />
      {formError && (
        <div ref={formErrorRef} class="notice notice-error" role="alert" tabIndex={-1}>
          <p>{formError}</p>
        </div>
      )}
      <div class="row actions">
        <button type="submit" class="primary" aria-disabled={saving ? 'true' : undefined}>
          {t('profileSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
        <span role="status">{saving ? t('profileSaving') : ''}</span>
      </div>
    </form>
  );
}
