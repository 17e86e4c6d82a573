// The demo applications (docs/mock-api.md#the-demo-applications), for the organiser's table in stories
// and the offline demo: invented people (@example.org addresses) of real organisations of the network,
// who applied over the weeks before the clock's now, then a round of the organisers' decisions and
// what happened since. Every step goes through the contract's seat rules at its own moment, so
// statuses, waitlist positions, offers and history are what the rules give, and the same clock always
// gives the same table. Two selection tracks:
// - the Lerend Netwerk Participatie 2027 (33): selected, declined, under review; reserves put in line
//   while a seat was free, so offered it at once: one offer ran out, one was accepted, two are open;
//   cancellations. One seat stays free: the public pages of the track (the signup form) show it open.
//   Five of the demo manage tokens (demo-applications.ts) name applications here, so the applicant's
//   page and the organiser's table tell one story.
// - the Masterclasses voor interne procesbegeleiders 2027 (8), whose seats were all taken before the
//   service ran: its reserves wait in line (`waitlisted`, positions 1–4), and selecting is
//   `seats-exhausted`. Its public seats do not change.
import { acceptOffer, applyTo, cancelByApplicant, decide, type LearningTrackRecord, type ValidApplication } from '@ino/contract';
import type { Decision } from '@ino/sdk';
import type { ApplicationStore, SeatStep } from './application-store.js';
import { DEMO_ORGANISER_TOKEN } from './organiser-applications.js';

const HOUR = 3_600_000;

/** What happens to an application: an organiser's decision, or the applicant's cancel or accept. */
type Action = Decision | 'applicant-cancels' | 'applicant-accepts';

interface Applicant {
  givenName: string;
  familyName: string;
  organisation: string;
  role?: string;
  /** The organisers' round, after the last application: select, decline or waitlist; none leaves it received (or for later). */
  round?: Decision;
  /** A demo manage token naming this application; its address is then `<token>@example.org`. */
  token?: string;
  note?: string;
  lang?: 'nl' | 'fr';
}

interface Later {
  /** Hours before the clock's now (negative). */
  at: number;
  /** The applicant's place in APPLICANTS. */
  applicant: number;
  action: Action;
  note?: string;
}

interface DemoTrack {
  id: string;
  /** In the order they applied. */
  applicants: readonly Applicant[];
  /** Answers to the track's questions, in turn per question. */
  answers: readonly (readonly string[])[];
  later: readonly Later[];
}

