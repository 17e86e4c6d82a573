// Successful answers: JSON bodies, and for every GET the answer of the shared caching rules
// (@ino/contract representationOf: ETag, If-None-Match → 304, Cache-Control, Content-Language,
// CORS), which let a CDN serve most reads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchesIfNoneMatch } from '@ino/contract';
import { sendCompressible, type CompressibleBody } from './compress.js';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}

/** The If-None-Match header, as the shared caching rules take it. */
export const ifNoneMatch = (request: IncomingMessage): string | null => request.headers['if-none-match'] ?? null;

/**
 * Sends a GET's answer: 304 without a body when If-None-Match names its ETag, else 200 with the body,
 * compressed as the client allows (HEAD: its headers only). Returns whether a compressed copy of the
 * body was made for it.
 */
export function sendRepresentation(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>, body: CompressibleBody): boolean {
  if (matchesIfNoneMatch(ifNoneMatch(request), headers.etag!)) {
    response.writeHead(304, { ...headers, ...(body.compressible ? { vary: 'Accept-Encoding' } : {}) }).end();
    return false;
  }
  return sendCompressible(request, response, 200, { ...headers, 'content-type': 'application/json' }, body);
}
