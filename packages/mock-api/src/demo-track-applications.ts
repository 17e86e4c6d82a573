// The demo applications of the Lerend Netwerk Participatie 2027 (docs/mock-api.md), for the organiser's
// table in stories and the offline demo: 36 people (invented names, @example.org addresses, real
// organisations of the network) who applied over the weeks before the clock's now, a selection round
// six days ago that filled the seats and put the rest of the good ones in line, and what happened since:
// cancellations, an offer that ran out, an accepted one. Every step goes through the contract's seat
// rules at its own moment, so statuses, waitlist positions, offers and history are what the rules give,
// and the same clock always gives the same table. Five of the demo manage tokens (demo-applications.ts)
// name applications here, so the applicant's page and the organiser's table tell one story.
import { acceptOffer, applyTo, cancelByApplicant, decide, type Cohort, type LearningTrackRecord, type Step, type ValidApplication } from '@ino/contract';
import type { Decision } from '@ino/sdk';
import type { ApplicationStore, SeatStep } from './application-store.js';
import { DEMO_ORGANISER_TOKEN } from './organiser-applications.js';

export const DEMO_TRACK = 'lerend-netwerk-participatie-2027';

const HOUR = 3_600_000;

/** What the selection round (or nothing yet) does with an applicant: select, waitlist, decline, or leave received. */
type Round = 'S' | 'W' | 'D' | 'R';

interface Applicant {
  givenName: string;
  familyName: string;
  organisation: string;
  role?: string;
  round: Round;
  /** A demo manage token naming this application; its address is then `<token>@example.org`. */
  token?: string;
  note?: string;
  lang?: 'nl' | 'fr';
}

