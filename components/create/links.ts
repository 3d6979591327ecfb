// Links into Jira from the Create section. Only https ones are shown: the site URL and the
// created issue's link come from the worker, and a page must not offer a javascript: or http: link.

export function httpsUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Jira's own full create screen for a project and issue type, for fields this form cannot fill.
 * `pid` takes the project's numeric id, not its key.
 */
export function finishInJiraUrl(siteUrl: string, projectId: string, issueTypeId: string): string | undefined {
  if (httpsUrl(siteUrl) === undefined) return undefined;
  const url = new URL('/secure/CreateIssueDetails!init.jspa', siteUrl);
  url.searchParams.set('pid', projectId);
  url.searchParams.set('issuetype', issueTypeId);
  return url.toString();
}
