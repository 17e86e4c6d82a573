// Successful answers: JSON bodies, and for every GET the caching rules of CONTRACT.md §1 (ETag from the
// body, If-None-Match → 304, Cache-Control, Content-Language), which let a CDN serve most reads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { etagOf, matchesIfNoneMatch } from '@ino/mock-api/shared';

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}

/** A GET's answer: 200 with the body, or 304 when the client's ETag still matches. HEAD gets no body. */
export function sendCacheable(request: IncomingMessage, response: ServerResponse, body: object, lang: string, headers: Record<string, string>): void {
  const json = JSON.stringify(body);
  const etag = etagOf(json);
  const cacheHeaders = {
    ...headers,
    etag,
    'cache-control': CACHE_CONTROL,
    'content-language': 'lang' in body ? String(body.lang) : lang,
  };
  if (matchesIfNoneMatch(request.headers['if-none-match'] ?? null, etag)) {
    response.writeHead(304, cacheHeaders).end();
    return;
  }
  response.writeHead(200, { ...cacheHeaders, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  response.end(request.method === 'HEAD' ? undefined : json);
}
