// The Flemish participation ladder of the Kenniscentrum Participatie, built in so that the picker works
// without a network: five rungs with who takes the initiative, who decides and who bears
// responsibility; rung 2 has three gradations, rung 4 carries the seed's own examples.
// Dutch is here; French and English are in ladder-content.fr.ts and .en.ts. The one source of this
// text: the mock API serves it too (through built-in-ladders.ts), and the practice card takes its
// rung names from it.
import type { LadderRung, ParticipationLadder } from '@ino/sdk';
import { Catalogue } from '../shared/catalogue.js';

/** The version of the built-in wording; `GET /participation-ladder` may serve a newer one. */
export const LADDER_VERSION = '2026-01';

/** The ladder's text in one language. */
export interface LadderContent {
  ladder: ParticipationLadder;
  /**
   * What each gradation of rung 2 means (the contract carries only the variants' names), ordered from
   * least to most influence: consult on a nearly final proposal, ask the advisory councils, think
   * along from the start (coproductie).
   */
  variantDescriptions: Record<string, string>;
}

const ladder: ParticipationLadder = {
  version: LADDER_VERSION,
  lang: 'nl',
  rungs: [
    {
      level: 1,
      key: 'overheidssturing',
      name: 'Overheidssturing',
      summary: 'De overheid neemt het initiatief, beslist en draagt de volledige verantwoordelijkheid als rechtmatige overheid. Burgers en organisaties volgen van op afstand en informeren zich af en toe.',
      initiative: 'De overheid.',
      decision: 'De overheid.',
      responsibility: 'De overheid, volledig, als rechtmatige overheid.',
      examples: [],
    },
    {
      level: 2,
      key: 'burgerparticipatie',
      name: 'Burger- of beleidsparticipatie',
      summary: 'De overheid neemt het initiatief, betrekt andere actoren en houdt rekening met hun inbreng. Ze behoudt het beslissingsrecht (primaat van de politiek) en de eindverantwoordelijkheid.',
      initiative: 'De overheid.',
      decision: 'De overheid, die het beslissingsrecht behoudt (primaat van de politiek).',
      responsibility: 'De overheid draagt de eindverantwoordelijkheid.',
      examples: [],
      variants: [
        { key: 'consultatie', name: 'Consultatie' },
        { key: 'advies', name: 'Advies' },
        { key: 'coproductie', name: 'Coproductie' },
      ],
    },
    {
      level: 3,
      key: 'cocreatie',
      name: 'Cocreatie',
      summary: 'Burgers, overheid, middenveldorganisaties, bedrijven en kennisinstellingen zetten samen de agenda, zoeken samen oplossingen en beslissen samen. Ze zijn gelijkwaardige partners en delen de verantwoordelijkheid, ook voor financiering en uitvoering.',
      initiative: 'Gezamenlijk: burgers, overheid, middenveldorganisaties, bedrijven en kennisinstellingen zetten samen de agenda.',
      decision: 'Gezamenlijk: de partners zoeken samen oplossingen en beslissen samen.',
      responsibility: 'Gedeeld: iedereen is een gelijkwaardige partner. De partners zoeken samen financiering en voeren samen uit.',
      examples: [],
    },
    {
      level: 4,
      key: 'overheidsparticipatie',
      name: 'Overheidsparticipatie',
      summary: 'Burgers, ondernemers, kennisinstellingen of het middenveld nemen van onderuit het initiatief om maatschappelijke meerwaarde te creëren. De overheid stapt mee in dat initiatief: ze ondersteunt of faciliteert wanneer men aanklopt, of creëert actief ruimte en een kader.',
      initiative: 'Van onderuit: burgers, ondernemers, kennisinstellingen of het middenveld, alleen of samen.',
      decision: 'De initiatiefnemers.',
      responsibility: 'De initiatiefnemers. De overheid verrijkt het initiatief idealiter.',
      examples: ['Burgerbegroting', 'Tijdelijke invullingen', 'Right to challenge'],
    },
    {
      level: 5,
      key: 'zelfbeheer',
      name: 'Zelfbeheer',
      summary: 'Burgers, bedrijven en organisaties nemen zelf het initiatief, beslissen zelf en rollen het volledig uit, zonder enige betrokkenheid van de overheid.',
      initiative: 'Burgers, bedrijven en organisaties.',
      decision: 'Zijzelf.',
      responsibility: 'Zijzelf. Ze rollen het initiatief volledig uit, zonder betrokkenheid van de overheid.',
      examples: [],
    },
  ],
};

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const ladderContent = new Catalogue<LadderContent>(
  {
    ladder,
    variantDescriptions: {
      consultatie: 'Consulteren over een voorstel dat al in de eindfase zit.',
      advies: 'Advies vragen via de (strategische) adviesraden.',
      coproductie: 'Andere actoren denken mee van bij het begin van de beleidscyclus. De overheid beslist en blijft eindverantwoordelijk.',
    },
  },
  {
    fr: async () => (await import('./ladder-content.fr.js')).fr,
    en: async () => (await import('./ladder-content.en.js')).en,
  },
);

/** The rung at a level (1–5) of a ladder. */
export function rungAt(ladder: ParticipationLadder, level: number): LadderRung | undefined {
  return ladder.rungs.find((rung) => rung.level === level);
}