const LEREND_NETWERK: DemoTrack = {
  id: 'lerend-netwerk-participatie-2027',
  applicants: [
    { givenName: 'Lotte', familyName: 'Vermeulen', organisation: 'Stad Gent', role: 'Participatieambtenaar', round: 'select' },
    { givenName: 'Jonas', familyName: 'De Smet', organisation: 'Stad Antwerpen', role: 'Projectleider wijkwerking', round: 'select' },
    {
      givenName: 'Sara',
      familyName: 'El Idrissi',
      organisation: 'Stad Mechelen',
      role: 'Beleidsmedewerker',
      round: 'decline',
      note: 'Past beter in het lerend netwerk van 2028: het project start pas dan.',
    },
    { givenName: 'Pieter', familyName: 'Claes', organisation: 'Gemeente Oud-Heverlee', role: 'Algemeen directeur', round: 'select', token: 'demo-confirmed' },
    {
      givenName: 'Nathalie',
      familyName: 'Dubois',
      organisation: 'FOD Beleid en Ondersteuning (BOSA)',
      role: 'Conseillère participation',
      round: 'select',
      lang: 'fr',
    },
    { givenName: 'Wout', familyName: 'Jacobs', organisation: 'Stad Leuven', role: 'Coördinator burgerbudget' },
    {
      givenName: 'Hanne',
      familyName: 'Maes',
      organisation: 'VVSG',
      role: 'Stafmedewerker lokale democratie',
      round: 'select',
      note: 'Brengt de ervaring van de experimenten met participatieve gemeenteraden mee.',
    },
    { givenName: 'Bram', familyName: 'Willems', organisation: 'Agentschap Binnenlands Bestuur', role: 'Programmamedewerker', round: 'select' },
    {
      givenName: 'Elif',
      familyName: 'Yilmaz',
      organisation: 'Stad Genk',
      role: 'Buurtregisseur',
      round: 'decline',
      token: 'demo-declined',
      note: 'Het participatietraject in Genk start pas in 2028.',
    },
    { givenName: 'Tom', familyName: 'Goossens', organisation: 'Stad Kortrijk', role: 'Communicatieadviseur', round: 'select' },
    { givenName: 'Ine', familyName: 'Wouters', organisation: 'Departement Kanselarij en Bestuur', role: 'Beleidsadviseur', round: 'select' },
    { givenName: 'Kobe', familyName: 'Mertens', organisation: 'Gemeente Overijse', role: 'Beleidsmedewerker participatie' },
    { givenName: 'Amber', familyName: 'Peeters', organisation: 'Stad Hasselt', round: 'select' },
    { givenName: 'Ruben', familyName: 'Dewulf', organisation: 'Stad Oostende', role: 'Projectmedewerker', round: 'select' },
    { givenName: 'Margot', familyName: 'Lambert', organisation: 'Stad Gent', role: 'Wijkregisseur', token: 'demo-received' },
    { givenName: 'Dries', familyName: 'Van den Broeck', organisation: 'Agentschap Informatie Vlaanderen', role: 'Productmanager', round: 'select' },
    { givenName: 'Yasmina', familyName: 'Bouzid', organisation: 'Stad Antwerpen', role: 'Beleidsmedewerker', token: 'demo-offered' },
    { givenName: 'Lien', familyName: 'Verstraete', organisation: 'Departement Mobiliteit en Openbare Werken', role: 'Omgevingsmanager', round: 'select' },
    {
      givenName: 'Stijn',
      familyName: 'Hermans',
      organisation: 'Digipolis',
      role: 'UX-onderzoeker',
      round: 'decline',
      note: 'Geen project met burgerparticipatie lopend.',
    },
    { givenName: 'Femke', familyName: 'Aerts', organisation: 'OVAM', role: 'Projectleider', round: 'select' },
    { givenName: 'Arne', familyName: 'Segers', organisation: 'Stad Leuven', role: 'Participatiecoach' },
    {
      givenName: 'Charlotte',
      familyName: 'Lemmens',
      organisation: 'Agentschap Overheidspersoneel',
      role: 'Leercoördinator',
      round: 'select',
      token: 'demo-cancelled',
    },
    { givenName: 'Mehdi', familyName: 'Amrani', organisation: 'Stad Mechelen', role: 'Jeugdconsulent' },
    { givenName: 'Eline', familyName: 'Coppens', organisation: 'VDAB', role: 'Dienstverleningsontwerper' },
    { givenName: 'Thomas', familyName: 'Vandenberghe', organisation: 'Stad Kortrijk', role: 'Stadsontwikkelaar' },
    { givenName: 'Julie', familyName: 'Michiels', organisation: 'Departement Economie, Wetenschap en Innovatie', role: 'Beleidsanalist', round: 'select' },
    {
      givenName: 'Sander',
      familyName: 'Wuyts',
      organisation: 'Gemeente Oud-Heverlee',
      round: 'decline',
      note: 'Een collega van Oud-Heverlee is al geselecteerd.',
    },
    { givenName: 'Marie', familyName: 'Declercq', organisation: 'Stad Oostende', role: 'Wijkcoördinator', round: 'select' },
    { givenName: 'Lucas', familyName: 'Janssens', organisation: 'Stad Genk', role: 'Beleidsmedewerker' },
    { givenName: 'Noor', familyName: 'Van Damme', organisation: 'Stad Gent', role: 'Projectleider burgerbegroting' },
    { givenName: 'Jef', familyName: 'Smolders', organisation: 'Stad Hasselt', role: 'Diensthoofd communicatie' },
    { givenName: 'Laura', familyName: 'Martens', organisation: 'VLAIO (Agentschap Innoveren en Ondernemen)', role: 'Innovatieadviseur' },
    { givenName: 'Zoë', familyName: 'Van Hove', organisation: 'Levuur', round: 'decline', note: 'Levuur begeleidt het netwerk al.' },
  ],
  answers: [
    [
      'Drie jaar ervaring met een burgerbudget per wijk.',
      'Een burgerpanel over het mobiliteitsplan, met loting.',
      // A list of lines: the CSV shows it as one quoted cell with line ends.
      '- een participatieplatform\n- een vaste adviesraad\n- wijkgesprekken',
      'We zetten net een kindergemeenteraad op.',
      'Lessen uit een participatietraject dat is stilgevallen: wat we anders zouden doen.',
      'Een aanpak om moeilijk bereikbare groepen te betrekken via buurtwerkers.',
    ],
    [
      'Collega’s die hetzelfde proberen en eerlijk vertellen wat niet werkte.',
      'Een kader om te kiezen tussen adviseren en coproduceren.',
      'Hulp bij het terugkoppelen aan deelnemers.',
      'Inspiratie voor participatie in een kleine gemeente met weinig middelen.',
      'Methodes om de gemeenteraad mee te krijgen.',
    ],
  ],
  // After the round (16 of the 18 seats): reserves put in line while a seat is free are offered it at once.
  later: [
    { at: -100, applicant: 5, action: 'waitlist', note: 'Reserve.' }, // offered; runs out 72 hours later
    { at: -60, applicant: 21, action: 'applicant-cancels' },
    { at: -50, applicant: 11, action: 'waitlist', note: 'Reserve.' },
    { at: -30, applicant: 11, action: 'applicant-accepts' },
    { at: -20, applicant: 20, action: 'waitlist', note: 'Reserve.' }, // meanwhile applicant 5's offer has run out: cancelled
    { at: -6, applicant: 27, action: 'cancel', note: 'Dubbele inschrijving: een collega van Oostende neemt deel.' },
    { at: -4, applicant: 16, action: 'waitlist', note: 'Reserve.' },
  ],
};

