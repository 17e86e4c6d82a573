// Applications to learning tracks: idempotent by key, one per e-mail address per track, with seat and
// waitlist accounting (CONTRACT.md §3.4). Kept in memory: a page reload starts afresh.
import { APPLICABLE_TRACK_STATUSES, applicationRequestSchemaFor, IdempotencyKeySchema, type Application, type FieldError, type LearningTrack } from '@ino/sdk';

export type ApplyOutcome =
  | { kind: 'created' | 'replayed'; application: Application }
  | { kind: 'problem'; status: number; problem: 'validation' | 'idempotency-mismatch' | 'duplicate-application' | 'applications-closed'; detail: string; errors?: FieldError[] };

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
    if (!idempotencyKey || !IdempotencyKeySchema.safeParse(idempotencyKey).success) {
      return { kind: 'problem', status: 400, problem: 'validation', detail: 'An Idempotency-Key header of 8–128 characters [A-Za-z0-9_-] is required.' };
    }
    const bodyHash = stableJson(body);
    const earlier = this.#byKey.get(`${track.id} ${idempotencyKey}`);
    if (earlier) {
      return earlier.bodyHash === bodyHash
        ? { kind: 'replayed', application: earlier.application }
        : { kind: 'problem', status: 422, problem: 'idempotency-mismatch', detail: 'This Idempotency-Key was already used with another body.' };
    }
    if (!APPLICABLE_TRACK_STATUSES.includes(track.status)) {
      return { kind: 'problem', status: 410, problem: 'applications-closed', detail: `The track is ${track.status}.` };
    }
    const parsed = applicationRequestSchemaFor(track).safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? `answers.${(issue as { keys?: string[] }).keys?.[0] ?? ''}` : ''),
        code: issue.code,
        message: issue.message,
      }));
      return { kind: 'problem', status: 422, problem: 'validation', detail: `${errors.length} field(s) need attention`, errors };
    }
    const email = parsed.data.email.toLowerCase();
    if ([...this.#byKey.values()].some((a) => a.trackId === track.id && a.email === email)) {
      return { kind: 'problem', status: 409, problem: 'duplicate-application', detail: 'This e-mail address already applied to this track.' };
    }
    const application = this.#admit(track, now);
    if (!application) return { kind: 'problem', status: 410, problem: 'applications-closed', detail: 'The track is full and keeps no waitlist.' };
    this.#byKey.set(`${track.id} ${idempotencyKey}`, { trackId: track.id, email, bodyHash, application });
    return { kind: 'created', application };
  }

  /** Decides what an accepted application becomes: received (selection), confirmed or waitlisted. */
  #admit(track: LearningTrack, now: Date): Application | undefined {
    const base = { id: `app-${++this.#counter}`, trackId: track.id, receivedAt: rfc3339(now) };
    if (track.admission === 'selection') return { ...base, status: 'received' };
    if (track.seats == null || track.seatsTaken < track.seats) {
      this.#seatsTaken.set(track.id, (this.#seatsTaken.get(track.id) ?? 0) + 1);
      return { ...base, status: 'confirmed' };
    }
    if (!track.waitlist) return undefined;
    const position = (this.#waitlisted.get(track.id) ?? 0) + 1;
    this.#waitlisted.set(track.id, position);
    return { ...base, status: 'waitlisted', waitlistPosition: position };
  }
}

/** JSON with sorted keys, so that the same body in another key order counts as the same body. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
