// POST /learning-tracks/{id}/applications (CONTRACT.md §3.4) as one decision over the facts an adapter
// gathered: the mock from its memory, the server in its transaction under the track's row lock. The
// order of the checks is this function's, so both answer a bad application alike:
//   unknown track 404 → unreadable body 415/400 → Idempotency-Key 400 → same key: replay 200 or
//   mismatch 422 → track closed 410 → invalid body 422 → e-mail already applied 409 → the client's
//   address at its cap 409 → full 410 → accepted 201 (received, confirmed or waitlisted).
// A retry with the same key is answered before the track's state is looked at: a client whose first
// attempt got through hears of it even after the track filled up or closed.
import { takesApplicationsAt, trackStatusAt, type Application, type LearningTrack } from '@ino/sdk';
import { rfc3339 } from '../rfc3339.js';
import { applyTo, type Cohort } from '../seats/cohort.js';
import { applyProblems, type ApplyProblem } from './problems.js';
import { isIdempotencyKey, validateApplication, type ValidApplication } from './validate-application.js';

/** A track as it stands: its stored status and window (the clock decides with `now`) and the seats its applications took. */
export type TrackAsItStands = Pick<
  LearningTrack,
  'id' | 'status' | 'applicationOpensAt' | 'applicationClosesAt' | 'admission' | 'seats' | 'seatsTaken' | 'waitlist' | 'questions' | 'consent'
>;

export interface ApplicationFacts {
  /** The track the request names. */
  trackId: string;
  /** That track as it stands; undefined when there is no such track. */
  track: TrackAsItStands | undefined;
  /** The body as JSON, or the problem that kept it from being read (media type, syntax, size). */
  body: { value: unknown } | { unreadable: ApplyProblem };
  idempotencyKey: string | null;
  /** The same fingerprint of the body as `earlier.bodyHash` was made with. */
  bodyHash: string;
  /** The answer an earlier request with this key on this track got, if any. */
  earlier: { bodyHash: string; application: Application } | undefined;
  /** Whether the body's e-mail address (emailKeyOf) already applied to this track. */
  emailAlreadyApplied: boolean;
  /**
   * The cap per track and client address (the server's INO_APPLICATIONS_PER_ADDRESS) when this request's
   * address already has that many active applications on the track; undefined when it has fewer or
   * the adapter keeps no cap (the mock).
   */
  addressCapReached?: number;
  /** The track's applications as they stand, for the seat rules (seats/cohort.ts); with `track`. */
  cohort: Cohort | undefined;
  /** The id a new application gets. */
  newId: string;
  now: Date;
}

export type ApplicationDecision =
  /**
   * Store it and answer 201; `request` is the body as validated (trimmed), `emailKey` what duplicates
   * are found by, `cohort` the track's applications after it (offers that expired meanwhile included).
   */
  | { kind: 'created'; application: Application; request: ValidApplication; emailKey: string; cohort: Cohort }
  /** Answer 200 with the application the first request made. */
  | { kind: 'replayed'; application: Application }
  | ApplyProblem;

export function decideApplication(facts: ApplicationFacts): ApplicationDecision {
  const { track, body, idempotencyKey, earlier } = facts;
  if (!track) return applyProblems.unknownTrack(facts.trackId);
  if ('unreadable' in body) return body.unreadable;
  if (!isIdempotencyKey(idempotencyKey)) return applyProblems.missingKey();
  if (earlier) return earlier.bodyHash === facts.bodyHash ? { kind: 'replayed', application: earlier.application } : applyProblems.keyReused();
  if (!takesApplicationsAt(track, facts.now)) return applyProblems.closed(trackStatusAt(track, facts.now));
  const valid = validateApplication(track, body.value);
  if ('problem' in valid) return valid.problem;
  if (facts.emailAlreadyApplied) return applyProblems.duplicate();
  if (facts.addressCapReached !== undefined) return applyProblems.tooManyFromAddress(facts.addressCapReached);
  const step = applyTo(facts.cohort!, facts.newId, facts.now);
  if ('problem' in step) return applyProblems.full();
  const { status, waitlistPosition } = step.application;
  return {
    kind: 'created',
    application: { id: facts.newId, trackId: track.id, status, ...(waitlistPosition ? { waitlistPosition } : {}), receivedAt: rfc3339(facts.now) },
    request: valid.data,
    emailKey: valid.data.email.toLowerCase(),
    cohort: step.cohort,
  };
}
