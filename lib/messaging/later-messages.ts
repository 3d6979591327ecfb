// The messages a page's first screen does not need, in one module that pages load with the first
// such message (reply-schemas.ts): profiles, an opened issue and its comments, finding issues, the
// capture window, a lost create's outcome, watches, and the Create form's own loads (the popup's
// first frame answers its first ones, session-messages.ts `popup.start`).
import { captureMessages } from './capture-messages.ts';
import { commentMessages } from './comment-messages.ts';
import { createOutcomeMessages } from './create-outcome-messages.ts';
import { issueMessages } from './issue-messages.ts';
import { profileMessages } from './profile-messages.ts';
import { searchMessages } from './search-messages.ts';
import { watchMessages } from './watch-messages.ts';

export const laterMessages = {
  ...profileMessages,
  ...issueMessages,
  ...commentMessages,
  ...searchMessages,
  ...captureMessages,
  ...createOutcomeMessages,
  ...watchMessages,
} as const;
/** Apart from laterMessages: protocol.ts joins it on its own. */
export { createMessages } from './create-messages.ts';
