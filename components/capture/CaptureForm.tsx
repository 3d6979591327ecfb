import { useMemo, useRef, useState } from 'preact/hooks';
import type { CaptureRecord } from '../../lib/capture/capture-record.ts';
import { capturePrefill } from '../../lib/capture/prefill.ts';
import type { Template } from '../../lib/capture/template.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import { captureScope } from '../../lib/storage/drafts.ts';
import { CreateIssue, type StartDraft } from '../create/CreateIssue.tsx';
import type { FrameCreate } from '../../lib/storage/first-frame.ts';
import { TemplatePicker } from './TemplatePicker.tsx';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  request: MessageClient;
  session: Session;
  capture: CaptureRecord;
  templates: Template[];
  copy: (text: string) => Promise<void>;
  closeWindow: () => void;
  /** Today, for {{date}}. */
  today: () => Date;
  /** The popup's first frame's Create part, as last confirmed, and the capture's draft read with it. */
  frame?: FrameCreate | null | undefined;
  takeDraft?: StartDraft | undefined;
}

/** The template picker and the create form, prefilled from the capture with the chosen template. */
export function CaptureForm({ request, session, capture, templates, copy, closeWindow, today, frame, takeDraft }: Props) {
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [pending, setPending] = useState<Template | null>(null);
  const edited = useRef(false);
  const template = templates.find((t) => t.id === templateId) ?? templates[0];
  const siteUrl = session.site?.url ?? '';
  const date = useMemo(today, []);
  const prefill = useMemo(
    () => (template ? capturePrefill(template, capture, siteUrl, date) : undefined),
    [template, capture, siteUrl, date],
  );

  const choose = (id: string) => {
    const next = templates.find((t) => t.id === id);
    if (!next || id === templateId) return setPending(null);
    // Before the user typed, a template simply replaces the text; after, they are asked.
    if (edited.current) setPending(next);
    else setTemplateId(id);
  };

  return (
    <section class="capture-create" aria-label={t('captureFormLabel')}>
      <TemplatePicker
        templates={templates}
        value={templateId}
        onChange={choose}
        pending={pending}
        onReplace={() => {
          if (pending) setTemplateId(pending.id);
          setPending(null);
        }}
        onKeep={() => setPending(null)}
      />
      <CreateIssue
        request={request}
        session={session}
        copy={copy}
        prefill={prefill}
        draftScope={captureScope(capture.id)}
        frame={frame}
        takeDraft={takeDraft}
        onPrefillEdited={(now) => {
          edited.current = now;
        }}
        onCreated={() => void request('capture.done', { id: capture.id }).catch(() => {})}
        createdActions={
          <button type="button" onClick={closeWindow}>
            {t('captureCloseWindow')}
          </button>
        }
      />
    </section>
  );
}
