// Which "More fields" record (more-fields-memory.ts) a form reads: one per site, project and type.
// Apart from the record's storage, which loads after the first render (more-fields-memory.lazy.ts).
export const moreFieldsSlot = (siteId: string, projectKey: string, issueTypeId: string): string =>
  `${siteId}/${projectKey}/${issueTypeId}`;
