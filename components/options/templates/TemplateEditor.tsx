import { useEffect, useState } from 'preact/hooks';
import { TEMPLATE_LIMITS } from '../../../lib/capture/template.ts';
import { unknownVariableMessage } from '../../../lib/capture/template-problems.ts';
import type { CodedError } from '../../../lib/errors.ts';
import type { TemplateDraft } from '../../../lib/storage/template-draft.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { TextField } from '../TextField.tsx';
import { FIELD_IDS, FIELD_ORDER, problemsOf } from './template-form.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import { VariableField } from './VariableField.tsx';
import { t } from '../../../lib/i18n/page-text.ts';

/** A project key as Jira writes them, the same in every language. */
const EXAMPLE_PROJECT_KEY = 'WEB';

interface Props {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** Resolves when stored; a refusal is shown as `error` and the draft stays. */
  onSave: () => Promise<void>;
  onCancel: () => void;
  /** The draft came back from a page closed before saving. */
  restored: boolean;
  error: CodedError | null;
}

/** Adds or changes one template. Unknown variables are flagged as they are typed; the other
 *  rules once Save is pressed, which is refused with focus on the first problem. */
export function TemplateEditor({ draft, onChange, onSave, onCancel, restored, error }: Props) {
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = problemsOf(draft);
  const shown = (field: keyof typeof problems) =>
    tried ? problems[field] : field === 'summary' || field === 'description' ? unknownVariableMessage(draft[field]) : undefined;
  const set = (field: keyof TemplateDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const title = draft.editingId === null ? t('templateNew') : t('templateEditTitle', draft.name).replace(/\s+/g, ' ').trim();

  useEffect(() => document.getElementById(FIELD_IDS.name)?.focus(), []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setTried(true);
    const first = FIELD_ORDER.find((field) => problems[field] !== undefined);
    if (first) {
      document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    setSaving(true);
    await onSave().finally(() => setSaving(false));
  };

  return (
    <form class="panel template-editor" aria-labelledby="template-editor-title" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 id="template-editor-title">{title}</h3>
      {restored && (
        <p class="notice notice-info" role="status">
          {t('templateRestored')}
        </p>
      )}
      <TextField id={FIELD_IDS.name} label={t('templateName')} value={draft.name} onInput={set('name')} error={shown('name')} hint={t('templateNameHint', TEMPLATE_LIMITS.name)} />
      <TextField
        id={FIELD_IDS.projectKey}
        label={t('templateProjectKey')}
        value={draft.projectKey}
        onInput={set('projectKey')}
        error={shown('projectKey')}
        placeholder={EXAMPLE_PROJECT_KEY}
        hint={t('templateProjectHint')}
      />
      {draft.projectKey.trim() !== '' && (
        <TextField
          id={FIELD_IDS.issueTypeId}
          label={t('templateIssueTypeId')}
          value={draft.issueTypeId}
          onInput={set('issueTypeId')}
          error={shown('issueTypeId')}
          placeholder="10001"
          hint={t('templateIssueTypeHint')}
        />
      )}
      <VariableField id={FIELD_IDS.summary} label={t('templateSummary')} value={draft.summary} onInput={set('summary')} error={shown('summary')} hint={t('templateVariableHint')} />
      <VariableField
        id={FIELD_IDS.description}
        label={t('templateDescription')}
        multiline
        value={draft.description}
        onInput={set('description')}
        error={shown('description')}
        hint={t('templateDescriptionHint', TEMPLATE_LIMITS.description)}
      />
      <TemplatePreview summary={draft.summary} description={draft.description} />
      {error && <ErrorNotice error={error} />}
      <div class="actions">
        <button type="submit" aria-disabled={saving ? 'true' : undefined}>
          {t('templateSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
