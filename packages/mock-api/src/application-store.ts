// The mock's applications (CONTRACT.md §3.4, §4.2), kept in memory: a page reload starts afresh. It
// gathers the facts the contract's decideApplication needs and keeps what it decides, and each track's
// applications as a cohort of the contract's seat rules (seats/cohort.ts): the rules are the
// contract's, the same the reference server applies in its database transaction.
import {
  cohortOf,
  decideApplication,
  DEFAULT_OFFER_WINDOW_SECONDS,
  emailKeyOf,
  isIdempotencyKey,
  seatsTaken,
  stableJson,
  type ApplicationDecision,
  type ApplicationFacts,
  type SeatApplication,
} from '@ino/contract';
import type { Application, LearningTrack } from '@ino/sdk';

interface StoredApplication {
  trackId: string;
  emailKey: string;
  bodyHash: string;
  application: Application;
}

export class ApplicationStore {
  readonly #byKey = new Map<string, StoredApplication>();
  /** Each track's applications in the order they came, as the seat rules keep them. */
  readonly #cohorts = new Map<string, readonly SeatApplication[]>();
  #counter = 0;

  /** Seats taken on a track: the content's figure plus the seats confirmed or offered here since. */
  seatsTaken(trackId: string, inContent: number): number {
    return inContent + seatsTaken({ applications: this.#cohorts.get(trackId) ?? [] });
  }

  /**
   * `track` is as the API serves it now (its seatsTaken counts what was taken here), undefined when
   * there is none; `takenElsewhere` is the content's own seatsTaken.
   */
  apply(
    trackId: string,
    track: (ApplicationFacts['track'] & Pick<LearningTrack, 'sessions'>) | undefined,
    takenElsewhere: number,
    idempotencyKey: string | null,
    body: ApplicationFacts['body'],
    now = new Date(),
  ): ApplicationDecision {
    const bodyHash = 'value' in body ? stableJson(body.value) : '';
    const emailKey = 'value' in body ? emailKeyOf(body.value) : undefined;
    const decision = decideApplication({
      trackId,
      track,
      body,
      idempotencyKey,
      bodyHash,
      earlier: isIdempotencyKey(idempotencyKey) ? this.#byKey.get(`${trackId} ${idempotencyKey}`) : undefined,
      emailAlreadyApplied: [...this.#byKey.values()].some((a) => a.trackId === trackId && a.emailKey === emailKey),
      cohort: track && cohortOf(track, takenElsewhere, this.#cohorts.get(trackId) ?? [], DEFAULT_OFFER_WINDOW_SECONDS * 1000),
      newId: `app-${this.#counter + 1}`,
      now,
    });
    if (decision.kind !== 'created') return decision;
    this.#counter++;
    this.#cohorts.set(trackId, decision.cohort.applications);
    this.#byKey.set(`${trackId} ${idempotencyKey}`, { trackId, emailKey: decision.emailKey, bodyHash, application: decision.application });
    return decision;
  }
}
