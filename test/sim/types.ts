// The Atlassian simulator's shared shapes. Every module under test/sim/ builds on these, so a
// change here is a change to the contract between the server core, the OAuth endpoints, the
// Jira endpoints and the OpenAPI checks.

/** An OAuth 2.0 (3LO) app registered with the simulated auth.atlassian.com. */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Exact callback URLs; Atlassian compares redirect_uri byte for byte. */
  redirectUris: string[];
}

export interface Site {
  /** cloudId, a UUID. */
  id: string;
  name: string;
  /** https://<name>.atlassian.net */
  url: string;
  avatarUrl: string;
}

export interface User {
  accountId: string;
  displayName: string;
  emailAddress: string;
  timeZone: string;
  active: boolean;
}

export interface StatusCategory {
  id: number;
  key: 'new' | 'indeterminate' | 'done';
  name: string;
  colorName: string;
}

export interface Status {
  id: string;
  name: string;
  category: StatusCategory;
}

export interface Transition {
  id: string;
  name: string;
  /** Target status id. */
  to: string;
  /** Field ids that must be supplied (in `fields`) with this transition. */
  requiredFields: string[];
}

export interface IssueType {
  id: string;
  name: string;
  description: string;
  subtask: boolean;
  hierarchyLevel: number;
}

/** A field as create/edit metadata describes it (spec: FieldMetadata / IssueTypeIssueCreateMetadata). */
export interface FieldDef {
  /** `summary`, `priority`, `customfield_10050`, ... */
  id: string;
  name: string;
  /** Jira's JsonTypeBean. */
  schema: { type: string; items?: string; system?: string; custom?: string; customId?: number };
  operations: string[];
  /** For option-like fields: the values offered, in Jira's shape ({id, value} or {id, name}). */
  allowedValues?: Record<string, unknown>[];
  hasDefaultValue: boolean;
  autoCompleteUrl?: string;
}

/** Which fields a project + issue type offers on create, and which of them are required. */
export interface ScreenField {
  fieldId: string;
  required: boolean;
}

export interface Project {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'software' | 'business' | 'service_desk';
  leadAccountId: string;
  issueTypeIds: string[];
  /** Per issue type id: the fields of its create screen (edit uses the same set). */
  screens: Record<string, ScreenField[]>;
  components: { id: string; name: string }[];
  versions: { id: string; name: string; released: boolean }[];
  /** Account ids that may be assigned issues in this project. */
  assignableAccountIds: string[];
  /** Account ids that may create issues here (project/search?action=create). */
  creatorAccountIds: string[];
  /** Account ids that may delete issues here. */
  deleterAccountIds: string[];
}

export interface Comment {
  id: string;
  authorAccountId: string;
  /** ADF document. */
  body: unknown;
  created: string;
  updated: string;
}

/** One change to an issue's fields by one person (spec: Changelog), as Jira records it on every edit
 *  and transition; `expand=changelog` returns them, newest first. */
export interface ChangeHistory {
  id: string;
  authorAccountId: string;
  created: string;
  items: { field: string; fieldId: string; fieldtype: 'jira' | 'custom'; fromString: string | null; toString: string | null }[];
}

export interface Issue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  /** Field values as Jira stores them for the REST API (summary: string, description: ADF | null,
   *  priority: {id,name}, assignee/reporter: accountId | null, labels: string[], customfield_x: ...). */
  fields: Record<string, unknown>;
  parentKey: string | null;
  created: string;
  updated: string;
  watcherAccountIds: string[];
  comments: Comment[];
  /** Field changes since the issue was created (seeded issues have none). */
  changelog?: ChangeHistory[];
}

