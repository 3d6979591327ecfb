import type { IssueView } from '../../../lib/jira/get-issue.ts';
import type { Transition } from '../../../lib/jira/transitions.ts';
import type { Session } from '../../../lib/messaging/views.ts';

export const SITE = { id: 'c-acme', name: 'Acme', url: 'https://acme.atlassian.net', scopes: [] };

export function session(overrides: Partial<Session> = {}): Session {
  return { profileId: 'p1', profileName: 'Work', sites: [SITE], site: SITE, user: null, ...overrides };
}

export const urlOf = (key: string) => `https://acme.atlassian.net/browse/${key}`;

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
export const para = (...content: unknown[]) => ({ type: 'paragraph', content });
export const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });

export function issue(overrides: Partial<IssueView> = {}): IssueView {
  return {
    id: '10001',
    key: 'ABC-123',
    summary: 'Fix login on Safari',
    status: { id: '1', name: 'To Do', categoryKey: 'new' },
    issuetype: { id: '10', name: 'Bug', subtask: false },
    priority: { id: '3', name: 'Medium' },
    assignee: { accountId: 'u1', displayName: 'Alana Grant' },
    reporter: { accountId: 'u2', displayName: 'Ben Ortiz' },
    created: '2026-01-05T10:00:00.000+0100',
    updated: '2026-02-10T16:30:00.000+0000',
    labels: ['frontend', 'safari'],
    description: doc(para(text('Users on Safari cannot log in.'))),
    subtasks: [],
    project: { id: '100', key: 'ABC', name: 'Alpha' },
    otherFields: {},
    ...overrides,
  };
}

export const sub = (key: string, summary: string) => ({ id: key, key, summary, status: { id: '1', name: 'To Do', categoryKey: 'new' } });

export { doc };

const DONE = { id: '3', name: 'Done', categoryKey: 'done' };
const IN_PROGRESS = { id: '2', name: 'In Progress', categoryKey: 'indeterminate' };

export const startTransition: Transition = { id: '11', name: 'Start progress', to: IN_PROGRESS, fields: [] };

export const resolveTransition: Transition = {
  id: '31',
  name: 'Resolve',
  to: DONE,
  fields: [
    {
      fieldId: 'resolution',
      key: 'resolution',
      name: 'Resolution',
      required: true,
      schema: { type: 'resolution', system: 'resolution' },
      allowedValues: [
        { id: '1', name: 'Fixed' },
        { id: '2', name: "Won't Do" },
      ],
      operations: ['set'],
    },
    {
      fieldId: 'customfield_10100',
      key: 'customfield_10100',
      name: 'Root cause',
      required: false,
      schema: { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', customId: 10100 },
      operations: ['set'],
    },
  ],
};

export const approveTransition: Transition = {
  id: '41',
  name: 'Approve',
  to: DONE,
  fields: [
    {
      fieldId: 'customfield_10200',
      key: 'customfield_10200',
      name: 'Approvers',
      required: true,
      schema: { type: 'array', items: 'group', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker', customId: 10200 },
      operations: ['set'],
    },
  ],
};

export { deferred } from '../../deferred.ts';
