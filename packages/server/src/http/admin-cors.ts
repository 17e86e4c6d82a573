// CORS for the organiser API (CONTRACT.md §4): only the organiser origins the operator allows
// (INO_ADMIN_ORIGINS, none by default). A page on any other origin gets no CORS headers, so its
// browser keeps the answer from it. No credentials: the token travels in Authorization. The CSV's file
// name (Content-Disposition) is exposed with the ETag, so that a page can save the file by its name.
import type { IncomingMessage } from 'node:http';

const PREFLIGHT_MAX_AGE = '600';

export function adminCors(request: IncomingMessage, allowed: readonly string[]): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined || !allowed.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'ETag, WWW-Authenticate, Retry-After, Content-Disposition', vary: 'Origin' };
}

/** The answer to a preflight on an /admin path: the methods and headers for an allowed origin, else no CORS. */
export function adminPreflight(methods: readonly string[], cors: Record<string, string>): { status: number; headers: Record<string, string> } {
  if (!cors['access-control-allow-origin']) return { status: 204, headers: { 'cache-control': 'no-store' } };
  return {
    status: 204,
    headers: {
      ...cors,
      'access-control-allow-methods': methods.join(', '),
      'access-control-allow-headers': 'Authorization, Content-Type, If-Match, If-None-Match',
      'access-control-max-age': PREFLIGHT_MAX_AGE,
      'cache-control': 'no-store',
    },
  };
}
