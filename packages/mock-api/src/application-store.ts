// The mock's applications (CONTRACT.md §3.4, §3.7), kept in memory: a page reload starts afresh. It
// gathers the facts the contract's decideApplication needs and keeps what it decides, each track's
// applications as a cohort of the contract's seat rules (seats/cohort.ts), and each application's
// personal data and manage token: the rules are the contract's, the same the reference server applies
// in its database transaction. The mock sends no mail, so its tokens are handed out another way:
// `manageTokenFor(id)` for tests, and fixed demo tokens (demo-applications.ts) for stories. Organisers
// read a track's applications and decide on them (§4.2) through the same cohorts.
import {
  acceptOffer,
  cancelByApplicant,
  cohortOf,
  decide,
  decideApplication,
  DEFAULT_OFFER_WINDOW_SECONDS,
  emailKeyOf,
  etagOf,
  expireOffers,
  ifMatchHolds,
  isIdempotencyKey,
  seatsTaken,
  stableJson,
  type ApplicationDecision,
  type ApplicationFacts,
  type Cohort,
  type LearningTrackRecord,
  type SeatApplication,
  type SeatProblem,
  type Step,
  type ValidApplication,
} from '@ino/contract';
import { createIdempotencyKey, type Application, type Decision, type LearningTrack, type MyApplication, type OrganiserApplication } from '@ino/sdk';

interface StoredApplication {
  trackId: string;
  emailKey: string;
  bodyHash: string;
  application: Application;
}

/** What the applicant sent and when: the parts of MyApplication the seat rules do not keep. */
interface Personal {
  trackId: string;
  request: ValidApplication;
  receivedAt: string;
}

/** An answer of the applicant's own routes: 200 with the application, or a problem. */
export type MyApplicationAnswer =
  { status: 200; application: MyApplication } | { status: number; problem: SeatProblem['problem'] | 'idempotency-mismatch'; detail: string };

/** An application as organisers see it, with the ETag a decision names in If-Match. */
export interface VersionedApplication {
  application: OrganiserApplication;
  etag: string;
}

/** An answer to an organiser's decision: the application as decided, or a problem. */
export type DecisionAnswer = VersionedApplication | { status: number; problem: SeatProblem['problem'] | 'precondition-failed'; detail: string };

export type ApplicantAction = 'cancel' | 'accept';
/** One step of the seat rules on one application. */
export type SeatStep = (cohort: Cohort, id: string, now: Date) => Step;
const STEPS: Record<ApplicantAction, SeatStep> = { cancel: cancelByApplicant, accept: acceptOffer };

export class ApplicationStore {
  readonly #byKey = new Map<string, StoredApplication>();
  /** Each track's applications in the order they came, as the seat rules keep them. */
  readonly #cohorts = new Map<string, readonly SeatApplication[]>();
  readonly #personal = new Map<string, Personal>();
  readonly #idByToken = new Map<string, string>();
  readonly #tokenById = new Map<string, string>();
  /** The first answer to each cancel or accept, by application and Idempotency-Key. */
  readonly #answers = new Map<string, { action: ApplicantAction; answer: MyApplicationAnswer }>();
  readonly #trackRecord: (id: string) => LearningTrackRecord | undefined;
  #counter = 0;

