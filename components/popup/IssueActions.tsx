import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import type { PopupStart } from '../../lib/omnibox/popup-start.ts';
import type { FrameCreate } from '../../lib/storage/first-frame.ts';
import type { StartDraft } from '../create/CreateIssue.tsx';
import { CreateIssue } from '../create/CreateIssue.tsx';
import { projectOfKey } from '../find/project-of-key.ts';
import { prefetch } from '../ui/lazy.ts';
import { whenReadyAndIdle } from '../ui/when-idle.ts';
import { LazySection } from '../ui/LazySection.tsx';
import { findIssuesModule } from '../find/FindIssues.lazy.ts';
import { openIssueModule } from '../issue/OpenIssue.lazy.ts';
import { activityListModule } from '../activity/ActivityList.lazy.ts';
import { t } from '../../lib/i18n/page-text.ts';
import './popup.css';

interface Props {
  request: MessageClient;
  session: Session;
  /** Puts text on the clipboard (the entrypoint supplies it). */
  copy: (text: string) => Promise<void>;
  /** Where to start: `find` opens the Find section searching for those words (the omnibox). */
  initial?: PopupStart | undefined;
  /** The first frame's Create part, as last confirmed, and its draft (CreateIssue). */
  frame?: FrameCreate | null;
  takeDraft?: StartDraft | undefined;
}

const TABS = [
  { id: 'create', label: () => t('tabCreate'), module: null },
  { id: 'find', label: () => t('tabFind'), module: findIssuesModule },
  { id: 'open', label: () => t('tabOpen'), module: openIssueModule },
  { id: 'activity', label: () => t('activityTab'), module: activityListModule },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The main area: Create, Find, Open and Activity as WAI-ARIA tabs (arrows, Home and End move
 * between them and select). A section is built the first time its tab is chosen and then kept, hidden, so
 * switching back finds it as it was; a site switch starts every section afresh. Find, Open and
 * Activity load their code the first time they are chosen (FindIssues.lazy.ts, OpenIssue.lazy.ts,
 * ActivityList.lazy.ts); pointing at or focusing their tab starts that early, and so does the
 * popup once its Create form is shown and it is idle, so a tab chosen later shows at once.
 */
export function IssueActions({ request, session, copy, initial, frame, takeDraft }: Props) {
  const firstTab: TabId = initial?.find !== undefined ? 'find' : initial?.open ? 'open' : 'create';
  const [tab, setTab] = useState<TabId>(firstTab);
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([firstTab]));
  /** The key handed to Open, and a count so the same key opened again reloads it. */
  const [opened, setOpened] = useState<{ key: string; serial: number } | null>(initial?.open ? { key: initial.open, serial: 0 } : null);
  /** The project of an issue created in this popup: fresher than the one the worker remembers. */
  const [created, setCreated] = useState<{ siteId: string; projectKey: string | undefined } | null>(null);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const panels = useRef<Record<string, HTMLDivElement | null>>({});
  const focusPanel = useRef(false);
  const siteKey = session.site?.id ?? '';
  const lastProject = created?.siteId === siteKey ? created.projectKey : undefined;

  useEffect(() => whenReadyAndIdle(() => TABS.forEach(({ module }) => module && prefetch(module))), []);

  const select = (id: TabId, focus: 'tab' | 'panel' | 'none' = 'none') => {
    setTab(id);
    setVisited((seen) => (seen.has(id) ? seen : new Set([...seen, id])));
    if (focus === 'tab') tabs.current[id]?.focus();
    focusPanel.current = focus === 'panel';
  };

  useLayoutEffect(() => {
    if (!focusPanel.current) return;
    focusPanel.current = false;
    panels.current[tab]?.focus();
  });

  const openIssue = (key: string) => {
    setOpened((previous) => ({ key, serial: (previous?.serial ?? 0) + 1 }));
    // The list that had focus is being hidden: focus goes to the section that shows the issue.
    select('open', 'panel');
  };

  const onTabKey = (event: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length];
    if (next) select(next.id, 'tab');
  };

  const content = (id: TabId) => {
    if (!visited.has(id)) return null;
    switch (id) {
      case 'create':
        return (
          <CreateIssue
            key={siteKey}
            request={request}
            session={session}
            copy={copy}
            frame={frame}
            takeDraft={takeDraft}
            // Find's "Recently updated" follows the project just created in.
            onCreated={(key) => setCreated({ siteId: siteKey, projectKey: projectOfKey(key) })}
          />
        );
      case 'find':
        return (
          <LazySection module={findIssuesModule} loading={t('popupLoadingFind')}>
            {({ FindIssues }) => (
              <FindIssues
                key={siteKey}
                request={request}
                session={session}
                onOpen={openIssue}
                lastProjectKey={lastProject}
                initialWords={initial?.find}
              />
            )}
          </LazySection>
        );
      case 'open':
        return (
          <LazySection module={openIssueModule} loading={t('popupLoadingOpen')}>
            {({ OpenIssue }) => (
              <OpenIssue
                key={`${siteKey}#${opened?.serial ?? 0}`}
                request={request}
                session={session}
                initialKey={opened?.key}
                copy={copy}
              />
            )}
          </LazySection>
        );
      case 'activity':
        return (
          <LazySection module={activityListModule} loading="">
            {({ ActivityList }) => <ActivityList request={request} session={session} onOpen={openIssue} />}
          </LazySection>
        );
    }
  };

  return (
    <section class="issue-actions" aria-label={t('popupIssueActions')}>
      <div class="action-tabs" role="tablist" aria-label={t('popupIssueActions')} onKeyDown={onTabKey}>
        {TABS.map(({ id, label, module }) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`action-tab-${id}`}
            aria-selected={tab === id ? 'true' : 'false'}
            aria-controls={`action-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => select(id)}
            onPointerEnter={module ? () => prefetch(module) : undefined}
            onFocus={module ? () => prefetch(module) : undefined}
          >
            {label()}
          </button>
        ))}
      </div>
      {TABS.map(({ id }) => (
        <div
          key={id}
          ref={(el) => {
            panels.current[id] = el;
          }}
          class="action-panel"
          role="tabpanel"
          id={`action-panel-${id}`}
          aria-labelledby={`action-tab-${id}`}
          tabIndex={-1}
          hidden={tab !== id}
        >
          {content(id)}
        </div>
      ))}
    </section>
  );
}
