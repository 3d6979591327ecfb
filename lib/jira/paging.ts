// Offset paging as Jira's PageBean answers it (startAt, maxResults, total, isLast). The spec
// makes `isLast` and `total` optional, so whichever came decides; with neither, a full page
// means there may be more. A page with no items ends the walk whatever the counts say, so a
// caller following `nextStartAt` cannot loop.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#pagination
export function nextStartAt(page: {
  startAt: number;
  count: number;
  maxResults?: number | undefined;
  total?: number | undefined;
  isLast?: boolean | undefined;
}): number | undefined {
  if (page.count === 0 || page.isLast === true) return undefined;
  const next = page.startAt + page.count;
  if (page.isLast === false) return next;
  if (page.total !== undefined) return next < page.total ? next : undefined;
  return page.maxResults !== undefined && page.count >= page.maxResults ? next : undefined;
}
