// What a write of CONTRACT.md gets and answers. The pipeline in app.ts has matched the route, checked
// the origin and the rate limit; a write reads its body and answers a status and a JSON body, or throws
// an HttpProblem.
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';

export interface WriteRequest {
  db: Database;
  request: IncomingMessage;
  params: Record<string, string>;
  config: Config;
  /** The server's clock at the request. */
  now: Date;
}

export type Write = (write: WriteRequest) => Promise<{ status: number; body: unknown }>;
