import {
  DEFAULT_AUDIENCE,
  DEFAULT_AUTHORIZATION_URL,
  DEFAULT_SCOPES,
  DEFAULT_TOKEN_URL,
  FIELD_ORDER,
  type FieldName,
  type FormValues,
} from './defaults.ts';
import { TextField } from './TextField.tsx';
import { t } from '../../lib/i18n/page-text.ts';

interface FieldSpec {
  label: string;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  hint?: string;
}

/** Read when the form renders, in the browser's language. */
const fields = (): Record<FieldName, FieldSpec> => ({
  name: { label: t('profileName'), placeholder: t('profileNamePlaceholder') },
  clientId: { label: t('profileClientId'), hint: t('profileClientIdHint') },
  clientSecret: { label: t('profileClientSecret'), type: 'password' },
  authorizationUrl: { label: t('profileAuthorizationUrl'), type: 'url', placeholder: DEFAULT_AUTHORIZATION_URL },
  tokenUrl: { label: t('profileTokenUrl'), type: 'url', placeholder: DEFAULT_TOKEN_URL },
  refreshUrl: { label: t('profileRefreshUrl'), type: 'url', placeholder: DEFAULT_TOKEN_URL },
  scopes: { label: t('profileScopes'), placeholder: DEFAULT_SCOPES, hint: t('profileScopesHint') },
  audience: { label: t('profileAudience'), placeholder: DEFAULT_AUDIENCE },
});

export const fieldId = (field: FieldName) => `profile-${field}`;

interface Props {
  values: FormValues;
  onChange: (field: FieldName, value: string) => void;
  errors: Partial<Record<FieldName, string>>;
  locked: readonly FieldName[];
  /** A secret is stored: an empty secret field keeps it. */
  hasSecret: boolean;
  /** Everything read-only (a profile set by an organization). */
  readOnly: boolean;
}

export function ProfileFields({ values, onChange, errors, locked, hasSecret, readOnly }: Props) {
  const specs = fields();
  return (
    <>
      {FIELD_ORDER.map((field) => {
        const spec = specs[field];
        const isLocked = locked.includes(field);
        const fixed = readOnly || isLocked;
        const secretHint =
          field === 'clientSecret' && hasSecret
            ? `${t('profileSecretStored')}${fixed ? '' : ` ${t('profileSecretKeep')}`}`
            : undefined;
        // A read-only profile has no secret to enter; say only whether one is stored.
        if (field === 'clientSecret' && readOnly && !hasSecret) return null;
        const hints = [isLocked ? t('profileLocked') : '', secretHint ?? spec.hint ?? ''];
        return (
          <TextField
            key={field}
            id={fieldId(field)}
            label={spec.label}
            type={spec.type}
            value={values[field]}
            placeholder={spec.placeholder}
            hint={hints.filter(Boolean).join(' ') || undefined}
            error={errors[field]}
            readOnly={fixed}
            autoComplete={field === 'clientSecret' ? 'new-password' : 'off'}
            onInput={(value) => onChange(field, value)}
          />
        );
      })}
    </>
  );
}
