// Contract-shaped samples, copied from CONTRACT.md's examples, for tests that need one valid value.
import type { Application, Challenge, LearningTrack, Organisation, ParticipationLadder, Practice, Theme } from '../src/index.js';

export const BASE = 'https://api.example.test/ino/v1';

export const organisation: Organisation = {
  id: 'vdab',
  name: 'VDAB',
  kind: 'flemish-entity',
  level: 'flemish',
  identifiers: { kbo: '0887010362', ovo: 'OVO000047', nis: null },
  url: 'https://www.vdab.be',
};

export const themes: Theme[] = [
  { id: 'werk', label: 'Werk' },
  { id: 'participatie', label: 'Participatie' },
];

export const ladder: ParticipationLadder = {
  version: '2026-01',
  lang: 'nl',
  rungs: [1, 2, 3, 4, 5].map((level) => ({
    level,
    key: `trede-${level}`,
    name: `Trede ${level}`,
    summary: 'Wie neemt het initiatief, wie beslist.',
    initiative: 'De overheid.',
    decision: 'De overheid.',
    responsibility: 'De overheid.',
    examples: ['Een voorbeeld'],
    ...(level === 2
      ? {
          variants: [
            { key: 'consultatie', name: 'Consultatie' },
            { key: 'advies', name: 'Advies' },
          ],
        }
      : {}),
  })),
};

export const practice: Practice = {
  id: 'work-out-room',
  lang: 'nl',
  title: 'Work out Room',
  summary: 'Innovatielab van VDAB dat ondernemers, burgers en partners samenbrengt rond uitdagingen op de arbeidsmarkt.',
  description: 'Eerste alinea.\n\nTweede alinea.',
  organisations: [{ id: 'vdab', name: 'VDAB', kind: 'flemish-entity', level: 'flemish' }],
  level: 'flemish',
  themes: [{ id: 'werk', label: 'Werk' }],
  ladderRung: 3,
  facet: 'enhancement',
  stage: 'anchored',
  startedOn: '2017-01-01',
  whatWorked: 'Snel testen met een klein budget.',
  whatDidNotWork: 'Opschalen na de test bleek moeilijk.',
  lessons: ['Begin klein.', 'Betrek de gebruiker.'],
  figures: [{ label: 'Maximaal testbudget per project', value: '30.000 euro' }],
  contact: { name: 'Work out Room-team', email: 'workoutroom@example.org' },
  links: [{ label: 'Meer over de Work out Room', url: 'https://www.vdab.be/workoutroom' }],
  updatedAt: '2026-10-02T09:30:00+02:00',
};

export const challenge: Challenge = {
  id: 'sluisdeuren-voorspellend-onderhoud',
  lang: 'nl',
  title: 'Voorspel wanneer een sluisdeur onderhoud nodig heeft',
  summary: 'Sensoren en data voor voorspellend onderhoud.',
  owners: [{ id: 'mow', name: 'Departement Mobiliteit en Openbare Werken', kind: 'flemish-entity', level: 'flemish' }],
  partners: [],
  themes: [{ id: 'mobiliteit', label: 'Mobiliteit' }],
  programme: { id: 'sandbox-vlaanderen', label: 'Sandbox Vlaanderen' },
  status: 'open',
  opensAt: '2026-11-01T09:00:00+01:00',
  closesAt: '2026-12-15T17:00:00+01:00',
  budget: { maxAmount: 30000, currency: 'EUR', vatIncluded: false },
  municipalities: [],
  steps: ['Dien je voorstel in'],
  applyUrl: 'https://example.org/uitdagingen/sluisdeuren',
  updatedAt: '2026-11-02T10:00:00+01:00',
};

export const track: LearningTrack = {
  id: 'lerend-netwerk-participatie-2027',
  lang: 'nl',
  title: 'Lerend Netwerk Participatie 2027',
  summary: 'Een jaar lang, vijf volledige dagen.',
  organisers: [{ id: 'vvsg', name: 'VVSG', kind: 'network', level: 'local' }],
  themes: [],
  audience: 'Ambtenaren',
  format: 'in-person',
  sessions: [{ startsAt: '2027-02-04T09:30:00+01:00', endsAt: '2027-02-04T16:30:00+01:00', location: 'Brussel' }],
  seats: 30,
  seatsTaken: 12,
  admission: 'selection',
  applicationOpensAt: '2026-11-15T09:00:00+01:00',
  applicationClosesAt: '2027-01-10T23:59:00+01:00',
  status: 'open',
  waitlist: true,
  questions: [
    { id: 'bring', label: 'Wat breng je mee?', required: true, maxLength: 1500 },
    { id: 'expect', label: 'Wat verwacht je?', required: false, maxLength: 20 },
  ],
  consent: { version: '2026-09', text: 'Ik geef toestemming.', privacyUrl: 'https://example.org/privacy' },
  updatedAt: '2026-11-15T09:00:00+01:00',
};

export const application: Application = {
  id: 'app-1',
  trackId: 'lerend-netwerk-participatie-2027',
  status: 'received',
  receivedAt: '2026-11-20T10:00:00+01:00',
};
