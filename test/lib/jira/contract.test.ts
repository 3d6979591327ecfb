// Every request the operations build goes through the real simulator, whose gateway checks it
// against Atlassian's OpenAPI document; every answer goes through the operation's processor. A
// request that breaks the spec fails the test that sent it (expectNoViolations after each test).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assignableUsersRequest, processAssignableUsersResponse } from '../../../lib/jira/assignable-users.ts';
import { createHttpSender } from '../../../lib/jira/client.ts';
import {
  createMetaFieldsRequest,
  createMetaIssueTypesRequest,
  processCreateMetaFieldsResponse,
  processCreateMetaIssueTypesResponse,
} from '../../../lib/jira/create-meta.ts';
import { createIssueRequest, processCreateIssueResponse } from '../../../lib/jira/create-issue.ts';
import { deleteIssueRequest, processDeleteIssueResponse } from '../../../lib/jira/delete-issue.ts';
import { editIssueRequest, processEditIssueResponse } from '../../../lib/jira/edit-issue.ts';
import { editMetaRequest, processEditMetaResponse } from '../../../lib/jira/edit-meta.ts';
import type { FieldMeta } from '../../../lib/jira/field-meta.ts';
import { getIssueRequest, processGetIssueResponse } from '../../../lib/jira/get-issue.ts';
import type { HttpRequest } from '../../../lib/jira/http-request.ts';
import { issuePickerRequest, processIssuePickerResponse } from '../../../lib/jira/issue-picker.ts';
import { processProjectsResponse, projectsRequest } from '../../../lib/jira/projects.ts';
import { createRetryingSender } from '../../../lib/jira/rate-limit.ts';
import { lostCreateSearchRequest, processLostCreate } from '../../../lib/jira/reconcile-create.ts';
import { processSearchResponse, searchRequest } from '../../../lib/jira/search.ts';
import {
  doTransitionRequest,
  processDoTransitionResponse,
  processTransitionsResponse,
  transitionsRequest,
} from '../../../lib/jira/transitions.ts';
import { signIn } from '../../sim/oauth/sign-in.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { expectNoViolations } from '../../sim/spec-guard.ts';
import { rejection } from '../../coded-failure.ts';

let sim: Simulator;
let cloudId: string;
let send: (request: HttpRequest) => Promise<Response>;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1 });
  const token = (await signIn(sim)).access_token;
  cloudId = sim.state.sites[0]!.site.id;
  // The production sender (lib/jira/client.ts) over the simulator's TLS.
  const http = createHttpSender(sim.fetch);
  send = (request) => http(request, token);
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.clear();
  expectNoViolations(sim);
});

/** Every BIG issue key, following nextPageToken to the end. */
async function allKeys(jql: string, maxResults: number): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  let pages = 0;
  do {
    const page = await processSearchResponse(await send(searchRequest(cloudId, { jql, maxResults, ...(nextPageToken ? { nextPageToken } : {}) })));
    keys.push(...page.issues.map((i) => i.key));
    nextPageToken = page.nextPageToken;
    pages += 1;
    expect(page.isLast).toBe(nextPageToken === undefined);
  } while (nextPageToken);
  return { keys, pages };
}

async function bugFields(): Promise<{ bugId: string; fields: FieldMeta[] }> {
  const types = await processCreateMetaIssueTypesResponse(await send(createMetaIssueTypesRequest(cloudId, 'BIG')));
  const bug = types.issueTypes.find((t) => t.name === 'Bug');
  expect(bug).toBeDefined();
  const fields: FieldMeta[] = [];
  let startAt: number | undefined = 0;
  while (startAt !== undefined) {
    const page = await processCreateMetaFieldsResponse(await send(createMetaFieldsRequest(cloudId, 'BIG', bug!.id, { startAt, maxResults: 5 })));
    fields.push(...page.fields);
    startAt = page.nextStartAt;
  }
  return { bugId: bug!.id, fields };
}

async function createBug(summary: string): Promise<{ id: string; key: string }> {
  const { bugId, fields } = await bugFields();
  const severity = fields.find((f) => f.fieldId === 'customfield_10050')!;
  return processCreateIssueResponse(
    await send(
      createIssueRequest(cloudId, {
        fields: {
          project: { key: 'BIG' },
          issuetype: { id: bugId },
          summary,
          customfield_10050: { id: severity.allowedValues![0]!.id },
        },
        update: { labels: [{ add: 'contract' }] },
      }),
    ),
  );
}