// In the order they applied. The round fills the 18 seats of the cohort (30, of which 12 were taken
// before the service ran) with the S's, in order, and puts the W's in line behind.
const APPLICANTS: readonly Applicant[] = [
  { givenName: 'Lotte', familyName: 'Vermeulen', organisation: 'Stad Gent', role: 'Participatieambtenaar', round: 'S' },
  { givenName: 'Jonas', familyName: 'De Smet', organisation: 'Stad Antwerpen', role: 'Projectleider wijkwerking', round: 'S' },
  {
    givenName: 'Sara',
    familyName: 'El Idrissi',
    organisation: 'Stad Mechelen',
    role: 'Beleidsmedewerker',
    round: 'D',
    note: 'Past beter in het lerend netwerk van 2028: het project start pas dan.',
  },
  { givenName: 'Pieter', familyName: 'Claes', organisation: 'Gemeente Oud-Heverlee', role: 'Algemeen directeur', round: 'S', token: 'demo-confirmed' },
  {
    givenName: 'Nathalie',
    familyName: 'Dubois',
    organisation: 'FOD Beleid en Ondersteuning (BOSA)',
    role: 'Conseillère participation',
    round: 'S',
    lang: 'fr',
  },
  { givenName: 'Wout', familyName: 'Jacobs', organisation: 'Stad Leuven', role: 'Coördinator burgerbudget', round: 'W' },
  {
    givenName: 'Hanne',
    familyName: 'Maes',
    organisation: 'VVSG',
    role: 'Stafmedewerker lokale democratie',
    round: 'S',
    note: 'Brengt de ervaring van de experimenten met participatieve gemeenteraden mee.',
  },
  { givenName: 'Bram', familyName: 'Willems', organisation: 'Agentschap Binnenlands Bestuur', role: 'Programmamedewerker', round: 'S' },
  {
    givenName: 'Elif',
    familyName: 'Yilmaz',
    organisation: 'Stad Genk',
    role: 'Buurtregisseur',
    round: 'D',
    token: 'demo-declined',
    note: 'Het participatietraject in Genk start pas in 2028.',
  },
  { givenName: 'Tom', familyName: 'Goossens', organisation: 'Stad Kortrijk', role: 'Communicatieadviseur', round: 'S' },
  { givenName: 'Ine', familyName: 'Wouters', organisation: 'Departement Kanselarij en Bestuur', role: 'Beleidsadviseur', round: 'S' },
  { givenName: 'Kobe', familyName: 'Mertens', organisation: 'Gemeente Overijse', role: 'Beleidsmedewerker participatie', round: 'W' },
  { givenName: 'Amber', familyName: 'Peeters', organisation: 'Stad Hasselt', round: 'S' },
  { givenName: 'Ruben', familyName: 'Dewulf', organisation: 'Stad Oostende', role: 'Projectmedewerker', round: 'S' },
  { givenName: 'Margot', familyName: 'Lambert', organisation: 'Stad Gent', role: 'Wijkregisseur', round: 'R', token: 'demo-received' },
  { givenName: 'Dries', familyName: 'Van den Broeck', organisation: 'Agentschap Informatie Vlaanderen', role: 'Productmanager', round: 'S' },
  { givenName: 'Yasmina', familyName: 'Bouzid', organisation: 'Stad Antwerpen', role: 'Beleidsmedewerker', round: 'W', token: 'demo-offered' },
  { givenName: 'Lien', familyName: 'Verstraete', organisation: 'Departement Mobiliteit en Openbare Werken', role: 'Omgevingsmanager', round: 'S' },
  {
    givenName: 'Stijn',
    familyName: 'Hermans',
    organisation: 'Digipolis',
    role: 'UX-onderzoeker',
    round: 'D',
    note: 'Geen project met burgerparticipatie lopend.',
  },
  { givenName: 'Femke', familyName: 'Aerts', organisation: 'OVAM', role: 'Projectleider', round: 'S' },
  { givenName: 'Arne', familyName: 'Segers', organisation: 'Stad Leuven', role: 'Participatiecoach', round: 'W' },
  {
    givenName: 'Charlotte',
    familyName: 'Lemmens',
    organisation: 'Agentschap Overheidspersoneel',
    role: 'Leercoördinator',
    round: 'S',
    token: 'demo-cancelled',
  },
  { givenName: 'Mehdi', familyName: 'Amrani', organisation: 'Stad Mechelen', role: 'Jeugdconsulent', round: 'S' },
  { givenName: 'Eline', familyName: 'Coppens', organisation: 'VDAB', role: 'Dienstverleningsontwerper', round: 'R' },
  { givenName: 'Thomas', familyName: 'Vandenberghe', organisation: 'Stad Kortrijk', role: 'Stadsontwikkelaar', round: 'W' },
  { givenName: 'Julie', familyName: 'Michiels', organisation: 'Departement Economie, Wetenschap en Innovatie', role: 'Beleidsanalist', round: 'S' },
  { givenName: 'Sander', familyName: 'Wuyts', organisation: 'Gemeente Oud-Heverlee', round: 'D', note: 'Een collega van Oud-Heverlee is al geselecteerd.' },
  { givenName: 'Marie', familyName: 'Declercq', organisation: 'Stad Oostende', role: 'Wijkcoördinator', round: 'S' },
  { givenName: 'Lucas', familyName: 'Janssens', organisation: 'Stad Genk', role: 'Beleidsmedewerker', round: 'R' },
  { givenName: 'Noor', familyName: 'Van Damme', organisation: 'Stad Gent', role: 'Projectleider burgerbegroting', round: 'W' },
  { givenName: 'Jef', familyName: 'Smolders', organisation: 'Stad Hasselt', role: 'Diensthoofd communicatie', round: 'S' },
  { givenName: 'Laura', familyName: 'Martens', organisation: 'VLAIO (Agentschap Innoveren en Ondernemen)', role: 'Innovatieadviseur', round: 'R' },
  { givenName: 'Ward', familyName: 'Desmet', organisation: 'Vlaanderen Circulair', role: 'Netwerkcoördinator', round: 'W' },
  { givenName: 'Zoë', familyName: 'Van Hove', organisation: 'Levuur', round: 'D', note: 'Levuur begeleidt het netwerk al.' },
  { givenName: 'Anouk', familyName: 'Pauwels', organisation: 'Stad Antwerpen', role: 'Districtsmedewerker', round: 'R' },
  { givenName: 'Olivier', familyName: 'Renard', organisation: 'Federale overheid', role: 'Chargé de mission', round: 'R', lang: 'fr' },
];

/** What they bring and expect, in turn; one answer is a list of lines (a CSV cell with line ends). */
const BRING = [
  'Drie jaar ervaring met een burgerbudget per wijk.',
  'Een burgerpanel over het mobiliteitsplan, met loting.',
  '- een participatieplatform\n- een vaste adviesraad\n- wijkgesprekken',
  'We zetten net een kindergemeenteraad op.',
  'Lessen uit een participatietraject dat is stilgevallen: wat we anders zouden doen.',
  'Een aanpak om moeilijk bereikbare groepen te betrekken via buurtwerkers.',
];
const EXPECT = [
  'Collega’s die hetzelfde proberen en eerlijk vertellen wat niet werkte.',
  'Een kader om te kiezen tussen adviseren en coproduceren.',
  'Hulp bij het terugkoppelen aan deelnemers.',
  'Inspiratie voor participatie in een kleine gemeente met weinig middelen.',
  'Methodes om de gemeenteraad mee te krijgen.',
];

