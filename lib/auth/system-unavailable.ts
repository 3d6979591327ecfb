// Why this build offers no built-in app (system-profile.ts): it was built without one, or with one
// that has neither a token broker nor an embedded secret. Pages say it in the user's language; a
// module of its own, since every page's message schemas import it.
export const SYSTEM_UNAVAILABLE = ['no_app', 'no_secret'] as const;
export type SystemUnavailable = (typeof SYSTEM_UNAVAILABLE)[number];
