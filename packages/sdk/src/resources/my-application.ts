import type { InoConnection } from '../connection.js';
import { ValidationError } from '../errors.js';
import type { RawResponse } from '../http.js';
import { createIdempotencyKey } from '../idempotency-key.js';
import { readTolerantly, type Dropped } from '../read-tolerantly.js';
import { IdempotencyKeySchema } from '../schemas/application.js';
import { MyApplicationSchema, type MyApplication } from '../schemas/my-application.js';
import { validate } from '../validate.js';

export interface MyApplicationResult {
  application: MyApplication;
  /** What was dropped from the answer (a malformed `offerExpiresAt`): the rest of the application stands. */
  dropped: Dropped[];
}

export interface MyApplicationChangeOptions {
  /**
   * One per attempt, reused by every retry of it; made afresh for each call when not given. A host that
   * retries a call itself (a second click after a lost answer) passes the same key again, and hears the
   * first answer: a retried accept is not a `conflict`.
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface MyApplicationResource {
  /** GET /me/application: the application as it stands (an offer past its deadline is already `cancelled`). */
  get(signal?: AbortSignal): Promise<MyApplicationResult>;
  /** POST /me/application/cancel: now `cancelled`; an application that had already ended stays as it was. */
  cancel(options?: MyApplicationChangeOptions): Promise<MyApplicationResult>;
  /** POST /me/application/accept: the offered seat, now `confirmed`; `offer-expired` past its deadline, `conflict` when nothing is offered. */
  accept(options?: MyApplicationChangeOptions): Promise<MyApplicationResult>;
}

/**
 * One's own application (CONTRACT.md §3.7), by the manage token from the applicant's mail, sent in the
 * Authorization header (never in a URL, where logs and referrers would keep it). Answers bypass the ETag
 * cache: they are `no-store` and belong to the token. A refusal is an ApiError whose kind says why:
 * `unauthorized` (a token that is unknown, or whose data was erased: the same either way),
 * `offer-expired`, `conflict`, `validation`. Kept out of `createClient`, so widgets that do not
 * manage an application never bundle it.
 */
export function myApplicationOf(connection: InoConnection, { token }: { token: string }): MyApplicationResource {
  // A header cannot carry other characters: fetch would fail, and look like a network error.
  if (!/^[\x21-\x7e]+$/.test(token)) throw new ValidationError('Not a manage token', [{ path: 'token', message: 'Printable ASCII without spaces' }]);
  const authorization = `Bearer ${token}`;
  const read = ({ body }: RawResponse): MyApplicationResult => {
    const { value, dropped } = readTolerantly(MyApplicationSchema, body, 'The application');
    return { application: value, dropped };
  };
  const change = async (action: 'cancel' | 'accept', { idempotencyKey = createIdempotencyKey(), signal }: MyApplicationChangeOptions = {}) => {
    validate(IdempotencyKeySchema, idempotencyKey, 'The Idempotency-Key');
    // The transport retries with these same headers, so every retry carries the attempt's key.
    return read(await connection.transport.post(`/me/application/${action}`, undefined, { authorization, 'idempotency-key': idempotencyKey }, signal));
  };
  return {
    get: async (signal) => read(await connection.transport.send('GET', '/me/application', { authorization }, undefined, signal)),
    cancel: (options) => change('cancel', options),
    accept: (options) => change('accept', options),
  };
}