const MASTERCLASSES: DemoTrack = {
  id: 'procesbegeleiders-masterclasses-2027',
  applicants: [
    { givenName: 'Griet', familyName: 'Vanhoutte', organisation: 'Facilitair Bedrijf', role: 'Teamcoach', round: 'waitlist' },
    { givenName: 'Karim', familyName: 'Benali', organisation: 'Stad Mechelen', role: 'Organisatieadviseur', round: 'waitlist' },
    {
      givenName: 'Evi',
      familyName: 'Peeters',
      organisation: 'VDAB',
      role: 'Opleidingsverantwoordelijke',
      round: 'decline',
      note: 'Volgt al het leertraject netwerkleiderschap.',
    },
    { givenName: 'Joris', familyName: 'Van Loock', organisation: 'Departement Kanselarij en Bestuur', role: 'Procesmanager', round: 'waitlist' },
    { givenName: 'Sofie', familyName: 'Lenaerts', organisation: 'Stad Leuven', role: 'HR-business partner' },
    { givenName: 'Bart', familyName: 'Geerts', organisation: 'Gemeente Overijse', role: 'Algemeen directeur', round: 'waitlist' },
    { givenName: 'Nele', familyName: 'Dierckx', organisation: 'Digipolis', round: 'decline', note: 'Geen interne procesbegeleiding in de functie.' },
    { givenName: 'Hans', familyName: 'Moens', organisation: 'Agentschap Overheidspersoneel', role: 'Leercoach' },
  ],
  answers: [
    [
      'Ik begeleid al vergaderingen in mijn team en wil dat met meer methode doen.',
      'Onze reorganisatie vraagt iemand die gesprekken over diensten heen kan leiden.',
      'Ik wil leren omgaan met weerstand in een groep.',
    ],
  ],
  later: [],
};