/** How the story goes on after the round, hours before the clock's now. */
const AFTER_ROUND = {
  /** The organisers cancel a confirmed seat on a phone call; the first in line is offered it (it will run out). */
  organiserCancels: { at: -100, applicant: 9, note: 'Afgemeld per telefoon: dienstreis in februari.' },
  /** An applicant cancels; first the offer of -100 h has run out (cancelled, passed on), then this seat is offered too. */
  applicantCancels: { at: -20, applicant: 21 },
  /** The earliest open offer is accepted. */
  accepts: { at: -10 },
  /** A double application by a colleague is cancelled; its seat is offered to the next in line. */
  organiserCancelsAgain: { at: -4, applicant: 27, note: 'Dubbele inschrijving: een collega van Oostende neemt deel.' },
};

const byOrganisers =
  (decision: Decision, note?: string): SeatStep =>
  (cohort, id, now) =>
    decide(cohort, id, decision, now, DEMO_ORGANISER_TOKEN, note);

/** Selected while a seat is free; once the seats are gone, put in line instead. */
const selectOrWaitlist =
  (note?: string): SeatStep =>
  (cohort: Cohort, id: string, now: Date): Step => {
    const selected = byOrganisers('select', note)(cohort, id, now);
    return 'problem' in selected && selected.problem.problem === 'seats-exhausted' ? byOrganisers('waitlist', note)(cohort, id, now) : selected;
  };

const ROUND: Record<Exclude<Round, 'R'>, (note?: string) => SeatStep> = {
  S: selectOrWaitlist,
  W: (note) => byOrganisers('waitlist', note),
  D: (note) => byOrganisers('decline', note),
};

const emailOf = ({ givenName, familyName, token }: Applicant) =>
  token
    ? `${token}@example.org`
    : `${`${givenName}.${familyName}`
        .normalize('NFD')
        .replace(/[^A-Za-z.]/g, '')
        .toLowerCase()}@example.org`;

/** Makes the demo applications of the Lerend Netwerk Participatie 2027, when the dataset has that selection track. */
export function seedDemoTrackApplications(store: ApplicationStore, track: (id: string) => LearningTrackRecord | undefined, now: Date): void {
  const record = track(DEMO_TRACK);
  if (!record || record.admission !== 'selection') return;
  const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * HOUR);
  // Applied from the opening of applications (at most three weeks back) until a week ago; when the
  // clock is too close to the opening for that, over the 36 hours before.
  const lastApplied = now.getTime() - 150 * HOUR;
  const opened = Math.max(Date.parse(record.applicationOpensAt ?? '') || 0, now.getTime() - 21 * 24 * HOUR);
  const firstApplied = opened < lastApplied ? opened : lastApplied - 36 * HOUR;
  const ids = APPLICANTS.map((applicant, i) => {
    const request: ValidApplication = {
      givenName: applicant.givenName,
      familyName: applicant.familyName,
      email: emailOf(applicant),
      organisation: applicant.organisation,
      ...(applicant.role ? { role: applicant.role } : {}),
      answers: Object.fromEntries(record.questions.map((q, k) => [q.id, (k === 0 ? BRING : EXPECT)[(i + k) % (k === 0 ? BRING : EXPECT).length]!])),
      consentVersion: record.consent.version,
      lang: applicant.lang ?? 'nl',
    };
    const at = new Date(firstApplied + ((i + 0.5) / APPLICANTS.length) * (lastApplied - firstApplied));
    // Those without a demo token get a random one, as every application has: no one is told it.
    return store.seed(DEMO_TRACK, request, applicant.token, [applyTo], at);
  });
  // The selection round, six days ago, a decision every twenty minutes: first the seats, then the line
  // (put in line while a seat is free, one is offered it at once), then the rest; each in the order they applied.
  const round = (['S', 'W', 'D'] as const).flatMap((kind) =>
    APPLICANTS.flatMap(({ round, note }, i) => (round === kind ? [{ i, step: ROUND[kind](note) }] : [])),
  );
  round.forEach(({ i, step }, k) => store.seedStep(ids[i]!, step, new Date(hoursFromNow(-144).getTime() + k * (HOUR / 3))));
  const { organiserCancels, applicantCancels, accepts, organiserCancelsAgain } = AFTER_ROUND;
  store.seedStep(ids[organiserCancels.applicant]!, byOrganisers('cancel', organiserCancels.note), hoursFromNow(organiserCancels.at));
  store.seedStep(ids[applicantCancels.applicant]!, cancelByApplicant, hoursFromNow(applicantCancels.at));
  const acceptedAt = hoursFromNow(accepts.at);
  const offered = store.ofTrack(DEMO_TRACK, acceptedAt)!.find((a) => a.status === 'offered');
  if (offered) store.seedStep(offered.id, acceptOffer, acceptedAt);
  store.seedStep(ids[organiserCancelsAgain.applicant]!, byOrganisers('cancel', organiserCancelsAgain.note), hoursFromNow(organiserCancelsAgain.at));
}
