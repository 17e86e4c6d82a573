// One's own application (CONTRACT.md §3.7), by the manage token from the applicant's mail, sent as
// `Authorization: Bearer <token>`. The token is looked up by its hash, so an unknown token, a malformed
// one and one whose application was erased (the hash is gone) all cost one indexed query and get the
// same 401. Each request runs under the track's row lock like every other step of the seat rules
// (repositories/cohorts.ts): offers past their deadline and, with INO_CONFIRM_EMAIL, applications past
// theirs are applied first, so the answer is the application as it stands. Any use of the token proves
// that the applicant opened the link from the mail: it confirms the address (INO_CONFIRM_EMAIL).
// cancel and accept take an Idempotency-Key: the first answer is stored (applicant_requests, migration
// 0008) and a retry with the same key hears it again, so a retried accept whose answer was lost is a 200,
// not a 409 "nothing is offered".
import type { IncomingMessage } from 'node:http';
import type { MyApplication } from '@ino/sdk';
import { acceptOffer, cancelByApplicant, expireOffers, isIdempotencyKey, type Cohort, type Step } from '@ino/contract';
import { hashOfManageToken } from '../auth/manage-tokens.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { APPLICATION_COLUMNS, myApplicationOf, type ApplicationRow } from '../repositories/application-views.js';
import { cohortTransaction, lockCohort, saveCohort } from '../repositories/cohorts.js';
import { lapseDue } from '../repositories/lapse-unconfirmed.js';
import type { Write, WriteRequest } from './write-route.js';

type Action = 'cancel' | 'accept';
const STEPS: Record<Action, (cohort: Cohort, id: string, now: Date) => Step> = { cancel: cancelByApplicant, accept: acceptOffer };

const unauthorized = () =>
  new HttpProblem(401, 'unauthorized', 'This link to an application is not valid (any more). The mail about your application has the right one.', {
    headers: { 'www-authenticate': 'Bearer realm="ino-application"' },
  });

/** The bearer token of the request, or '' when there is none (looked up all the same, so that it takes as long). */
function bearerToken(request: IncomingMessage): string {
  const match = /^Bearer +([\x21-\x7e]{1,512})$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? '';
}

interface Owned {
  id: string;
  trackId: string;
}

/** The application the request's token manages; a 401 for any other token. */
async function ownedBy(db: Queryable, request: IncomingMessage): Promise<Owned & { tokenHash: string }> {
  const token = bearerToken(request);
  const tokenHash = hashOfManageToken(token);
  const [row] = await db.query<{ id: string; track_id: string }>('SELECT id, track_id FROM applications WHERE manage_token_hash = $1', [tokenHash]);
  if (!row || !token) throw unauthorized();
  return { id: row.id, trackId: row.track_id, tokenHash };
}

/**
 * Runs `step` on the application's cohort in one transaction under the track's lock, after applying
 * what is due, writes what changed, then `after` (which reads the application as it now stands). The
 * token is checked again under the lock: an erasure that came between ends it here too.
 */
async function underLock<T>(
  { db, config, now }: WriteRequest,
  owned: Owned & { tokenHash: string },
  step: (tx: Queryable, cohort: Cohort) => Promise<{ cohort: Cohort; after: (tx: Queryable) => Promise<T> }>,
): Promise<T> {
  return cohortTransaction(db, owned.trackId, async (tx) => {
    const locked = await lockCohort(tx, owned.trackId, config.offerWindowSeconds, [owned.id]);
    const [still] = await tx.query('SELECT 1 FROM applications WHERE id = $1 AND manage_token_hash = $2', [owned.id, owned.tokenHash]);
    if (!locked || !still) throw unauthorized();
    const { cohort: current } = await lapseDue(tx, owned.trackId, locked.cohort, now);
    // The applicant has the link from the mail: what lapsed before stays lapsed, the rest is confirmed.
    await tx.query('UPDATE applications SET confirm_by = NULL WHERE id = $1', [owned.id]);
    const { cohort, after } = await step(tx, current);
    await saveCohort(tx, owned.trackId, locked, cohort, now);
    return after(tx);
  });
}

async function viewOf(tx: Queryable, id: string): Promise<MyApplication> {
  const [row] = await tx.query<ApplicationRow & { request: NonNullable<ApplicationRow['request']> }>(
    `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1`,
    [id],
  );
  return myApplicationOf(row!);
}

/** GET /me/application: offers past their deadline are applied first, so the status is as it stands. */
const myApplication: Write = async (write) => {
  const owned = await ownedBy(write.db, write.request);
  const body = await underLock(write, owned, async (_tx, cohort) => ({ cohort: expireOffers(cohort, write.now), after: (tx) => viewOf(tx, owned.id) }));
  return { status: 200, body };
};

interface StoredAnswer {
  status: number;
  /** A MyApplication, or the refusal's problem and detail. */
  response: MyApplication | { problem: string; detail: string };
}

/** POST /me/application/{cancel,accept}. */
const change =
  (action: Action): Write =>
  async (write) => {
    const owned = await ownedBy(write.db, write.request);
    const key = write.request.headers['idempotency-key'];
    // Node joins a repeated header with ", ", which is then not a valid key.
    if (typeof key !== 'string' || !isIdempotencyKey(key))
      throw new HttpProblem(400, 'validation', 'An Idempotency-Key header of 8–128 characters [A-Za-z0-9_-] is required.');
    const answer = await underLock<StoredAnswer>(write, owned, async (tx, cohort) => {
      // Looked up under the lock: a retry racing its original waits for it, then hears its answer.
      const [earlier] = await tx.query<StoredAnswer & { action: Action }>(
        'SELECT action, status, response FROM applicant_requests WHERE application_id = $1 AND idempotency_key = $2',
        [owned.id, key],
      );
      if (earlier) {
        if (earlier.action !== action) throw new HttpProblem(422, 'idempotency-mismatch', `This Idempotency-Key was already used to ${earlier.action}.`);
        return { cohort, after: async () => earlier };
      }
      const step = STEPS[action](cohort, owned.id, write.now);
      return {
        cohort: step.cohort,
        after: async (tx) => {
          const result: StoredAnswer =
            'problem' in step
              ? { status: step.problem.status, response: { problem: step.problem.problem, detail: step.problem.detail } }
              : { status: 200, response: await viewOf(tx, owned.id) };
          await tx.query(
            `INSERT INTO applicant_requests (application_id, idempotency_key, action, status, response, created_at)
             VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
            [owned.id, key, action, result.status, JSON.stringify(result.response), write.now],
          );
          return result;
        },
      };
    });
    if ('problem' in answer.response) throw new HttpProblem(answer.status, answer.response.problem, answer.response.detail);
    return { status: 200, body: answer.response };
  };

export const MY_APPLICATION_WRITES = { myApplication, cancelMyApplication: change('cancel'), acceptOffer: change('accept') };