/** Everything one Jira site holds. */
export interface SiteState {
  site: Site;
  projects: Project[];
  issueTypes: IssueType[];
  fields: FieldDef[];
  statuses: Status[];
  /** Transitions available from a status id. */
  workflow: Record<string, Transition[]>;
  priorities: { id: string; name: string }[];
  /** Issues by key. */
  issues: Map<string, Issue>;
  nextIssueId: number;
  /** Next issue number per project key. */
  nextIssueNumber: Record<string, number>;
  /** Account ids of the users who have access to this site. */
  memberAccountIds: string[];
}

/** One user's consent to one client: what refresh-token rotation and revocation act on. */
export interface Grant {
  id: string;
  clientId: string;
  accountId: string;
  scopes: string[];
  siteIds: string[];
  revoked: boolean;
}

export interface AuthCode {
  code: string;
  grantId: string;
  clientId: string;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
}

export interface AccessToken {
  token: string;
  grantId: string;
  expiresAt: number;
  /** The authorization code this token's chain started from; a replayed code revokes the chain. */
  issuedFromCode?: string | undefined;
}

export interface RefreshToken {
  token: string;
  grantId: string;
  /** When a newer token replaced this one (ms), or null while it is the newest. */
  rotatedAt: number | null;
  lastUsedAt: number;
  createdAt: number;
  /** The authorization code this token's chain started from; a replayed code revokes the chain. */
  issuedFromCode?: string | undefined;
}

export interface SimOptions {
  /** Seed for every generated value (ids, names, dates). Same seed, same world. */
  seed: number;
  /** Access-token lifetime in seconds (Atlassian: 3600). */
  accessTokenTtlSeconds: number;
  /** How long a rotated-out refresh token stays usable, in seconds (Atlassian: 600). */
  refreshLeewaySeconds: number;
  /** Authorization-code lifetime in seconds. */
  codeTtlSeconds: number;
  /** Extra OAuth clients to register besides the seeded demo client. */
  clients: OAuthClient[];
  /** Top-level issues generated in Acme's BIG project (default 120; sub-tasks and epics come on
   *  top, 155 issues in all). A larger count gives searches many pages to go through. */
  bigProjectIssueCount: number;
}

export interface SimState {
  options: SimOptions;
  /** Milliseconds; tests may replace it to move time. */
  now: () => number;
  clients: OAuthClient[];
  users: User[];
  sites: SiteState[];
  grants: Grant[];
  codes: Map<string, AuthCode>;
  accessTokens: Map<string, AccessToken>;
  refreshTokens: Map<string, RefreshToken>;
  /** The account that the consent page signs in as (tests may switch it). */
  currentAccountId: string;
}

/** What the server core hands a route handler. */
export interface RequestContext {
  state: SimState;
  method: string;
  /** `auth.atlassian.com` or `api.atlassian.com` (port stripped). */
  host: string;
  /** Path without query, e.g. `/ex/jira/<cloudId>/rest/api/3/issue/ABC-1`. */
  path: string;
  /** Path parameters captured by the route pattern (`:name` segments). */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, form fields as a plain object, or undefined. */
  body: unknown;
  /** Set for api.atlassian.com routes after the bearer token was checked. */
  auth?: { grant: Grant; user: User };
  /** Set for /ex/jira/:cloudId/ routes after the site was checked against the grant. */
  site?: SiteState;
  /** Records a request the simulator considers malformed (see Simulator.violations); the server
   *  always sets it, handlers still answer the request as Atlassian would. */
  reportViolation?: (message: string) => void;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialised unless it is a string (sent as is, e.g. HTML). */
  body?: unknown;
}

export interface Route {
  host: 'auth.atlassian.com' | 'api.atlassian.com';
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path pattern with `:name` segments, e.g. `/ex/jira/:cloudId/rest/api/3/issue/:issueIdOrKey`. */
  pattern: string;
  /** False for the consent page and the token endpoint; true (default) needs a bearer token. */
  needsToken?: boolean;
  handler: (ctx: RequestContext) => Reply | Promise<Reply>;
}

/** Jira's error body (spec: ErrorCollection). */
export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}
