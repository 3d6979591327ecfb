// A fetch for Node tests that sends the production URLs (https://auth.atlassian.com/...,
// https://api.atlassian.com/...) to the simulator over real TLS: DNS is bypassed by dialling
// 127.0.0.1:<port>, while SNI and certificate checks still use the URL's hostname, so the client
// code under test runs unchanged.
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { SIMULATED_HOSTS } from './cert.ts';

export interface SimFetch {
  fetch: typeof globalThis.fetch;
  close(): Promise<void>;
}

function isSimulatedHost(hostname: string): boolean {
  return (SIMULATED_HOSTS as readonly string[]).includes(hostname);
}

/** Undici's fetch only recognises its own Request class, so a global Request is unpacked. */
async function unpack(input: string | URL | Request, init: RequestInit | undefined): Promise<[string, RequestInit]> {
  if (typeof input === 'string' || input instanceof URL) return [String(input), init ?? {}];
  const body = input.body === null ? null : await input.arrayBuffer();
  return [
    input.url,
    { method: input.method, headers: input.headers, body, redirect: input.redirect, signal: input.signal, ...init },
  ];
}

export function createSimFetch(port: number, certPem: string): SimFetch {
  const tlsConnect = buildConnector({ ca: certPem });
  const agent = new Agent({
    connect(options, callback) {
      if (!isSimulatedHost(options.hostname)) {
        callback(new Error(`the simulator does not serve ${options.hostname}`), null);
        return;
      }
      tlsConnect({ ...options, hostname: '127.0.0.1', port: String(port), servername: options.hostname }, callback);
    },
  });
  const simFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const [url, requestInit] = await unpack(input, init);
    const { protocol, hostname } = new URL(url);
    // Refuse anything else outright: a test must never reach the real network by accident.
    if (protocol !== 'https:' || !isSimulatedHost(hostname)) {
      throw new TypeError(`sim.fetch only reaches https://${SIMULATED_HOSTS.join(' and https://')}, not ${url}`);
    }
    // Undici's Request/Response are the same WHATWG classes Node's global fetch is built from.
    const response = await undiciFetch(url, { ...(requestInit as object), dispatcher: agent });
    return response as unknown as Response;
  };
  return { fetch: simFetch as typeof globalThis.fetch, close: () => agent.close() };
}
