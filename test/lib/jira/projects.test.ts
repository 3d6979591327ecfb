import { describe, expect, it } from 'vitest';
import { processProjectsResponse, projectsRequest } from '../../../lib/jira/projects.ts';
import { API, CLOUD, jiraError, json, rejection } from './answers.ts';

const project = (id: string, key: string, name: string, avatar = `https://acme.atlassian.net/avatar/${id}`) => ({
  self: `${API}/project/${id}`,
  id,
  key,
  name,
  avatarUrls: { '48x48': avatar },
  projectTypeKey: 'software',
  simplified: false,
});

describe('projects', () => {
  it('asks for the projects the user may create in, by name, 50 at a time', () => {
    const request = projectsRequest(CLOUD, { query: ' big ', startAt: 50 });
    expect(request).toMatchObject({ method: 'GET', idempotent: true });
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${API}/project/search`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'create',
      query: 'big',
      startAt: '50',
      maxResults: '50',
      orderBy: 'name',
    });
  });

  it('leaves out an empty query', () => {
    expect(new URL(projectsRequest(CLOUD, { query: '  ' }).url).searchParams.has('query')).toBe(false);
  });

  it('returns the projects and where the next page starts', async () => {
    const page = await processProjectsResponse(
      json({ startAt: 0, maxResults: 2, total: 3, isLast: false, values: [project('1', 'BIG', 'Big'), project('2', 'OPS', 'Ops')] }),
    );
    expect(page).toEqual({
      projects: [
        { id: '1', key: 'BIG', name: 'Big', avatarUrl: 'https://acme.atlassian.net/avatar/1' },
        { id: '2', key: 'OPS', name: 'Ops', avatarUrl: 'https://acme.atlassian.net/avatar/2' },
      ],
      isLast: false,
      nextStartAt: 2,
    });
  });

  it('ends on the last page and drops avatars that are not https', async () => {
    const page = await processProjectsResponse(
      json({ startAt: 2, maxResults: 2, total: 3, isLast: true, values: [project('3', 'WEB', 'Web', 'http://x/a.png')] }),
    );
    expect(page).toEqual({ projects: [{ id: '3', key: 'WEB', name: 'Web' }], isLast: true });
  });

  it('refuses an answer without values as bad_response', async () => {
    expect((await rejection(processProjectsResponse(json({ isLast: true })))).code).toBe('bad_response');
  });

  it('passes Jira’s refusal on', async () => {
    const error = await rejection(processProjectsResponse(jiraError(400, ['Invalid orderBy'])));
    expect(error).toMatchObject({ code: 'jira_rejected', message: 'Invalid orderBy' });
  });
});
