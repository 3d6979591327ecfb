// The two simulated Jira Cloud sites, "Acme" and "Globex", built deterministically from the seed.
// Every user belongs to Acme; the inactive "former contractor" account does not belong to Globex.
// The first user (the one who signs in) is a member of both.
import { randomUuid } from '../random.ts';
import type { Random } from '../random.ts';
import type { SiteState, User } from '../types.ts';
import { issueTypes, priorities, statuses, workflow } from './jira-catalog.ts';
import { fieldDefs } from './jira-fields.ts';
import { seedProjectIssues } from './jira-issues.ts';
import { SITE_PLANS, buildProject } from './jira-projects.ts';

export { SEED_NOW } from './jira-issues.ts';

// Site avatars as accessible-resources returns them (Atlassian's site-admin avatar CDN).
const SITE_AVATARS = ['rocket', 'flag'];

export interface SeedOptions {
  /** Top-level issues of Acme's BIG project instead of its plan's count. */
  bigProjectIssueCount?: number;
}

export function seedSites(rand: Random, users: User[], options: SeedOptions = {}): SiteState[] {
  if (users.length === 0) throw new Error('seedSites needs at least one user');
  return SITE_PLANS.map((sitePlan, index) => {
    const plan = index === 0 ? withBigProject(sitePlan, options.bigProjectIssueCount) : sitePlan;
    const members = index === 0 ? [...users] : users.filter((u) => u.active);
    const cloudId = randomUuid(rand);
    let nextId = 10000;
    const id = () => String(nextId++);
    const site: SiteState = {
      site: {
        id: cloudId,
        name: plan.name,
        url: `https://${plan.slug}.atlassian.net`,
        avatarUrl: `https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/${SITE_AVATARS[index % SITE_AVATARS.length]}.png`,
      },
      projects: plan.projects.map((p) => buildProject(p, members, id)),
      issueTypes: issueTypes(),
      fields: fieldDefs(),
      statuses: statuses(),
      workflow: workflow(),
      priorities: priorities(),
      issues: new Map(),
      nextIssueId: 10000,
      nextIssueNumber: {},
      memberAccountIds: members.map((u) => u.accountId),
    };
    let commentId = 10000;
    const nextCommentId = () => String(commentId++);
    plan.projects.forEach((p, i) => {
      const project = site.projects[i];
      if (project) seedProjectIssues(rand, site, project, p, members, nextCommentId);
    });
    return site;
  });
}

/** Acme's plan with BIG's issue count replaced; the same plan when no count is given. */
function withBigProject(plan: (typeof SITE_PLANS)[number], issueCount: number | undefined): (typeof SITE_PLANS)[number] {
  if (issueCount === undefined) return plan;
  if (!Number.isInteger(issueCount) || issueCount < 1) throw new Error(`bigProjectIssueCount must be a positive integer, not ${issueCount}`);
  return { ...plan, projects: plan.projects.map((p) => (p.key === 'BIG' ? { ...p, issueCount } : p)) };
}
