// The moment a page is of use, as a standard User Timing mark: the popup's and the capture window's
// Create form shown (components/create/CreateForm.tsx), the options page's profiles
// (components/options/ProfileList.tsx). DevTools shows it; `npm run bench` reads it from the page's
// timeline afterwards (README, "Performance"); work ahead of need waits for it (when-idle.ts).
// https://w3c.github.io/user-timing/#dom-performance-mark
export const READY_MARK = 'qaj:ready';

export function markReady(): void {
  performance.mark(READY_MARK);
}