  /** `trackRecord` finds a track's record (its seats, admission, waitlist and sessions) for the seat rules. */
  constructor(trackRecord: (id: string) => LearningTrackRecord | undefined) {
    this.#trackRecord = trackRecord;
  }

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
    this.#keep(trackId, decision.cohort, decision.request, decision.application.receivedAt);
    this.#byKey.set(`${trackId} ${idempotencyKey}`, { trackId, emailKey: decision.emailKey, bodyHash, application: decision.application });
    return decision;
  }

  /**
   * Keeps a new application: the track's cohort after it, what the person sent, and a manage token
   * (`token`, else a fresh random one). Also for the demo applications, which skip the HTTP checks.
   */
  #keep(trackId: string, cohort: Cohort, request: ValidApplication, receivedAt: string, token: string = createIdempotencyKey()): string {
    const id = cohort.applications.at(-1)!.id;
    this.#cohorts.set(trackId, cohort.applications);
    this.#personal.set(id, { trackId, request, receivedAt });
    this.#idByToken.set(token, id);
    this.#tokenById.set(id, token);
    return id;
  }

  /**
   * A new application made by the seat rules alone, with a manage token chosen by the caller (the demo
   * applications; a random one when not given): `steps[0]` applies (applyTo), each next step moves it
   * on, so its history is real. Answers its id.
   */
  seed(trackId: string, request: ValidApplication, token: string | undefined, steps: readonly SeatStep[], now: Date): string {
    const [apply, ...next] = steps;
    const id = `app-${++this.#counter}`;
    const created = apply!(this.#cohort(trackId)!, id, now);
    if ('problem' in created) throw new Error(`The demo application ${id} on ${trackId} could not be made: ${created.problem.detail}`);
    this.#keep(trackId, created.cohort, request, now.toISOString(), token);
    for (const step of next) this.seedStep(id, step, now);
    return id;
  }

  /** One more step of the seat rules on a seeded application, at `now` (the demo's story unfolds over days). */
  seedStep(id: string, step: SeatStep, now: Date): void {
    const result = this.#step(this.#personal.get(id)!.trackId, id, step, now);
    if ('problem' in result) throw new Error(`The demo application ${id} could not move on: ${result.problem.detail}`);
  }

  /** The manage token of an application (the mock's stand-in for the mail that carries it). */
  manageTokenFor(id: string): string | undefined {
    return this.#tokenById.get(id);
  }

  /** Whether a token names an application here. */
  knows(token: string): boolean {
    return this.#idByToken.has(token);
  }

  /** GET /me/application: the application as it stands (offers past their deadline applied); undefined for an unknown token. */
  mine(token: string, now: Date): MyApplicationAnswer | undefined {
    const id = this.#idByToken.get(token);
    if (!id) return undefined;
    this.#expireOffers(this.#personal.get(id)!.trackId, now);
    return { status: 200, application: this.#view(id) };
  }

  /** POST /me/application/{cancel,accept} with its Idempotency-Key (checked by the caller); undefined for an unknown token. */
  change(token: string, action: ApplicantAction, idempotencyKey: string, now: Date): MyApplicationAnswer | undefined {
    const id = this.#idByToken.get(token);
    if (!id) return undefined;
    const earlier = this.#answers.get(`${id} ${idempotencyKey}`);
    if (earlier)
      return earlier.action === action
        ? earlier.answer
        : { status: 422, problem: 'idempotency-mismatch', detail: `This Idempotency-Key was already used to ${earlier.action}.` };
    const step = this.#step(this.#personal.get(id)!.trackId, id, STEPS[action], now);
    const answer: MyApplicationAnswer =
      'problem' in step
        ? { status: step.problem.status, problem: step.problem.problem, detail: step.problem.detail }
        : { status: 200, application: this.#view(id) };
    this.#answers.set(`${id} ${idempotencyKey}`, { action, answer });
    return answer;
  }

  /** A track's applications as organisers see them, in the order they came (offers past their deadline applied); undefined for an unknown track. */
  ofTrack(trackId: string, now: Date): OrganiserApplication[] | undefined {
    if (!this.#cohort(trackId)) return undefined;
    this.#expireOffers(trackId, now);
    return this.#cohorts.get(trackId)!.map((a) => this.#organiserView(a.id));
  }

  /** One application as organisers see it, with its ETag (offers past their deadline applied); undefined for an unknown id. */
  versioned(id: string, now: Date): VersionedApplication | undefined {
    const personal = this.#personal.get(id);
    if (!personal) return undefined;
    this.#expireOffers(personal.trackId, now);
    const application = this.#organiserView(id);
    return { application, etag: etagOf(stableJson(application)) };
  }

  /**
   * An organiser's decision (§4.2) on the version `ifMatch` names: 412 when the application changed
   * since (an expired offer too), else what the seat rules decide. The caller has found the application.
   */
  decide(id: string, decision: Decision, note: string | undefined, by: string, ifMatch: string, now: Date): DecisionAnswer {
    const current = this.versioned(id, now)!;
    if (!ifMatchHolds(ifMatch, current.etag))
      return {
        status: 412,
        problem: 'precondition-failed',
        detail: `The application has changed since you read it; read it again (its ETag is ${current.etag}).`,
      };
    const step = this.#step(current.application.trackId, id, (cohort, _id, at) => decide(cohort, id, decision, at, by, note), now);
    if ('problem' in step) return { status: step.problem.status, problem: step.problem.problem, detail: step.problem.detail };
    return this.versioned(id, now)!;
  }

  /** Offers past their deadline at `now` passed on, as the server does before it answers. */
  #expireOffers(trackId: string, now: Date): void {
    this.#cohorts.set(trackId, expireOffers(this.#cohort(trackId)!, now).applications);
  }

  /** The track's cohort as the seat rules see it now. */
  #cohort(trackId: string): Cohort | undefined {
    const record = this.#trackRecord(trackId);
    return record && cohortOf(record, record.seatsTaken, this.#cohorts.get(trackId) ?? [], DEFAULT_OFFER_WINDOW_SECONDS * 1000);
  }

  /** Runs one step of the seat rules on a track and keeps the cohort it leaves, also after a problem (an expiry it applied). */
  #step(trackId: string, id: string, step: SeatStep, now: Date): Step {
    const result = step(this.#cohort(trackId)!, id, now);
    this.#cohorts.set(trackId, result.cohort.applications);
    return result;
  }

  #organiserView(id: string): OrganiserApplication {
    return { ...this.#view(id), history: this.#cohorts.get(this.#personal.get(id)!.trackId)!.find((a) => a.id === id)!.history };
  }

  #view(id: string): MyApplication {
    const { trackId, request, receivedAt } = this.#personal.get(id)!;
    const seat = this.#cohorts.get(trackId)!.find((a) => a.id === id)!;
    const { givenName, familyName, email, organisation, role, answers, lang } = request;
    return {
      id,
      trackId,
      status: seat.status,
      ...(seat.waitlistPosition ? { waitlistPosition: seat.waitlistPosition } : {}),
      ...(seat.offerExpiresAt ? { offerExpiresAt: seat.offerExpiresAt } : {}),
      givenName,
      familyName,
      email,
      organisation,
      ...(role ? { role } : {}),
      answers: answers as Record<string, string>,
      lang: lang ?? 'nl',
      receivedAt,
      // A change of status is the last thing that happened to the application itself (as the server keeps updatedAt).
      updatedAt: seat.history.at(-1)!.at,
    };
  }
}
