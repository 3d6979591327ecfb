// The one protocol between the extension's pages and its worker. Both directions are parsed with
// these schemas: a page never trusts a reply's shape, and the worker never trusts a request's.
import * as z from 'zod/mini';
import { ERROR_CODES } from '../errors.ts';
import { siteSchema } from '../jira/site.ts';
import { authStateSchema, profileFormSchema, saveProfileResultSchema, sessionSchema } from './views.ts';

export const errorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryAfterMs: z.optional(z.number()),
  fieldErrors: z.optional(z.record(z.string(), z.string())),
  status: z.optional(z.number()),
});

/** Request payload and reply value schemas, by message type. */
const id = z.string().check(z.minLength(1));

export const protocol = {
  /** The Jira sites the signed-in user can reach (Atlassian accessible-resources). */
  'sites.list': { request: z.object({}), reply: z.array(siteSchema) },
  /** Profiles, which one is selected, and each one's connection state. */
  'auth.state': { request: z.object({}), reply: authStateSchema },
  /** Create (no id) or update a custom profile from the options form. */
  'profiles.save': { request: z.object({ form: profileFormSchema }), reply: saveProfileResultSchema },
  'profiles.delete': { request: z.object({ profileId: id }), reply: authStateSchema },
  'profiles.select': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** Runs the Atlassian consent flow for a profile; ends connected with a session. */
  'auth.connect': { request: z.object({ profileId: id }), reply: sessionSchema },
  /** Forgets the profile's tokens; keeps its settings and every draft. */
  'auth.signOut': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** The selected profile's site and user; not_connected / reconnect_needed when it cannot. */
  'session.get': { request: z.object({}), reply: sessionSchema },
  /** Chooses the site for the selected profile (remembered per profile). */
  'sites.select': { request: z.object({ siteId: id }), reply: sessionSchema },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T]['reply']>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

export const replyEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;
