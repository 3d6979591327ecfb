// Every request the simulator received, in arrival order, so tests can assert what the client
// actually sent (including requests that a fault answered or dropped).

export interface LoggedRequest {
  method: string;
  /** `auth.atlassian.com` or `api.atlassian.com` (whatever the Host header named, port stripped). */
  host: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON or form body, the raw text when it could not be parsed, undefined when empty. */
  body: unknown;
  /** HTTP status sent; 0 when the connection was dropped without an answer. */
  status: number;
  /** Arrival time in ms, on the simulator's clock (state.now()). */
  at: number;
}

export interface RequestLog {
  /** The live list; cleared in place so references stay valid. */
  readonly entries: LoggedRequest[];
  add(entry: LoggedRequest): LoggedRequest;
  clear(): void;
}

export function createRequestLog(): RequestLog {
  const entries: LoggedRequest[] = [];
  return {
    entries,
    add(entry) {
      entries.push(entry);
      return entry;
    },
    clear() {
      entries.length = 0;
    },
  };
}
