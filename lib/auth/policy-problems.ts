// Why an organization policy that exists cannot be used (managed-policy.ts): it does not parse, or
// its profile is not a valid one. Pages say it in the user's language; a module of its own, since
// every page's message schemas import it and the policy's parsing has no place there.
export const POLICY_PROBLEMS = ['unreadable', 'invalid_profile'] as const;
export type PolicyProblem = (typeof POLICY_PROBLEMS)[number];
