// Successful answers: JSON bodies, and for every GET the answer of the shared caching rules
// (@ino/contract cacheableAnswer: ETag, If-None-Match → 304, Cache-Control, Content-Language,
// CORS), which let a CDN serve most reads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CacheableAnswer } from '@ino/contract';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}

/** The If-None-Match header, as the shared caching rules take it. */
export const ifNoneMatch = (request: IncomingMessage): string | null => request.headers['if-none-match'] ?? null;

/** Sends a GET's answer: 304 without a body, or 200 with it (HEAD: its headers only). */
export function sendCacheable(request: IncomingMessage, response: ServerResponse, answer: CacheableAnswer): void {
  if (answer.status === 304) {
    response.writeHead(304, answer.headers).end();
    return;
  }
  response.writeHead(200, { ...answer.headers, 'content-length': Buffer.byteLength(answer.json) });
  response.end(request.method === 'HEAD' ? undefined : answer.json);
}
