// CORS (CONTRACT.md §1): reads from any origin; applications only from the origins the operator
// allows (INO_ALLOWED_ORIGINS) and from the server's own pages. No credentials, ever.
import type { IncomingMessage } from 'node:http';
import { READ_CORS } from '@ino/contract';
import type { Config } from '../config.js';

const PREFLIGHT_MAX_AGE = '600';

/** May a page on this request's Origin send applications? Requests without an Origin are not from a page. */
function originMayWrite(request: IncomingMessage, allowed: Config['allowedOrigins']): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowed === '*' || allowed.includes(origin)) return true;
  // The server's own pages (npm start serves the examples): same host, so not a cross-origin write.
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Whether a request to the applications path may write, and the CORS headers of its answers. */
export interface WriteAccess {
  mayWrite: boolean;
  /** Headers on the answer to an application (including its problems). */
  cors: Record<string, string>;
}

/** Decides once per request, for the POST, its problems and its preflight. */
export function writeAccess(request: IncomingMessage, allowed: Config['allowedOrigins']): WriteAccess {
  const mayWrite = originMayWrite(request, allowed);
  const origin = request.headers.origin;
  if (origin === undefined) return { mayWrite, cors: {} };
  return {
    mayWrite,
    cors: {
      // Also for an origin that may not write: the page can then read its 403 forbidden-origin.
      'access-control-allow-origin': allowed === '*' ? '*' : origin,
      'access-control-expose-headers': 'Retry-After, WWW-Authenticate',
      ...(allowed === '*' ? {} : { vary: 'Origin' }),
    },
  };
}

/**
 * The answer to an OPTIONS preflight, for the methods the path takes (the route table's). A write path
 * lets every origin's preflight through: the server then refuses a POST from an origin it does not
 * allow with a `403 forbidden-origin` the page can read (with CORS for that answer only), so a widget
 * can say that this site may not send applications yet, instead of seeing a network error.
 */
export function preflight(
  methods: readonly string[],
  write?: WriteAccess,
  { bearer = false }: { bearer?: boolean } = {},
): { status: number; headers: Record<string, string> } {
  const common = { 'access-control-allow-methods': methods.join(', '), 'access-control-max-age': PREFLIGHT_MAX_AGE };
  if (!write) return { status: 204, headers: { ...READ_CORS, ...common, 'access-control-allow-headers': 'Accept, If-None-Match' } };
  // The applicant's own application (§3.7) carries the manage token in Authorization, which a browser
  // sends cross-origin only when the preflight names it (a `*` would not cover it).
  const headers = `Accept, ${bearer ? 'Authorization, ' : ''}Content-Type, Idempotency-Key`;
  return { status: 204, headers: { ...write.cors, ...common, 'access-control-allow-headers': headers } };
}
