// What a route of the organiser API (CONTRACT.md §4) gets and answers. The pipeline in app.ts has
// matched the route, taken the rate limit, authenticated the token and checked its scope.
import type { IncomingMessage } from 'node:http';
import type { Identity } from '../auth/identity.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';

export interface AdminRequest {
  db: Database;
  request: IncomingMessage;
  params: Record<string, string>;
  /** The request's query, checked by the pipeline (assertSafeQuery). */
  query: URLSearchParams;
  config: Config;
  identity: Identity;
  /** The server's clock at the request. */
  now: Date;
}

/** A JSON body, or (`raw`) bytes of their own type, such as a CSV export. */
export type AdminAnswer = { status: number; body: unknown; headers?: Record<string, string>; raw?: { contentType: string; bytes: Buffer } };
export type AdminRoute = (admin: AdminRequest) => Promise<AdminAnswer>;
