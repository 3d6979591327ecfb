import type { IssueSummary, SearchPage } from '../../../lib/jira/search.ts';

/** A result row: ids and keys follow `n`; summary, status and assignee are readable. */
export function issue(n: number, overrides: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id: String(10000 + n),
    key: `ABC-${n}`,
    summary: `Issue number ${n}`,
    status: { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
    issuetype: { id: '1', name: 'Task', subtask: false },
    assignee: { accountId: 'u1', displayName: 'Alana Grant' },
    updated: '2026-03-01T10:00:00.000+0000',
    ...overrides,
  };
}

export function page(numbers: number[], nextPageToken?: string): SearchPage {
  return {
    issues: numbers.map((n) => issue(n)),
    ...(nextPageToken ? { nextPageToken } : {}),
    isLast: nextPageToken === undefined,
  };
}
