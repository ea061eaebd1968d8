/** Reading request bodies and writing JSON replies (node:http only). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http';
import { parseBracketEntries } from './params';

const MAX_BODY = 1_000_000;

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) throw new HttpError(413, { success: false, errors: ['Request body too large.'] });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Decodes a body by its Content-Type: JSON (an empty JSON body is `{}`, §2.1b), urlencoded form
 * with bracket keys, or, without a type, whichever it looks like.
 */
export function parseBody(contentType: string | undefined, raw: string): unknown {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (raw.trim() === '') return {};
  if (type === 'application/json' || type.endsWith('+json') || (type === '' && /^\s*[{[]/.test(raw))) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new HttpError(400, { success: false, errors: ['Malformed JSON body.'] });
    }
  }
  if (type === 'multipart/form-data')
    throw new HttpError(415, { success: false, errors: ['multipart/form-data is not supported.'] });
  return parseBracketEntries(new URLSearchParams(raw).entries());
}

/** CORS for extension pages (REFERENCE.md: undocumented on the real API; the sandbox is permissive). */
export function setCors(response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  response.setHeader('Access-Control-Max-Age', '600');
}

export function writeJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
