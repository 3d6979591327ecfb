// Word lists and small ADF builders for generated issue text. Summaries read like real backlog
// items so searching, picking and paging in tests look like work on a real site.
import { pick } from '../random.ts';
import type { Random } from '../random.ts';
import { TYPE_BUG, TYPE_EPIC, TYPE_STORY, TYPE_SUBTASK } from './jira-catalog.ts';

const THINGS = [
  'login page', 'checkout flow', 'search results', 'invoice export', 'password reset', 'dashboard',
  'notification settings', 'API rate limiter', 'mobile menu', 'user avatars', 'CSV import',
  'billing webhook', 'audit log', 'onboarding tour', 'dark mode', 'session timeout', 'file upload',
  'report builder', 'permissions screen', 'email templates', 'sync worker', 'status page',
];
const BUG_SYMPTOMS = [
  'crashes on', 'shows a blank screen in', 'times out in', 'double-submits in', 'loses data in',
  'renders wrong dates in', 'ignores the locale in', 'leaks memory in',
];
const TASK_VERBS = ['Update', 'Refactor', 'Document', 'Migrate', 'Clean up', 'Add metrics to', 'Review', 'Automate tests for'];
const STORY_GOALS = [
  'export my data from the', 'customise the', 'share a link to the', 'undo changes in the',
  'filter the', 'get notified about the', 'bookmark the',
];
const ROLES = ['admin', 'customer', 'team lead', 'new user', 'support agent'];
const EPIC_THEMES = ['Payments revamp', 'Accessibility audit', 'Performance quarter', 'Self-serve onboarding', 'Mobile parity', 'Data retention'];
const SUBTASK_STEPS = ['Write tests', 'Update docs', 'Code review fixes', 'Design review', 'QA sign-off', 'Feature flag rollout'];
const SENTENCES = [
  'Reported by several customers this week.',
  'Steps to reproduce are in the linked support ticket.',
  'This blocks the next release candidate.',
  'We agreed on the approach in the planning meeting.',
  'Keep the old behaviour behind a feature flag until rollout is complete.',
  'Happens only with slow network connections.',
  'Needs a migration for existing accounts.',
  'Follow the design in the shared Figma file.',
];

export const LABELS = ['frontend', 'backend', 'api', 'ux', 'performance', 'security', 'tech-debt', 'customer', 'regression', 'quick-win'];

export function summaryFor(rand: Random, typeId: string): string {
  switch (typeId) {
    case TYPE_EPIC:
      return pick(rand, EPIC_THEMES);
    case TYPE_BUG:
      return `App ${pick(rand, BUG_SYMPTOMS)} the ${pick(rand, THINGS)}`;
    case TYPE_STORY:
      return `As a ${pick(rand, ROLES)}, I want to ${pick(rand, STORY_GOALS)} ${pick(rand, THINGS)}`;
    case TYPE_SUBTASK:
      return pick(rand, SUBTASK_STEPS);
    default: {
      const thing = pick(rand, THINGS);
      return `${pick(rand, TASK_VERBS)} the ${thing}`;
    }
  }
}

export function sentences(rand: Random, count: number): string {
  return Array.from({ length: count }, () => pick(rand, SENTENCES)).join(' ');
}

/** A one-paragraph ADF document (the shape in lib/ATLASSIAN.md#atlassian-document-format). */
export function paragraphDoc(text: string): Record<string, unknown> {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
