import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Template } from '../../../lib/capture/template.ts';
import { asCodedError, type CodedError } from '../../../lib/errors.ts';
import type { StorageArea } from '../../../lib/storage/area.ts';
import { clearTemplateDraft, readTemplateDraft, saveTemplateDraft, type TemplateDraft } from '../../../lib/storage/template-draft.ts';
import { readTemplates, saveTemplates } from '../../../lib/storage/templates.ts';

export interface TemplateStorage {
  /** storage.sync: the templates (they hold no secrets, and follow the user). */
  sync: StorageArea;
  /** storage.local: the editor's unsaved draft. */
  local: StorageArea;
}

/** The stored templates and the editor's draft, each change written through to storage. */
export function useTemplates({ sync, local }: TemplateStorage) {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [draft, setDraftState] = useState<TemplateDraft | null>(null);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([readTemplates(sync), readTemplateDraft(local).catch(() => undefined)]).then(([list, saved]) => {
      if (!live) return;
      setTemplates(list);
      if (saved) {
        setDraftState(saved);
        setRestored(true);
      }
    });
    return () => {
      live = false;
    };
  }, [sync, local]);

  /** Every keystroke goes to storage.local, so closing the page loses nothing. */
  const setDraft = useCallback(
    (next: TemplateDraft | null) => {
      setDraftState(next);
      setRestored(false);
      // A draft that cannot be written only loses the restore-after-close; typing goes on.
      void (next ? saveTemplateDraft(local, next) : clearTemplateDraft(local)).catch(() => {});
    },
    [local],
  );

  /** Stores a new list; on a refusal nothing changes on the page and the error is returned. */
  const persist = useCallback(
    async (next: Template[]): Promise<CodedError | null> => {
      try {
        await saveTemplates(sync, next);
        setTemplates(next);
        return null;
      } catch (error) {
        return asCodedError(error);
      }
    },
    [sync],
  );

  return { templates, draft, restored, setDraft, persist };
}
