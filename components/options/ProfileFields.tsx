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

interface FieldSpec {
  label: string;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  hint?: string;
}

const FIELDS: Record<FieldName, FieldSpec> = {
  name: { label: 'Profile name', placeholder: 'My Atlassian app' },
  clientId: { label: 'Client ID', hint: 'Developer console → your app → Settings.' },
  clientSecret: { label: 'Client secret', type: 'password' },
  authorizationUrl: { label: 'Authorization URL', type: 'url', placeholder: DEFAULT_AUTHORIZATION_URL },
  tokenUrl: { label: 'Token URL', type: 'url', placeholder: DEFAULT_TOKEN_URL },
  refreshUrl: { label: 'Refresh token URL', type: 'url', placeholder: DEFAULT_TOKEN_URL },
  scopes: { label: 'Scopes', placeholder: DEFAULT_SCOPES, hint: 'Separated by spaces.' },
  audience: { label: 'Audience', placeholder: DEFAULT_AUDIENCE },
};

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
  return (
    <>
      {FIELD_ORDER.map((field) => {
        const spec = FIELDS[field];
        const isLocked = locked.includes(field);
        const fixed = readOnly || isLocked;
        const secretHint =
          field === 'clientSecret' && hasSecret
            ? `A secret is stored.${fixed ? '' : ' Leave empty to keep it.'}`
            : undefined;
        // A read-only profile has no secret to enter; say only whether one is stored.
        if (field === 'clientSecret' && readOnly && !hasSecret) return null;
        const hints = [isLocked ? 'Locked by your organization.' : '', secretHint ?? spec.hint ?? ''];
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
