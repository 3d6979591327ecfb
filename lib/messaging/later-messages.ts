// The messages a page's first screen does not need, in one module that pages load with the first
// such message (reply-schemas.ts): profiles, an opened issue, finding issues, the capture window,
// a lost create's outcome, and the Create form's own loads (the popup's first frame answers its
// first ones, session-messages.ts `popup.start`).
import { captureMessages } from './capture-messages.ts';
import { createOutcomeMessages } from './create-outcome-messages.ts';
import { issueMessages } from './issue-messages.ts';
import { profileMessages } from './profile-messages.ts';
import { searchMessages } from './search-messages.ts';

export const laterMessages = {
  ...profileMessages,
  ...issueMessages,
  ...searchMessages,
  ...captureMessages,
  ...createOutcomeMessages,
} as const;
/** Apart from laterMessages: protocol.ts joins it on its own. */
export { createMessages } from './create-messages.ts';
