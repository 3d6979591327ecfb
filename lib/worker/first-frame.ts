// The popup's first frame (lib/storage/first-frame.ts): built by the worker from what it holds
// (the session view, the metadata cache, the last used project and type) and written to
// storage.session whenever one of those changes. Removed whenever the account, profile or site it
// belongs to may have changed: the popup paints it before asking anything, so a frame of another
// account would be shown to this one.
//
// Every removal starts a new generation, as sign-ins do for tokens (lib/auth/access-token.ts): a
// frame built before a removal is not written after it. The check and the write it guards run in
// one turn of the event loop, and storage applies calls in the order they are made, so a removal
// decided later is applied later.
import * as z from 'zod/mini';
import { createMetaIssueTypeSchema } from '../jira/views/create-meta.ts';
import { fieldMetaSchema } from '../jira/views/field-meta.ts';
import type { Session } from '../messaging/views.ts';
import type { StorageArea } from '../storage/area.ts';
import { FIRST_FRAME_KEY, type FirstFrame, type FrameCreate } from '../storage/first-frame.ts';
import { metaKeys } from '../storage/keys.ts';
import { readLastUsed } from '../storage/last-used.ts';
import { CREATE_META_POLICY } from '../storage/meta-cache.ts';
import { lastUsedFirst } from './create-meta-handlers.ts';
import { loadFields, loadIssueTypes, loadProjects, projectListSchema } from './create-meta-load.ts';
import type { IssueContext } from './jira-context.ts';
import type { Send } from './session.ts';

export interface FrameStore<T> {
  /** A writer for a frame built from now on; it writes nothing if the frame was removed meanwhile. */
  begin(): (frame: T) => Promise<void>;
  /** Removes the frame, and voids every writer begun before. */
  clear(): Promise<void>;
}
export type FirstFrameStore = FrameStore<FirstFrame>;

/** A first frame kept under `key` in storage.session: the popup's, or the options page's
 *  (lib/storage/options-frame.ts, stored as `{ auth }`). */
export function createFrameStore<T>(session: StorageArea, key: string): FrameStore<T> {
  let generation = 0;
  return {
    begin() {
      const mine = generation;
      // The frame only saves time: a refused write costs the next page a message, nothing else.
      return async (frame) => {
        if (mine === generation) await session.set({ [key]: frame }).catch(() => {});
      };
    },
    async clear() {
      generation += 1;
      await session.remove(key).catch(() => {});
    },
  };
}

export const createFirstFrameStore = (session: StorageArea): FirstFrameStore => createFrameStore(session, FIRST_FRAME_KEY);

/**
 * The frame of `session`: its site's projects, last used project and type, that project's types
 * and that type's fields. With `send`, what the cache lacks is loaded from Jira (and cached), as
 * the Create form would; without, only what the cache holds is used. A list that cannot be had
 * leaves the Create part out (the form then loads it itself, with its own notices).
 */
export async function buildFirstFrame(ctx: IssueContext, session: Session, send?: Send): Promise<FirstFrame> {
  const siteId = session.site?.id;
  if (siteId === undefined) return { session, create: null };
  try {
    return { session, create: await createPart(ctx, siteId, send) };
  } catch {
    return { session, create: null };
  }
}

async function createPart(ctx: IssueContext, siteId: string, send: Send | undefined): Promise<FrameCreate | null> {
  const { cache, deps } = ctx;
  const read = <S extends z.ZodMiniType>(key: string, schema: S, project: string | undefined, load: (send: Send) => Promise<z.infer<S>>) =>
    send
      ? cache.get(key, schema, CREATE_META_POLICY, project === undefined ? { siteId } : { siteId, project }, () => load(send))
      : cache.peek(key, schema, CREATE_META_POLICY);
  const [list, last] = await Promise.all([
    read(metaKeys.projects(siteId), projectListSchema, undefined, (s) => loadProjects(s, siteId)),
    readLastUsed(deps.local, siteId),
  ]);
  if (!list) return null;
  const projects = lastUsedFirst(list.projects, last?.projectKey);
  const project = last && projects.some((p) => p.key === last.projectKey) ? last.projectKey : undefined;
  const types =
    project === undefined
      ? undefined
      : await read(metaKeys.issueTypes(siteId, project), z.array(createMetaIssueTypeSchema), project, (s) => loadIssueTypes(s, siteId, project));
  const typeId = last && types?.some((t) => t.id === last.issueTypeId) ? last.issueTypeId : undefined;
  const fields =
    project === undefined || typeId === undefined
      ? undefined
      : await read(metaKeys.fields(siteId, project, typeId), z.array(fieldMetaSchema), project, (s) => loadFields(s, siteId, project, typeId));
  return {
    siteId,
    projects,
    lastUsed: last ?? null,
    issueTypes: project !== undefined && types ? { projectKey: project, types } : null,
    fields: project !== undefined && typeId !== undefined && fields ? { projectKey: project, issueTypeId: typeId, fields } : null,
  };
}
