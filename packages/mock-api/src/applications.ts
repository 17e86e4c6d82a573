// Applications to learning tracks: idempotent by key, one per e-mail address per track, with seat and
// waitlist accounting (CONTRACT.md §3.4). Kept in memory: a page reload starts afresh. The rules that
// do not depend on where applications are kept (validation, admission, the problems, the body hash)
// are exported: the reference server applies the same ones in its database transaction.
import {
  APPLICABLE_TRACK_STATUSES, applicationRequestSchemaFor, IdempotencyKeySchema, type Application, type FieldError, type LearningTrack,
} from '@ino/sdk';

export interface ApplyProblem {
  kind: 'problem';
  status: number;
  problem: 'validation' | 'idempotency-mismatch' | 'duplicate-application' | 'applications-closed';
  detail: string;
  errors?: FieldError[];
}

export type ApplyOutcome = { kind: 'created' | 'replayed'; application: Application } | ApplyProblem;

/** Every answer other than 200/201 an application can get from the rules below. */
export const applyProblems = {
  missingKey: (): ApplyProblem => ({
    kind: 'problem', status: 400, problem: 'validation', detail: 'An Idempotency-Key header of 8–128 characters [A-Za-z0-9_-] is required.',
  }),
  keyReused: (): ApplyProblem => ({ kind: 'problem', status: 422, problem: 'idempotency-mismatch', detail: 'This Idempotency-Key was already used with another body.' }),
  closed: (trackStatus: string): ApplyProblem => ({ kind: 'problem', status: 410, problem: 'applications-closed', detail: `The track is ${trackStatus}.` }),
  full: (): ApplyProblem => ({ kind: 'problem', status: 410, problem: 'applications-closed', detail: 'The track is full and keeps no waitlist.' }),
  duplicate: (): ApplyProblem => ({ kind: 'problem', status: 409, problem: 'duplicate-application', detail: 'This e-mail address already applied to this track.' }),
  invalid: (errors: FieldError[]): ApplyProblem => ({ kind: 'problem', status: 422, problem: 'validation', detail: `${errors.length} field(s) need attention`, errors }),
};

export const isIdempotencyKey = (key: string | null): key is string => key !== null && IdempotencyKeySchema.safeParse(key).success;

export const takesApplications = (track: Pick<LearningTrack, 'status'>) => APPLICABLE_TRACK_STATUSES.includes(track.status);

type ValidApplication = ReturnType<ReturnType<typeof applicationRequestSchemaFor>['parse']>;

/** The body checked against the track's questions and consent; field errors as dotted paths. */
export function validateApplication(track: Pick<LearningTrack, 'questions' | 'consent'>, body: unknown): { data: ValidApplication } | { problem: ApplyProblem } {
  const parsed = applicationRequestSchemaFor(track).safeParse(body);
  if (parsed.success) return { data: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    // An unknown answer id is reported on `answers`; the field is the id itself (answers.bring).
    field: [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  return { problem: applyProblems.invalid(errors) };
}

export type Admission = { status: 'received' } | { status: 'confirmed' } | { status: 'waitlisted'; waitlistPosition: number };

/**
 * What an accepted application becomes, given the track as it stands and how many are on its
 * waitlist: `received` on a selection track (reviewed later), `confirmed` while seats last, then
 * `waitlisted` at the next position; undefined when the track is full and keeps no waitlist.
 */
export function admit(track: Pick<LearningTrack, 'admission' | 'seats' | 'seatsTaken' | 'waitlist'>, waitlisted: number): Admission | undefined {
  if (track.admission === 'selection') return { status: 'received' };
  if (track.seats == null || track.seatsTaken < track.seats) return { status: 'confirmed' };
  return track.waitlist ? { status: 'waitlisted', waitlistPosition: waitlisted + 1 } : undefined;
}

interface StoredApplication {
  trackId: string;
  email: string;
  bodyHash: string;
  application: Application;
}

export class ApplicationStore {
  readonly #byKey = new Map<string, StoredApplication>();
  readonly #seatsTaken = new Map<string, number>();
  readonly #waitlisted = new Map<string, number>();
  #counter = 0;

  /** Seats taken on a track: the dataset's figure plus the applications confirmed here since. */
  seatsTaken(trackId: string, inDataset: number): number {
    return inDataset + (this.#seatsTaken.get(trackId) ?? 0);
  }

  /** `track` is as the API serves it now: its seatsTaken already counts what was confirmed here. */
  apply(track: LearningTrack, idempotencyKey: string | null, body: unknown, now = new Date()): ApplyOutcome {
    if (!isIdempotencyKey(idempotencyKey)) return applyProblems.missingKey();
    const bodyHash = stableJson(body);
    const earlier = this.#byKey.get(`${track.id} ${idempotencyKey}`);
    if (earlier) return earlier.bodyHash === bodyHash ? { kind: 'replayed', application: earlier.application } : applyProblems.keyReused();
    if (!takesApplications(track)) return applyProblems.closed(track.status);
    const valid = validateApplication(track, body);
    if ('problem' in valid) return valid.problem;
    const email = valid.data.email.toLowerCase();
    if ([...this.#byKey.values()].some((a) => a.trackId === track.id && a.email === email)) return applyProblems.duplicate();
    const admission = admit(track, this.#waitlisted.get(track.id) ?? 0);
    if (!admission) return applyProblems.full();
    if (admission.status === 'confirmed') this.#seatsTaken.set(track.id, (this.#seatsTaken.get(track.id) ?? 0) + 1);
    if (admission.status === 'waitlisted') this.#waitlisted.set(track.id, admission.waitlistPosition);
    const application: Application = { id: `app-${++this.#counter}`, trackId: track.id, receivedAt: rfc3339(now), ...admission };
    this.#byKey.set(`${track.id} ${idempotencyKey}`, { trackId: track.id, email, bodyHash, application });
    return { kind: 'created', application };
  }
}

/** JSON with sorted keys, so that the same body in another key order counts as the same body. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An RFC 3339 timestamp in UTC, to the second. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
