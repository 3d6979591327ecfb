import { describe, expect, it } from 'vitest';
import { subtasksOf } from './lookup.ts';
import { answered, call, world } from './harness.ts';

describe('DELETE issue', () => {
  it('refuses an issue with sub-tasks unless deleteSubtasks=true, then removes them all', async () => {
    const w = world();
    const parent = [...w.acme.issues.values()].find((i) => i.key.startsWith('BIG-') && subtasksOf(w.acme, i).length > 0)!;
    const subs = subtasksOf(w.acme, parent).map((s) => s.key);
    const refused = answered(await call(w, 'DELETE', `issue/${parent.key}`), 400);
    expect(refused.body).toEqual({ errorMessages: [`The issue '${parent.key}' has subtasks.  You must specify the 'deleteSubtasks' parameter to delete this issue and all its subtasks.`], errors: {} });
    expect((await call(w, 'DELETE', `issue/${parent.key}`, { query: { deleteSubtasks: 'false' } })).status).toBe(400);
    answered(await call(w, 'DELETE', `issue/${parent.key}`, { query: { deleteSubtasks: 'true' } }), 204);
    for (const key of [parent.key, ...subs]) expect(w.acme.issues.has(key)).toBe(false);
    expect((await call(w, 'GET', `issue/${parent.key}`)).status).toBe(404);
  });

  it('deletes a plain issue and answers 404 afterwards', async () => {
    const w = world();
    const plain = [...w.acme.issues.values()].find((i) => i.key.startsWith('BIG-') && i.issueTypeId === '10001' && subtasksOf(w.acme, i).length === 0)!;
    expect((await call(w, 'DELETE', `issue/${plain.key}`)).status).toBe(204);
    expect((await call(w, 'DELETE', `issue/${plain.key}`)).status).toBe(404);
  });

  it('answers 403 without the Delete issues permission', async () => {
    const w = world();
    const web = [...w.acme.issues.values()].find((i) => i.key.startsWith('WEB-'))!;
    const res = answered(await call(w, 'DELETE', `issue/${web.key}`), 403);
    expect(res.body).toEqual({ errorMessages: ['You do not have permission to delete issues in this project.'], errors: {} });
    expect(w.acme.issues.has(web.key)).toBe(true);
  });
});
