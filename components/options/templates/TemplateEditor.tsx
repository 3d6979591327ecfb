import { useEffect, useState } from 'preact/hooks';
import { TEMPLATE_LIMITS } from '../../../lib/capture/template.ts';
import { unknownVariableMessage } from '../../../lib/capture/template-variables.ts';
import type { CodedError } from '../../../lib/errors.ts';
import type { TemplateDraft } from '../../../lib/storage/template-draft.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { TextField } from '../TextField.tsx';
import { FIELD_IDS, FIELD_ORDER, problemsOf } from './template-form.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import { VariableField } from './VariableField.tsx';

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
  const title = draft.editingId === null ? 'New template' : `Edit template ${draft.name}`.trim();

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
          Unsaved template restored.
        </p>
      )}
      <TextField id={FIELD_IDS.name} label="Name" value={draft.name} onInput={set('name')} error={shown('name')} hint={`Up to ${TEMPLATE_LIMITS.name} characters.`} />
      <TextField
        id={FIELD_IDS.projectKey}
        label="Project key (optional)"
        value={draft.projectKey}
        onInput={set('projectKey')}
        error={shown('projectKey')}
        placeholder="WEB"
        hint="The capture window starts in this project."
      />
      {draft.projectKey.trim() !== '' && (
        <TextField
          id={FIELD_IDS.issueTypeId}
          label="Issue type id (optional)"
          value={draft.issueTypeId}
          onInput={set('issueTypeId')}
          error={shown('issueTypeId')}
          placeholder="10001"
          hint="The number Jira gives the issue type in this project; the capture window starts with it."
        />
      )}
      <VariableField id={FIELD_IDS.summary} label="Summary" value={draft.summary} onInput={set('summary')} error={shown('summary')} hint="Type {{ to insert a variable." />
      <VariableField
        id={FIELD_IDS.description}
        label="Description (Markdown)"
        multiline
        value={draft.description}
        onInput={set('description')}
        error={shown('description')}
        hint={`Type {{ to insert a variable. Page text is inserted as plain text. Up to ${TEMPLATE_LIMITS.description} characters.`}
      />
      <TemplatePreview summary={draft.summary} description={draft.description} />
      {error && <ErrorNotice error={error} />}
      <div class="actions">
        <button type="submit" aria-disabled={saving ? 'true' : undefined}>
          Save template
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
