// The site-wide Jira configuration both simulated sites share: status categories, statuses, the
// workflow between them, priorities, resolutions and issue types. Ids follow Jira Cloud's
// defaults where Jira has fixed ones (status categories 2/4/3, priorities 1..5, resolution
// 10000 "Done") and the 10000+ range otherwise.
import type { IssueType, Status, StatusCategory, Transition } from '../types.ts';

// Jira's three status categories (GET /rest/api/3/statuscategory on any Cloud site).
export const CATEGORY_NEW: StatusCategory = { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' };
export const CATEGORY_IN_PROGRESS: StatusCategory = { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' };
export const CATEGORY_DONE: StatusCategory = { id: 3, key: 'done', name: 'Done', colorName: 'green' };

export const STATUS_TODO = '10000';
export const STATUS_IN_PROGRESS = '10001';
export const STATUS_IN_REVIEW = '10002';
export const STATUS_DONE = '10003';

export function statuses(): Status[] {
  return [
    { id: STATUS_TODO, name: 'To Do', category: CATEGORY_NEW },
    { id: STATUS_IN_PROGRESS, name: 'In Progress', category: CATEGORY_IN_PROGRESS },
    { id: STATUS_IN_REVIEW, name: 'In Review', category: CATEGORY_IN_PROGRESS },
    { id: STATUS_DONE, name: 'Done', category: CATEGORY_DONE },
  ];
}

/** The transition whose screen requires a field: Resolve needs `resolution`. */
export const RESOLVE_TRANSITION_ID = '31';

/** The one workflow every project uses, keyed by the status a transition starts from. */
export function workflow(): Record<string, Transition[]> {
  const resolve: Transition = { id: RESOLVE_TRANSITION_ID, name: 'Resolve', to: STATUS_DONE, requiredFields: ['resolution'] };
  return {
    [STATUS_TODO]: [
      { id: '11', name: 'Start progress', to: STATUS_IN_PROGRESS, requiredFields: [] },
      { ...resolve },
    ],
    [STATUS_IN_PROGRESS]: [
      { id: '21', name: 'Request review', to: STATUS_IN_REVIEW, requiredFields: [] },
      { id: '41', name: 'Stop progress', to: STATUS_TODO, requiredFields: [] },
      { ...resolve },
    ],
    [STATUS_IN_REVIEW]: [
      { id: '51', name: 'Back to progress', to: STATUS_IN_PROGRESS, requiredFields: [] },
      { ...resolve },
    ],
    [STATUS_DONE]: [{ id: '61', name: 'Reopen', to: STATUS_TODO, requiredFields: [] }],
  };
}

// Jira Cloud's default priority scheme (ids 1 = Highest ... 5 = Lowest).
export const PRIORITY_MEDIUM = '3';
export function priorities(): { id: string; name: string }[] {
  return [
    { id: '1', name: 'Highest' },
    { id: '2', name: 'High' },
    { id: PRIORITY_MEDIUM, name: 'Medium' },
    { id: '4', name: 'Low' },
    { id: '5', name: 'Lowest' },
  ];
}

// Jira Cloud's default resolutions.
export function resolutions(): { id: string; name: string }[] {
  return [
    { id: '10000', name: 'Done' },
    { id: '10001', name: "Won't Do" },
    { id: '10002', name: 'Duplicate' },
    { id: '10003', name: 'Cannot Reproduce' },
  ];
}

export const TYPE_EPIC = '10000';
export const TYPE_TASK = '10001';
export const TYPE_BUG = '10002';
export const TYPE_STORY = '10003';
export const TYPE_SUBTASK = '10004';

// Hierarchy levels as Jira Cloud reports them: Epic 1, standard 0, Sub-task -1.
export function issueTypes(): IssueType[] {
  return [
    { id: TYPE_EPIC, name: 'Epic', description: 'A big user story that needs to be broken down.', subtask: false, hierarchyLevel: 1 },
    { id: TYPE_TASK, name: 'Task', description: 'A small, distinct piece of work.', subtask: false, hierarchyLevel: 0 },
    { id: TYPE_BUG, name: 'Bug', description: 'A problem or error.', subtask: false, hierarchyLevel: 0 },
    { id: TYPE_STORY, name: 'Story', description: "Functionality or a feature expressed as a user goal.", subtask: false, hierarchyLevel: 0 },
    { id: TYPE_SUBTASK, name: 'Sub-task', description: 'A small piece of work that is part of a larger task.', subtask: true, hierarchyLevel: -1 },
  ];
}
