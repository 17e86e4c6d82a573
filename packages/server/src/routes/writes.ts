// The writes of CONTRACT.md, one per `write` route of the contract's route table. The pipeline in
// app.ts has matched the route, checked the origin and the rate limit; a write reads its body and
// answers a status and a JSON body, or throws an HttpProblem.
import type { IncomingMessage } from 'node:http';
import { applyProblems, type RouteNameOf } from '@ino/contract';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { readJsonBody } from '../http/body.js';
import { HttpProblem } from '../http/problem.js';
import { apply, trackExists } from '../repositories/applications.js';

export interface WriteRequest {
  db: Database;
  request: IncomingMessage;
  params: Record<string, string>;
  config: Config;
  /** The server's clock at the request. */
  now: Date;
}

export type Write = (write: WriteRequest) => Promise<{ status: number; body: unknown }>;

export const WRITES: Record<RouteNameOf<'write'>, Write> = {
  apply: async ({ db, request, params, config, now }) => {
    // The checks come in the contract's order (decideApplication): the track, then the body, then the
    // rest under the track's lock. The body is read before the transaction, so that no slow client
    // holds the lock; the decision finds the track again (it may have gone meanwhile).
    const trackId = params.id!;
    if (!(await trackExists(db, trackId))) throw HttpProblem.from(applyProblems.unknownTrack(trackId));
    const body = await readJsonBody(request, config.maxBodyBytes);
    // Node joins a repeated header with ", ", which is then not a valid key.
    const key = request.headers['idempotency-key'];
    const outcome = await apply(db, trackId, typeof key === 'string' ? key : null, body, now);
    if (outcome.kind === 'problem') throw HttpProblem.from(outcome);
    return { status: outcome.kind === 'created' ? 201 : 200, body: outcome.application };
  },
};
