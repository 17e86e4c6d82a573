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
  if (origin === undefined || !mayWrite) return { mayWrite, cors: {} };
  return {
    mayWrite,
    cors: {
      'access-control-allow-origin': allowed === '*' ? '*' : origin,
      'access-control-expose-headers': 'Retry-After',
      ...(allowed === '*' ? {} : { vary: 'Origin' }),
    },
  };
}

/** The answer to an OPTIONS preflight: for a read path without `write`, for the applications path with it. */
export function preflight(write?: WriteAccess): { status: number; headers: Record<string, string> } {
  if (!write) {
    return {
      status: 204,
      headers: {
        ...READ_CORS,
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': 'Accept, If-None-Match',
        'access-control-max-age': PREFLIGHT_MAX_AGE,
      },
    };
  }
  if (!write.mayWrite) return { status: 403, headers: { vary: 'Origin' } };
  return {
    status: 204,
    headers: {
      ...write.cors,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Accept, Content-Type, Idempotency-Key',
      'access-control-max-age': PREFLIGHT_MAX_AGE,
    },
  };
}