describe('contract with the simulator (OpenAPI-checked)', () => {
  it('pages through all BIG issues with nextPageToken, none twice', async () => {
    const expected = [...sim.state.sites[0]!.issues.values()].filter((i) => i.key.startsWith('BIG-')).length;
    expect(expected).toBeGreaterThanOrEqual(120);
    const { keys, pages } = await allKeys('project = BIG ORDER BY created DESC', 40);
    expect(keys).toHaveLength(expected);
    expect(new Set(keys).size).toBe(expected);
    expect(pages).toBe(Math.ceil(expected / 40));
  });

  it('shows a JQL error with Jira’s message', async () => {
    const bad = await rejection(processSearchResponse(await send(searchRequest(cloudId, { jql: 'project = BIG AND prioritee = High' }))));
    expect(bad.code).toBe('jira_rejected');
    expect(bad.message).toMatch(/prioritee/);
    const unbounded = await rejection(processSearchResponse(await send(searchRequest(cloudId, { jql: 'ORDER BY key' }))));
    expect(unbounded).toMatchObject({ code: 'jira_rejected', details: { status: 400 } });
    expect(unbounded.message.length).toBeGreaterThan(10);
  });

  it('lists the projects the user may create in', async () => {
    const page = await processProjectsResponse(await send(projectsRequest(cloudId)));
    const keys = page.projects.map((p) => p.key);
    expect(keys).toContain('BIG');
    expect(keys).not.toContain('OPS'); // the signed-in user may not create there
    expect(page.isLast).toBe(true);
    const found = await processProjectsResponse(await send(projectsRequest(cloudId, { query: 'big' })));
    expect(found.projects.map((p) => p.key)).toEqual(['BIG']);
  });

  it('reads create metadata page by page: Bug in BIG requires Severity', async () => {
    const { bugId, fields } = await bugFields();
    const whole = await processCreateMetaFieldsResponse(await send(createMetaFieldsRequest(cloudId, 'BIG', bugId)));
    expect(whole.nextStartAt).toBeUndefined();
    expect(fields.map((f) => f.fieldId)).toEqual(whole.fields.map((f) => f.fieldId));
    expect(fields.length).toBeGreaterThan(5);
    const severity = fields.find((f) => f.fieldId === 'customfield_10050');
    expect(severity).toMatchObject({ name: 'Severity', required: true, schema: { type: 'option' } });
    expect(severity?.allowedValues?.length).toBeGreaterThan(0);
    expect(severity?.allowedValues?.every((v) => v.id !== '' && v.value !== undefined)).toBe(true);
  });

  it('creates a Bug (Severity required), reads it back, edits it and walks its workflow', async () => {
    const { bugId } = await bugFields();
    const missing = await rejection(
      processCreateIssueResponse(
        await send(createIssueRequest(cloudId, { fields: { project: { key: 'BIG' }, issuetype: { id: bugId }, summary: 'No severity' } })),
      ),
    );
    expect(missing.code).toBe('jira_rejected');
    expect(missing.details.fieldErrors?.customfield_10050).toMatch(/Severity/);

    const created = await createBug('Contract: login fails');
    expect(created.key).toMatch(/^BIG-\d+$/);

    const issue = await processGetIssueResponse(
      await send(getIssueRequest(cloudId, created.key, { fields: ['customfield_10050'], expand: ['names', 'transitions'] })),
    );
    expect(issue).toMatchObject({
      id: created.id,
      key: created.key,
      summary: 'Contract: login fails',
      status: { categoryKey: 'new' },
      issuetype: { id: bugId, name: 'Bug' },
      labels: ['contract'],
      project: { key: 'BIG' },
      subtasks: [],
    });
    expect(issue.otherFields.customfield_10050).toMatchObject({ id: expect.any(String) });
    expect(issue.names?.customfield_10050).toBe('Severity');
    expect(issue.transitions?.map((t) => t.name)).toContain('Resolve');

    const meta = await processEditMetaResponse(await send(editMetaRequest(cloudId, created.key)));
    expect(meta.fields.summary).toMatchObject({ fieldId: 'summary', required: true });
    await processEditIssueResponse(await send(editIssueRequest(cloudId, created.key, { fields: { summary: 'Contract: login fails on Safari' } })));
    const emptied = await rejection(processEditIssueResponse(await send(editIssueRequest(cloudId, created.key, { fields: { summary: '' } }))));
    expect(emptied.details.fieldErrors?.summary).toBeDefined();
    const edited = await processGetIssueResponse(await send(getIssueRequest(cloudId, created.key, { fields: [] })));
    expect(edited.summary).toBe('Contract: login fails on Safari');

    const transitions = await processTransitionsResponse(await send(transitionsRequest(cloudId, created.key)));
    const resolve = transitions.find((t) => t.name === 'Resolve')!;
    const resolution = resolve.fields.find((f) => f.fieldId === 'resolution')!;
    expect(resolution.required).toBe(true);
    expect(resolve.to.categoryKey).toBe('done');
    const refused = await rejection(processDoTransitionResponse(await send(doTransitionRequest(cloudId, created.key, resolve.id))));
    expect(refused.details.fieldErrors?.resolution).toBeDefined();
    await processDoTransitionResponse(
      await send(doTransitionRequest(cloudId, created.key, resolve.id, { resolution: { id: resolution.allowedValues![0]!.id } })),
    );
    const done = await processGetIssueResponse(await send(getIssueRequest(cloudId, created.key, { fields: [] })));
    expect(done.status.categoryKey).toBe('done');
  });

  it('finds a fresh create in search at once only through reconcileIssues', async () => {
    const created = await createBug('Contract: reconciled right away');
    const jql = `project = BIG AND key = ${created.key}`;
    const plain = await processSearchResponse(await send(searchRequest(cloudId, { jql })));
    expect(plain.issues).toEqual([]);
    const reconciled = await processSearchResponse(await send(searchRequest(cloudId, { jql, reconcileIssues: [created.id] })));
    expect(reconciled.issues.map((i) => i.key)).toEqual([created.key]);
  });

  it('finds a create whose answer was lost, by exact summary', async () => {
    const since = new Date().toISOString();
    const summary = 'Lost answer: "quotes" & [brackets] ~ café 42?';
    // The create reaches Jira but its answer is dropped on the way back.
    await send(createIssueRequest(cloudId, { fields: await bugInput(summary) }));
    await send(createIssueRequest(cloudId, { fields: await bugInput(`${summary} (copy)`) }));
    const check = () => send(lostCreateSearchRequest(cloudId, { projectKey: 'BIG', summary, sinceIso: since }));
    // The lost issue's id is unknown, so reconcileIssues cannot name it: right away, search lags.
    expect(await processLostCreate(await check(), summary)).toEqual([]);
    const realNow = sim.state.now;
    sim.state.now = () => realNow() + 6_000; // past the simulated index lag
    try {
      const found = await processLostCreate(await check(), summary);
      expect(found.map((i) => i.summary)).toEqual([summary]);
    } finally {
      sim.state.now = realNow;
    }
  });

  it('a request Jira takes and never answers fails with timeout once the deadline passes', async () => {
    const http = createHttpSender(sim.fetch, 1_000);
    const token = (await signIn(sim)).access_token;
    sim.faults.next(1, { kind: 'hang' }, { method: 'GET', pathIncludes: '/myself' });
    const started = performance.now();
    const error = await rejection(http({ method: 'GET', url: `https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/myself`, idempotent: true }, token));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('Jira did not answer in 1 s. Try again.');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a token request Atlassian never answers names Atlassian', async () => {
    const http = createHttpSender(sim.fetch, 1_000);
    sim.faults.next(1, { kind: 'hang' }, { host: 'auth.atlassian.com' });
    const error = await rejection(http({ method: 'POST', url: 'https://auth.atlassian.com/oauth/token', body: {}, idempotent: false }));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('Atlassian did not answer in 1 s. Try again.');
  });

  it('finds nothing when the create never arrived', async () => {
    const since = new Date().toISOString();
    const summary = 'Never arrived';
    sim.faults.next(1, { kind: 'drop' }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    const lost = await rejection(send(createIssueRequest(cloudId, { fields: await bugInput(summary) })));
    expect(lost.code).toBe('network');
    const realNow = sim.state.now;
    sim.state.now = () => realNow() + 6_000;
    try {
      const check = lostCreateSearchRequest(cloudId, { projectKey: 'BIG', summary, sinceIso: since });
      expect(await processLostCreate(await send(check), summary)).toEqual([]);
    } finally {
      sim.state.now = realNow;
    }
  });

  it('deletes an issue with sub-tasks only when told to take them too', async () => {
    const subtasks = await processSearchResponse(
      await send(searchRequest(cloudId, { jql: 'project = BIG AND issuetype = "Sub-task" ORDER BY created ASC', maxResults: 1 })),
    );
    const sub = await processGetIssueResponse(await send(getIssueRequest(cloudId, subtasks.issues[0]!.key, { fields: [] })));
    const parentKey = sub.parent!.key;
    const parent = await processGetIssueResponse(await send(getIssueRequest(cloudId, parentKey, { fields: [] })));
    expect(parent.subtasks.map((s) => s.key)).toContain(sub.key);

    const refused = await rejection(processDeleteIssueResponse(await send(deleteIssueRequest(cloudId, parentKey, { deleteSubtasks: false }))));
    expect(refused.code).toBe('has_subtasks');
    expect(refused.message).toMatch(/subtasks/);
    await processDeleteIssueResponse(await send(deleteIssueRequest(cloudId, parentKey, { deleteSubtasks: true })));
    for (const key of [parentKey, sub.key]) {
      const gone = await rejection(processGetIssueResponse(await send(getIssueRequest(cloudId, key, { fields: [] }))));
      expect(gone.code).toBe('issue_not_found');
    }
  });

  it('deletes a plain issue, and says when the project does not allow it', async () => {
    const created = await createBug('Contract: to be deleted');
    await processDeleteIssueResponse(await send(deleteIssueRequest(cloudId, created.key, { deleteSubtasks: false })));
    const again = await rejection(processDeleteIssueResponse(await send(deleteIssueRequest(cloudId, created.key, { deleteSubtasks: false }))));
    expect(again.code).toBe('issue_not_found');
    const denied = await rejection(processDeleteIssueResponse(await send(deleteIssueRequest(cloudId, 'OPS-1', { deleteSubtasks: false }))));
    expect(denied).toMatchObject({ code: 'permission_denied', message: 'You do not have permission to delete issues in this project.' });
  });

  it('lists assignable people by project and by issue', async () => {
    const byProject = await processAssignableUsersResponse(await send(assignableUsersRequest(cloudId, { project: 'BIG' }, '')));
    expect(byProject.length).toBeGreaterThan(1);
    const first = byProject[0]!;
    const narrowed = await processAssignableUsersResponse(
      await send(assignableUsersRequest(cloudId, { project: 'BIG' }, first.displayName.slice(0, 3))),
    );
    expect(narrowed.map((u) => u.accountId)).toContain(first.accountId);
    const byIssue = await processAssignableUsersResponse(await send(assignableUsersRequest(cloudId, { issueKey: 'BIG-2' }, '')));
    expect(byIssue.map((u) => u.accountId).sort()).toEqual(byProject.map((u) => u.accountId).sort());
  });

  it('suggests issues without repeats', async () => {
    const picked = await processIssuePickerResponse(
      await send(issuePickerRequest(cloudId, { query: 'BIG-1', currentJQL: 'project = BIG', showSubTasks: true })),
    );
    expect(picked.length).toBeGreaterThan(0);
    expect(picked[0]!.key).toBe('BIG-1');
    expect(new Set(picked.map((p) => p.key)).size).toBe(picked.length);
    expect(picked.every((p) => p.key.startsWith('BIG-1'))).toBe(true);
  });

  it('waits out a 429 for a read, and leaves a failed create to the user', async () => {
    const waits: number[] = [];
    const retrying = createRetryingSender(send, {
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      now: Date.now,
      onWait: (ms) => waits.push(ms),
    });
    sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 1 }, { pathIncludes: '/search/jql' });
    const page = await processSearchResponse(await retrying(searchRequest(cloudId, { jql: 'project = BIG', maxResults: 1 })));
    expect(page.issues).toHaveLength(1);
    expect(waits).toEqual([1000]);

    sim.faults.next(1, { kind: 'status', status: 503, retryAfterSeconds: 1 }, { method: 'POST', pathIncludes: '/rest/api/3/issue' });
    const busy = await rejection(processCreateIssueResponse(await retrying(createIssueRequest(cloudId, { fields: await bugInput('Busy') }))));
    expect(busy.code).toBe('server_error');
    expect(waits).toEqual([1000]);
  });
});

async function bugInput(summary: string): Promise<Record<string, unknown>> {
  const { bugId, fields } = await bugFields();
  const severity = fields.find((f) => f.fieldId === 'customfield_10050')!;
  return { project: { key: 'BIG' }, issuetype: { id: bugId }, summary, customfield_10050: { id: severity.allowedValues![0]!.id } };
}
