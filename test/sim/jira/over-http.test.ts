// The Jira endpoints behind the real server: token, gateway, OpenAPI checks and JSON over TLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../oauth/sign-in.ts';
import { startSimulator } from '../server.ts';
import type { Simulator } from '../server.ts';
import { FIELD_SEVERITY } from '../seed/jira-fields.ts';
import { TYPE_BUG } from '../seed/jira-catalog.ts';

let sim: Simulator;
let token: string;
let api: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1 });
  token = (await signIn(sim)).access_token;
  const acme = sim.state.sites[0]!;
  api = `https://api.atlassian.com/ex/jira/${acme.site.id}/rest/api/3`;
});

afterAll(async () => {
  await sim.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response JSON loosely
async function jira(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await sim.fetch(`${api}/${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
}

describe('Jira over HTTP', () => {
  it('creates, finds, transitions and deletes an issue without a single violation', async () => {
    expect((await jira('GET', 'myself')).json.accountId).toBe(sim.state.users[0]!.accountId);
    const meta = await jira('GET', `issue/createmeta/BIG/issuetypes/${TYPE_BUG}`);
    expect(meta.json.fields.some((f: { fieldId: string; required: boolean }) => f.fieldId === FIELD_SEVERITY && f.required)).toBe(true);
    const created = await jira('POST', 'issue', { fields: { project: { key: 'BIG' }, issuetype: { id: TYPE_BUG }, summary: 'Over the wire', [FIELD_SEVERITY]: { value: 'Minor' } } });
    expect(created.status).toBe(201);
    const search = await jira('POST', 'search/jql', { jql: 'project = BIG AND summary ~ "Over the wire"', fields: ['summary'], reconcileIssues: [Number(created.json.id)] });
    expect(search.json.issues.map((i: { key: string }) => i.key)).toEqual([created.json.key]);
    expect((await jira('PUT', `issue/${created.json.key}`, { update: { labels: [{ add: 'wire' }] } })).status).toBe(204);
    expect((await jira('POST', `issue/${created.json.key}/transitions`, { transition: { id: '11' } })).status).toBe(204);
    const got = await jira('GET', `issue/${created.json.key}?fields=labels,status&expand=names`);
    expect(got.json.fields.labels).toEqual(['wire']);
    expect(got.json.fields.status.name).toBe('In Progress');
    const paged = await jira('GET', 'search/jql?jql=project%20%3D%20BIG&maxResults=50&fields=summary,assignee');
    expect(paged.json.issues).toHaveLength(50);
    expect((await jira('DELETE', `issue/${created.json.key}`)).status).toBe(204);
    expect((await jira('GET', 'search')).status).toBe(410);
    expect(sim.takeViolations().filter((v) => !v.message.includes('deprecated operation'))).toEqual([]);
  });
});
