// One simulator, signed in once per file, and a fresh worker over it for every test: the setup the
// worker's simulator tests share, with the page requests they open with.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { FieldMeta } from '../../../lib/jira/field-meta.ts';
import { signIn } from '../../sim/oauth/sign-in.ts';
import type { TokenResponse } from '../../sim/oauth/tokens.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { expectNoViolations } from '../../sim/spec-guard.ts';
import { simWorker, type SimWorker } from './sim-worker.ts';

export const SITE_URL = 'https://acme-sim.atlassian.net';

// Live bindings: set by the hooks below, read by the tests of the file that called useSimSuite().
export let sim: Simulator;
export let tokens: TokenResponse;
export let w: SimWorker;
export let siteId: string;

/** Registers the hooks; every test starts with a new worker and ends with the simulator's checks. */
export function useSimSuite(): void {
  beforeAll(async () => {
    sim = await startSimulator({ seed: 1 });
    tokens = await signIn(sim);
    siteId = sim.state.sites[0]!.site.id;
  });
  afterAll(() => sim.close());
  beforeEach(() => {
    w = simWorker(sim, { tokens });
  });
  afterEach(() => {
    w.restore();
    sim.faults.clear();
    sim.clearLog();
    expectNoViolations(sim);
  });
}

/** Opens the popup: loads the session and picks Acme, as the header does. */
export async function openPopup(): Promise<void> {
  await w.call('session.get', {});
  const session = await w.call('sites.select', { siteId });
  expect(session.site?.url).toBe(SITE_URL);
}

/** Values for every required field the form would ask for, beyond summary. */
export function requiredValues(fields: FieldMeta[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (!field.required || ['project', 'issuetype', 'summary', 'reporter'].includes(field.fieldId)) continue;
    if (field.hasDefaultValue) continue;
    const first = field.allowedValues?.[0];
    if (!first) throw new Error(`no value for required field ${field.fieldId}`);
    values[field.fieldId] = { id: first.id };
  }
  return values;
}

/** The create form's requests: projects, last used, types, then fields of the chosen type. */
export async function openCreateForm(projectKey: string, typeName: string) {
  const { projects } = await w.call('projects.list', { siteId });
  await w.call('create.lastUsed', { siteId });
  const types = await w.call('create.issueTypes', { siteId, projectKey });
  const type = types.find((t) => t.name === typeName)!;
  const fields = await w.call('create.fields', { siteId, projectKey, issueTypeId: type.id });
  return { projects, issueTypeId: type.id, fields };
}
