export interface MessageSender {
  id?: string;
  url?: string;
}

/** Only this extension's own pages may talk to the worker: content scripts and other extensions
 *  (and web pages, via externally_connectable) are refused. Pages are recognised by their URL's
 *  origin, because the popup opened in a tab also carries `sender.tab`.
 *  https://developer.chrome.com/docs/extensions/develop/concepts/messaging#security-considerations */
export function isOwnPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || sender.url === undefined) return false;
  try {
    // Compare scheme and host, not URL.origin: for chrome-extension: and moz-extension: URLs the
    // WHATWG origin is the opaque "null", which would make every extension's pages look alike.
    const from = new URL(sender.url);
    const own = new URL(extensionOrigin);
    return from.protocol === own.protocol && from.host === own.host;
  } catch {
    return false;
  }
}
