// Which URLs may serve as an OAuth endpoint of a profile. Shared by the profile schema (stored and
// managed profiles) and the profile form (which explains each problem to the user).

/** Plain http is acceptable only when it never leaves the machine (RFC 8252 §8.3, loopback).
 *  https://www.rfc-editor.org/rfc/rfc8252#section-8.3 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export type EndpointUrlCheck = { ok: true; url: URL } | { ok: false; code: 'invalid_url' | 'https_required' };

export function checkEndpointUrl(value: string): EndpointUrlCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, code: 'invalid_url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'https_required' };
  // Credentials in the URL would be sent to whoever the host is, and make lookalike URLs
  // (https://auth.atlassian.com@evil.example/) easy. An endpoint URI must not have a fragment
  // (RFC 6749 §3.1, https://www.rfc-editor.org/rfc/rfc6749#section-3.1).
  if (url.username !== '' || url.password !== '' || url.hash !== '' || url.hostname === '') {
    return { ok: false, code: 'invalid_url' };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  // Tokens and the client secret travel to these endpoints: TLS is required (RFC 6749 §3.1, §3.2;
  // RFC 9700 §2.6, https://www.rfc-editor.org/rfc/rfc9700#section-2.6).
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url };
  return { ok: false, code: 'https_required' };
}

export function isEndpointUrl(value: string): boolean {
  return checkEndpointUrl(value).ok;
}
