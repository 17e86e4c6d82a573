// Fixed manage tokens for stories and the offline demo (docs/mock-api.md): the mock sends no mail, so
// a page that shows one's own application (§3.7) needs a token it can know beforehand. Five name
// applications among the demo applications of the Lerend Netwerk Participatie 2027
// (demo-track-applications.ts), made with the mock: demo-received, -confirmed, -offered, -declined and
// -cancelled. The waitlisted one is on a full first-come track, since on the selection track a place
// in line is offered as soon as a seat frees; it is made the first time it is used, through the
// contract's seat rules, so that a track the tests fill starts as the content says.
import { applyTo, type LearningTrackRecord, type ValidApplication } from '@ino/contract';
import type { ApplicationStore } from './application-store.js';

/** The demo tokens made on first use, and the track each applies to. */
const LAZY_DEMO_APPLICATIONS: Readonly<Record<string, string>> = {
  'demo-waitlisted': 'kennisnetwerk-open-data-publiceren',
};

/** Makes the demo application a lazily made demo token names, if it is one and its track is served; once. */
export function seedDemoApplication(store: ApplicationStore, token: string, track: (id: string) => LearningTrackRecord | undefined, now: Date): void {
  const trackId = LAZY_DEMO_APPLICATIONS[token];
  const record = trackId && track(trackId);
  if (!record || store.knows(token)) return;
  const request: ValidApplication = {
    givenName: 'An',
    familyName: 'Peeters',
    email: `${token}@example.org`,
    organisation: 'Stad Gent',
    role: 'Beleidsmedewerker participatie',
    answers: Object.fromEntries(record.questions.map((q) => [q.id, 'Tien jaar ervaring met open data bij een centrumstad.'])),
    consentVersion: record.consent.version,
    lang: 'nl',
  };
  store.seed(trackId, request, token, [applyTo], now);
}
