// The messages a page's first screen does not need, in one module that pages load with the first
// such message (reply-schemas.ts): profiles, opening, changing and finding issues, the capture
// window, and a lost create's outcome.
import { captureMessages } from './capture-messages.ts';
import { issueOpenMessages } from './issue-open-messages.ts';
import { outcomeMessages } from './outcome-messages.ts';
import { profileMessages } from './profile-messages.ts';

export const laterMessages = { ...profileMessages, ...issueOpenMessages, ...captureMessages, ...outcomeMessages } as const;
