import { useRef, useState } from 'preact/hooks';
import type { FormPlan, FormValues } from '../../lib/jira/fields/index.ts';
import { readDraft, type CreateDraft, type DraftField, type StoredDraft } from '../../lib/storage/drafts.ts';
import { outcomeKey } from '../../lib/storage/form-keys.ts';
import type { DraftLeftover, DraftNoticeState } from '../ui/DraftNotice.tsx';
import { useDraftSaver } from '../ui/useDraftSaver.ts';
import type { PreferredTarget } from './useCreateTarget.ts';
import { changedFields, leftoverText, restoreCreate } from '../form/restore-draft.ts';

type Fields = Record<string, DraftField>;

export interface FormTarget {
  projectKey: string;
  issueTypeId: string;
}

/** What a draft says, whatever the order of its fields and when it was saved. */
const signature = (d: CreateDraft) =>
  JSON.stringify([d.projectKey, d.issueTypeId, Object.entries(d.fields).sort(([a], [b]) => a.localeCompare(b))]);

/**
 * The create form's draft: read once when the section opens, put into the first form shown, and
 * saved (debounced) as the user types. Only Jira's answer to a create removes it, or Discard.
 */
export function useCreateDraft(scope: string, siteId: string, now: () => number = Date.now, preRead?: { draft: StoredDraft | undefined }) {
  const { area, saver, status, sync } = useDraftSaver(scope);
  /** The draft read before the first render (the popup's first frame), if it is this form's. */
  const [early] = useState(() => {
    const draft = preRead?.draft;
    return draft?.kind === 'create' && draft.siteId === siteId ? draft : null;
  });
  /** The draft waiting to fill the next form: after loading, or after Undo. */
  const [restoring, setRestoring] = useState<CreateDraft | null>(early);
  const [notice, setNotice] = useState<DraftNoticeState | null>(early && { kind: 'restored', savedAt: early.savedAt });
  /** Bumped when the form must start over (Discard, Undo). */
  const [generation, setGeneration] = useState(0);
  const applied = useRef<{ formKey: string; values: FormValues } | null>(null);
  /** Draft fields no form has taken; saved along with the form's own, so they are not lost. */
  const leftover = useRef<Fields>(early?.fields ?? {});
  const latest = useRef<CreateDraft | null>(early);
  const discarded = useRef<CreateDraft | null>(null);
  const lastSignature = useRef(early ? signature(early) : '');

  const adopt = (draft: CreateDraft) => {
    applied.current = null;
    leftover.current = draft.fields;
    latest.current = draft;
    lastSignature.current = signature(draft);
    setRestoring(draft);
    setNotice({ kind: 'restored', savedAt: draft.savedAt });
  };

  // Read once, as the section opens. The project list waits for it, so a draft's project and type
  // are chosen before any form shows. An unreadable store means no draft; the form works as ever.
  const target = (draft: CreateDraft): PreferredTarget => ({ projectKey: draft.projectKey, issueTypeId: draft.issueTypeId });
  const [ready] = useState(() =>
    preRead ? Promise.resolve(early ? target(early) : undefined) : readDraft(area, scope, now())
      .catch(() => undefined)
      .then((draft): PreferredTarget | undefined => {
        if (draft?.kind !== 'create' || draft.siteId !== siteId) return undefined;
        adopt(draft);
        return target(draft);
      }),
  );

  /** The starting values of the form `formKey`, if the draft is to fill it; once per draft. */
  const initialFor = (formKey: string, plan: FormPlan, target: FormTarget): FormValues | undefined => {
    if (!restoring) return undefined;
    if (applied.current) return applied.current.formKey === formKey ? applied.current.values : undefined;
    const same = restoring.projectKey === target.projectKey && restoring.issueTypeId === target.issueTypeId;
    const { values, leftover: rest } = restoreCreate(plan, restoring.fields, same);
    applied.current = { formKey, values };
    leftover.current = rest;
    return values;
  };

  /** The form changed: save what the user typed, or remove the draft when nothing is left. A form
   *  that still holds just what it was given (`start`: a capture's prefilled text) is not a draft;
   *  once the user changed it, every filled field is kept, prefilled ones too. */
  const onValues = (plan: FormPlan, values: FormValues, target: FormTarget, start?: FormValues) => {
    const typed = start === undefined || Object.keys(changedFields(plan, values, start)).length > 0;
    const fields = { ...leftover.current, ...(typed ? changedFields(plan, values) : {}) };
    if (Object.keys(fields).length === 0) {
      if (lastSignature.current === '') return;
      lastSignature.current = '';
      latest.current = null;
      saver.schedule(null);
      return;
    }
    const draft: CreateDraft = { kind: 'create', savedAt: now(), siteId, ...target, fields };
    if (signature(draft) === lastSignature.current) return;
    lastSignature.current = signature(draft);
    latest.current = draft;
    saver.schedule(draft);
    // New typing makes the discarded draft's Undo a way to lose it.
    setNotice((current) => (current?.kind === 'discarded' ? null : current));
  };

  const forget = () => {
    lastSignature.current = '';
    latest.current = null;
    leftover.current = {};
    applied.current = null;
    setRestoring(null);
  };

  return {
    /** The draft's project and type once read, to preselect instead of the last used ones. */
    preferred: ready,
    /** The same, known in the first render when the draft was read before it. */
    preferredNow: early ? target(early) : undefined,
    notice,
    /** A refused write, or the draft changed in another window, for DraftStatus. */
    status,
    /** Puts the newer draft another window wrote into the form; returns it, for its project and type. */
    loadNewer: (): CreateDraft | undefined => {
      const newer = status.elsewhere?.kind === 'changed' ? status.elsewhere.draft : null;
      sync.loaded();
      if (newer?.kind !== 'create' || newer.siteId !== siteId) return undefined;
      adopt(newer);
      setGeneration((n) => n + 1);
      return newer;
    },
    /** Writes this form over what another window wrote or removed. */
    keepMine: () => sync.keep(latest.current),
    generation,
    /** Readable draft text no form shows; all of it while no form has taken the draft (`formPending` false). */
    leftover: (formPending: boolean): DraftLeftover[] => {
      if (applied.current) return leftoverText(leftover.current);
      return formPending ? [] : leftoverText(restoring?.fields ?? {});
    },
    initialFor,
    onValues,
    /** Writes what is still waiting to be written (before a create is sent). */
    flush: () => saver.flush(),
    /** Jira created the issue and this page shows it: the draft has done its job, and so has the
     *  worker's record of the outcome (it is for pages that did not hear the answer). */
    created: () => {
      forget();
      discarded.current = null;
      setNotice(null);
      sync.reset();
      void saver.now(null);
      void area.remove(outcomeKey(scope)).catch(() => {});
    },
    discard: () => {
      discarded.current = latest.current;
      forget();
      setNotice(discarded.current ? { kind: 'discarded' } : null);
      setGeneration((n) => n + 1);
      void saver.now(null);
    },
    undo: () => {
      const draft = discarded.current;
      if (!draft) return;
      discarded.current = null;
      adopt(draft);
      setGeneration((n) => n + 1);
      void saver.now(draft);
    },
  };
}
