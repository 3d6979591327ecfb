/** Unpadded base64url (RFC 4648 §5): safe in URLs and storage keys without escaping.
 *  https://www.rfc-editor.org/rfc/rfc4648#section-5 */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
