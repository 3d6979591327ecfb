/** Where the worker keeps the outcome of a form's last create (write-outcome.ts): beside the
 *  form's draft, under the same scope. Apart from write-outcome.ts so that a page can look for a
 *  record without loading its schema up front. */
export const outcomeKey = (scope: string): string => `outcome.${scope}`;