const DEMO_TRACKS: readonly DemoTrack[] = [LEREND_NETWERK, MASTERCLASSES];

/** The organisers' decision as a step, by the demo organiser. */
const byOrganisers =
  (decision: Decision) =>
  (note?: string): SeatStep =>
  (cohort, id, now) =>
    decide(cohort, id, decision, now, DEMO_ORGANISER_TOKEN, note);

const ACTIONS: Record<Action, (note?: string) => SeatStep> = {
  select: byOrganisers('select'),
  decline: byOrganisers('decline'),
  waitlist: byOrganisers('waitlist'),
  cancel: byOrganisers('cancel'),
  'applicant-cancels': () => cancelByApplicant,
  'applicant-accepts': () => acceptOffer,
};

const emailOf = ({ givenName, familyName, token }: Applicant) =>
  token
    ? `${token}@example.org`
    : `${`${givenName}.${familyName}`
        .normalize('NFD')
        .replace(/[^A-Za-z.]/g, '')
        .toLowerCase()}@example.org`;

/** Makes the demo applications of each demo track the dataset has as a selection track. */
export function seedDemoTrackApplications(store: ApplicationStore, track: (id: string) => LearningTrackRecord | undefined, now: Date): void {
  for (const demo of DEMO_TRACKS) {
    const record = track(demo.id);
    if (record?.admission === 'selection') seedTrack(store, demo, record, now);
  }
}

function seedTrack(store: ApplicationStore, { id: trackId, applicants, answers, later }: DemoTrack, record: LearningTrackRecord, now: Date): void {
  const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * HOUR);
  // Applied over at most three weeks up to the close of applications, or up to a week ago if that is
  // earlier; over the 36 hours before that when the clock leaves no room after the opening.
  const lastApplied = Math.min(Date.parse(record.applicationClosesAt ?? '') || Infinity, hoursFromNow(-150).getTime());
  const opened = Math.max(Date.parse(record.applicationOpensAt ?? '') || 0, lastApplied - 21 * 24 * HOUR);
  const firstApplied = opened < lastApplied ? opened : lastApplied - 36 * HOUR;
  const ids = applicants.map((applicant, i) => {
    const request: ValidApplication = {
      givenName: applicant.givenName,
      familyName: applicant.familyName,
      email: emailOf(applicant),
      organisation: applicant.organisation,
      ...(applicant.role ? { role: applicant.role } : {}),
      answers: Object.fromEntries(record.questions.map((q, k) => [q.id, answers[k % answers.length]![(i + k) % answers[k % answers.length]!.length]!])),
      consentVersion: record.consent.version,
      lang: applicant.lang ?? 'nl',
    };
    const at = new Date(firstApplied + ((i + 0.5) / applicants.length) * (lastApplied - firstApplied));
    // Those without a demo token get a random one, as every application has: no one is told it.
    return store.seed(trackId, request, applicant.token, [applyTo], at);
  });
  // The round, six hours after the last application, a decision every twenty minutes: first the
  // seats, then the line, then the rest; each in the order they applied.
  const roundStart = lastApplied + 6 * HOUR;
  const round = (['select', 'waitlist', 'decline', 'cancel'] as const).flatMap((decision) =>
    applicants.flatMap(({ round, note }, i) => (round === decision ? [{ i, step: ACTIONS[decision](note) }] : [])),
  );
  round.forEach(({ i, step }, k) => store.seedStep(ids[i]!, step, new Date(roundStart + k * (HOUR / 3))));
  for (const { at, applicant, action, note } of later) store.seedStep(ids[applicant]!, ACTIONS[action](note), hoursFromNow(at));
}
