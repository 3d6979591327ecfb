// Choosing a Jira site (options page, popup): the sites the user chose from were just listed by
// the worker, so the choice costs one request, who the user is on that site; a site the worker
// has not listed is checked with Atlassian first.
import { describe, expect, it } from 'vitest';
import { sim, useSimSuite, w } from './sim-suite.ts';

useSimSuite();

const paths = () => sim.log.map((e) => `${e.method} ${e.path}`);

describe('choosing a site', () => {
  it('from the sites just listed: only who the user is there', async () => {
    const { sites } = await w.call('session.get', {});
    const chosen = sites[1];
    if (!chosen) throw new Error('the simulator account has fewer than two sites');
    sim.clearLog();
    const session = await w.call('sites.select', { siteId: chosen.id });
    expect(session.site).toEqual(chosen);
    expect(session.user).not.toBeNull();
    expect(paths()).toEqual([`GET /ex/jira/${chosen.id}/rest/api/3/myself`]);
  });

  it('with no list remembered (a new browser session): the sites are listed first', async () => {
    const other = sim.state.sites[1]!.site.id;
    sim.clearLog();
    const session = await w.call('sites.select', { siteId: other });
    expect(session.site?.id).toBe(other);
    expect(paths()).toEqual(['GET /oauth/token/accessible-resources', `GET /ex/jira/${other}/rest/api/3/myself`]);
    await expect(w.call('sites.select', { siteId: 'not-a-site-of-this-account' })).rejects.toMatchObject({ code: 'jira_rejected' });
  });
});
