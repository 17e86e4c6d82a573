// The writes of CONTRACT.md, one per `write` route of the contract's route table. The pipeline in
// app.ts has matched the route, checked the origin and the rate limit; a write reads its body and
// answers a status and a JSON body, or throws an HttpProblem.
import { applyProblems, type RouteNameOf } from '@ino/contract';
import { readJsonBody } from '../http/body.js';
import { HttpProblem } from '../http/problem.js';
import { clientAddress, rateLimitKey } from '../http/rate-limit.js';
import { apply, trackExists } from '../repositories/applications.js';
import type { Write } from './write-route.js';
import { MY_APPLICATION_WRITES } from './my-application.js';

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
    const outcome = await apply(db, {
      trackId,
      idempotencyKey: typeof key === 'string' ? key : null,
      body,
      now,
      offerWindowSeconds: config.offerWindowSeconds,
      // Bucketed as the rate limit does: an IPv6 client has its whole /64 to pick addresses from.
      clientAddress: rateLimitKey(clientAddress(request, config.trustedProxies)),
      applicationsPerAddress: config.applicationsPerAddress,
      confirmEmailSeconds: config.confirmEmailSeconds,
    });
    if (outcome.kind === 'problem') throw HttpProblem.from(outcome);
    return { status: outcome.kind === 'created' ? 201 : 200, body: outcome.application };
  },
  ...MY_APPLICATION_WRITES,
};
