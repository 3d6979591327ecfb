// Another user's changes, as the extension's searches then see them.
import { describe, expect, it } from 'vitest';
import { answered, call, world } from './jira/harness.ts';
import { asUser, createProject, renameProject } from './steering.ts';

describe('steering: changes by another user', () => {
  it('an edit records who changed which field, newest first in expand=changelog; a comment moves updated and names its author', async () => {
    const w = world();
    const bruno = w.state.users[1]!;
    const key = await asUser(w.state, bruno.accountId).createIssue('Acme', 'WEB', { summary: 'First' });
    w.advance(60_000);
    await asUser(w.state, bruno.accountId).updateIssue('Acme', key, { summary: 'Second' });
    w.advance(60_000);
    await asUser(w.state, bruno.accountId).addComment('Acme', key, 'Hello');

    const got = answered(await call(w, 'GET', `issue/${key}`, { query: { expand: 'changelog', fields: 'updated,comment,reporter' } }), 200).body;
    expect(got.changelog.histories).toHaveLength(1);
    expect(got.changelog.histories[0]).toMatchObject({
      author: { accountId: bruno.accountId },
      items: [{ field: 'Summary', fieldId: 'summary', fromString: 'First', toString: 'Second' }],
    });
    expect(got.fields.reporter.accountId).toBe(bruno.accountId);
    expect(got.fields.comment.comments[0].author.accountId).toBe(bruno.accountId);
    expect(Date.parse(got.fields.updated)).toBe(w.state.now());
  });

  it('a new or renamed project is listed by project/search', async () => {
    const w = world();
    createProject(w.state, 'Acme', 'NEW', 'Newcomers');
    renameProject(w.state, 'Acme', 'NEW', 'Renamed');
    const page = answered(await call(w, 'GET', 'project/search', { query: { keys: 'NEW' } }), 200).body;
    expect(page.values.map((p: { key: string; name: string }) => [p.key, p.name])).toEqual([['NEW', 'Renamed']]);
  });
});
