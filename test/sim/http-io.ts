// Node HTTP plumbing: read and parse request bodies, write Replies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './types.ts';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface ParsedBody {
  body: unknown;
  /** Why the body could not be understood; `status` is what Jira would answer. */
  problem?: { status: 400 | 415; message: string };
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function parseBody(contentType: string | undefined, raw: Buffer): ParsedBody {
  if (raw.length === 0) return { body: undefined };
  const text = raw.toString('utf8');
  const type = mediaType(contentType);
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return { body: JSON.parse(text) as unknown };
    } catch (error) {
      return { body: text, problem: { status: 400, message: `Request body is not valid JSON: ${(error as Error).message}` } };
    }
  }
  if (type === 'application/x-www-form-urlencoded') return { body: Object.fromEntries(new URLSearchParams(text)) };
  return { body: text, problem: { status: 415, message: `Unsupported Content-Type "${contentType ?? ''}"` } };
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
}

/** The Content-Type a reply is sent with: its own, else JSON (as Jira labels it) or HTML. */
export function replyContentType(reply: Reply): string | undefined {
  if (reply.body === undefined) return headerValue(reply.headers, 'content-type');
  return (
    headerValue(reply.headers, 'content-type') ??
    (typeof reply.body === 'string' ? 'text/html; charset=utf-8' : 'application/json;charset=UTF-8')
  );
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  const noBody = reply.body === undefined || reply.status === 204 || reply.status === 304;
  const payload = noBody ? undefined : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const headers: Record<string, string> = { ...reply.headers };
  const contentType = replyContentType(reply);
  if (payload !== undefined && contentType && !headerValue(reply.headers, 'content-type')) headers['Content-Type'] = contentType;
  if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}
