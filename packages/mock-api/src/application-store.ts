// The mock's applications (CONTRACT.md §3.4), kept in memory: a page reload starts afresh. It gathers
// the facts the contract's decideApplication needs and keeps what it decides; the rules are the
// contract's, the same the reference server applies in its database transaction.
import { decideApplication, emailKeyOf, isIdempotencyKey, stableJson, type ApplicationDecision, type ApplicationFacts } from '@ino/contract';
import type { Application } from '@ino/sdk';

interface StoredApplication {
  trackId: string;
  emailKey: string;
  bodyHash: string;
  application: Application;
}

export class ApplicationStore {
  readonly #byKey = new Map<string, StoredApplication>();
  readonly #seatsTaken = new Map<string, number>();
  readonly #waitlisted = new Map<string, number>();
  #counter = 0;

  /** Seats taken on a track: the content's figure plus the applications confirmed here since. */
  seatsTaken(trackId: string, inContent: number): number {
    return inContent + (this.#seatsTaken.get(trackId) ?? 0);
  }

  /** `track` is as the API serves it now (its seatsTaken counts what was confirmed here), undefined when there is none. */
  apply(
    trackId: string,
    track: ApplicationFacts['track'],
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
      waitlistLength: this.#waitlisted.get(trackId) ?? 0,
      newId: `app-${this.#counter + 1}`,
      now,
    });
    if (decision.kind !== 'created') return decision;
    const { application } = decision;
    this.#counter++;
    if (application.status === 'confirmed') this.#seatsTaken.set(trackId, (this.#seatsTaken.get(trackId) ?? 0) + 1);
    if (application.status === 'waitlisted') this.#waitlisted.set(trackId, application.waitlistPosition!);
    this.#byKey.set(`${trackId} ${idempotencyKey}`, { trackId, emailKey: decision.emailKey, bodyHash, application });
    return decision;
  }
}
