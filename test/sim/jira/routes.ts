// The Jira Cloud REST endpoints the simulator serves, under the 3LO gateway prefix
// /ex/jira/{cloudId}/rest/api/3/ (lib/ATLASSIAN.md#sites-and-addressing). The core checks the token,
// the site and the OpenAPI contract before and after each handler.
import type { Route } from '../types.ts';
import { approximateCount } from './approximate-count.ts';
import { getCreateMetaFields, getCreateMetaIssueTypes } from './createmeta.ts';
import { getComments, postComment } from './issue-comments.ts';
import { createIssue } from './issue-create.ts';
import { deleteIssue } from './issue-delete.ts';
import { editIssue } from './issue-edit.ts';
import { getEditMeta } from './issue-editmeta.ts';
import { getIssue } from './issue-get.ts';
import { issuePicker } from './issue-picker.ts';
import { doTransition, getTransitions } from './issue-transitions.ts';
import { jqlSuggestions } from './jql-suggestions.ts';
import { getMyself } from './myself.ts';
import { getPriorities } from './priorities.ts';
import { searchProjects } from './project-search.ts';
import { removedSearch, searchJqlGet, searchJqlPost } from './search-jql.ts';
import { findAssignableUsers } from './user-assignable.ts';

const API = '/ex/jira/:cloudId/rest/api/3';

function route(method: Route['method'], path: string, handler: Route['handler']): Route {
  return { host: 'api.atlassian.com', method, pattern: `${API}/${path}`, handler };
}

export const jiraRoutes: Route[] = [
  route('GET', 'myself', getMyself),
  route('GET', 'project/search', searchProjects),
  route('GET', 'priority', getPriorities),
  route('GET', 'issue/createmeta/:projectIdOrKey/issuetypes', getCreateMetaIssueTypes),
  route('GET', 'issue/createmeta/:projectIdOrKey/issuetypes/:issueTypeId', getCreateMetaFields),
  route('GET', 'issue/picker', issuePicker),
  route('POST', 'issue', createIssue),
  route('GET', 'issue/:issueIdOrKey', getIssue),
  route('PUT', 'issue/:issueIdOrKey', editIssue),
  route('DELETE', 'issue/:issueIdOrKey', deleteIssue),
  route('GET', 'issue/:issueIdOrKey/editmeta', getEditMeta),
  route('GET', 'issue/:issueIdOrKey/transitions', getTransitions),
  route('POST', 'issue/:issueIdOrKey/transitions', doTransition),
  route('GET', 'issue/:issueIdOrKey/comment', getComments),
  route('POST', 'issue/:issueIdOrKey/comment', postComment),
  route('GET', 'search/jql', searchJqlGet),
  route('POST', 'search/jql', searchJqlPost),
  route('POST', 'search/approximate-count', approximateCount),
  // Removed (CHANGE-2046): both methods answer 410.
  route('GET', 'search', removedSearch),
  route('POST', 'search', removedSearch),
  route('GET', 'jql/autocompletedata/suggestions', jqlSuggestions),
  route('GET', 'user/assignable/search', findAssignableUsers),
];
