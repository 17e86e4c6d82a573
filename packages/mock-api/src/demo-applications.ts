// Fixed manage tokens for stories and the offline demo (docs/mock-api.md): the mock sends no mail, so
// a page that shows one's own application (§3.7) needs a token it can know beforehand. Each names an
// application made the first time it is used, through the contract's seat rules, so its status and
// history are what the rules give: on the Lerend Netwerk Participatie 2027 (a selection track with
// free seats), and the waitlisted one on a full first-come track, since on a track with free seats a
// place in line is offered at once.
import { applyTo, cancelByApplicant, decide, type Cohort, type LearningTrackRecord, type Step, type ValidApplication } from '@ino/contract';
import type { Decision } from '@ino/sdk';
import type { ApplicationStore } from './application-store.js';

type SeatStep = (cohort: Cohort, id: string, now: Date) => Step;
const byOrganisers =
  (decision: Decision): SeatStep =>
  (cohort, id, now) =>
    decide(cohort, id, decision, now, 'demo-organiser');

const SELECTION_TRACK = 'lerend-netwerk-participatie-2027';
const FULL_TRACK = 'kennisnetwerk-open-data-publiceren';

/** Each demo token: the track it applies to and the steps after applying. */
export const DEMO_APPLICATIONS: Readonly<Record<string, { trackId: string; steps: readonly SeatStep[] }>> = {
  'demo-received': { trackId: SELECTION_TRACK, steps: [] },
  'demo-confirmed': { trackId: SELECTION_TRACK, steps: [byOrganisers('select')] },
  'demo-waitlisted': { trackId: FULL_TRACK, steps: [] },
  // Put in line while seats are free, it is offered one at once (by `system`), for the offer window.
  'demo-offered': { trackId: SELECTION_TRACK, steps: [byOrganisers('waitlist')] },
  'demo-declined': { trackId: SELECTION_TRACK, steps: [byOrganisers('decline')] },
  'demo-cancelled': { trackId: SELECTION_TRACK, steps: [byOrganisers('select'), cancelByApplicant] },
};

/** Makes the demo application a demo token names, if it is one and its track is served; once. */
export function seedDemoApplication(store: ApplicationStore, token: string, track: (id: string) => LearningTrackRecord | undefined, now: Date): void {
  const demo = DEMO_APPLICATIONS[token];
  const record = demo && track(demo.trackId);
  if (!record || store.knows(token)) return;
  const request: ValidApplication = {
    givenName: 'An',
    familyName: 'Peeters',
    email: `${token}@example.org`,
    organisation: 'Stad Gent',
    role: 'Beleidsmedewerker participatie',
    answers: Object.fromEntries(record.questions.map((q) => [q.id, 'Tien jaar ervaring met buurtbudgetten en een burgerpanel.'])),
    consentVersion: record.consent.version,
    lang: 'nl',
  };
  store.seed(demo.trackId, request, token, [applyTo, ...demo.steps], now);
}
