import { useRef, useState } from 'preact/hooks';
import { newTemplateId, type Template } from '../../../lib/capture/template.ts';
import type { CodedError } from '../../../lib/errors.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { blankDraft, draftOf, templateOf } from './template-form.ts';
import { TemplateEditor } from './TemplateEditor.tsx';
import { buttonId, TemplateList } from './TemplateList.tsx';
import { useTemplates, type TemplateStorage } from './useTemplates.ts';
import './templates.css';
import { t } from '../../../lib/i18n/page-text.ts';

type Outcome = { text: string; undo?: () => void };

/** The Templates section of the options page: the list, and the editor for one template. */
export function TemplateSettings(storage: TemplateStorage) {
  const { templates, draft, restored, setDraft, persist } = useTemplates(storage);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<CodedError | null>(null);
  const [saveError, setSaveError] = useState<CodedError | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  // Storage answers in milliseconds; no live announcement that would compete with the sign-in one.
  if (templates === null) return <p class="hint">{t('templateLoading')}</p>;

  const report = (next: Outcome) => {
    setOutcome(next);
    setError(null);
    // The control that was used may be gone (a deleted template), so the outcome takes focus.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  const edit = (next: typeof draft) => {
    setSaveError(null);
    setOutcome(null);
    setDraft(next);
  };

  const save = async () => {
    if (!draft) return;
    const index = templates.findIndex((t) => t.id === draft.editingId);
    const template = templateOf(draft, index >= 0 ? (draft.editingId as string) : newTemplateId());
    const next = index >= 0 ? templates.map((t, i) => (i === index ? template : t)) : [...templates, template];
    const failure = await persist(next);
    setSaveError(failure);
    if (failure) return;
    setDraft(null);
    report({ text: t('templateSaved', template.name) });
  };

  const remove = async (id: string) => {
    const index = templates.findIndex((t) => t.id === id);
    const gone = templates[index];
    if (!gone) return;
    const before = templates;
    const failure = await persist(templates.filter((t) => t.id !== id));
    if (failure) return setError(failure);
    if (draft?.editingId === id) setDraft(null);
    report({
      text: t('templateDeleted', gone.name),
      undo: () => {
        void persist(before).then((undoFailure) => {
          if (undoFailure) setError(undoFailure);
          else report({ text: t('templateUndone', gone.name) });
        });
      },
    });
  };

  const move = async (id: string, step: -1 | 1) => {
    const from = templates.findIndex((t) => t.id === id);
    const to = from + step;
    const next = [...templates];
    [next[from], next[to]] = [next[to] as Template, next[from] as Template];
    const failure = await persist(next);
    setError(failure);
    setOutcome(null);
    if (failure) return;
    // Focus stays with the moved template: the same button, or the other one at an end.
    requestAnimationFrame(() => {
      const same = document.getElementById(buttonId(id, step < 0 ? 'up' : 'down'));
      (same ?? document.getElementById(buttonId(id, step < 0 ? 'down' : 'up')))?.focus();
    });
  };

  const cancel = () => {
    edit(null);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  return (
    <section class="panel templates" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templateTitle')}</h2>
      <p class="hint">{t('templateIntro')}</p>
      <TemplateList templates={templates} onEdit={(id) => edit(draftOf(templates.find((t) => t.id === id) as Template))} onDelete={(id) => void remove(id)} onMove={(id, step) => void move(id, step)} />
      {outcome && (
        <div ref={outcomeRef} class="notice notice-info" role="status" tabIndex={-1}>
          <p>{outcome.text}</p>
          {outcome.undo && (
            <button type="button" onClick={outcome.undo}>
              {t('templateUndo')}
            </button>
          )}
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      {draft ? (
        <TemplateEditor draft={draft} onChange={edit} onSave={save} onCancel={cancel} restored={restored} error={saveError} />
      ) : (
        <button type="button" ref={addRef} onClick={() => edit(blankDraft())}>
          {t('templateAdd')}
        </button>
      )}
    </section>
  );
}
