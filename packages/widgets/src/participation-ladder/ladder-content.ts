// The Flemish participation ladder of the Kenniscentrum Participatie, built in so that the picker works
// without a network: five rungs with who takes the initiative, who decides and who bears
// responsibility; rung 2 has three gradations, rung 4 carries the seed's own examples.
// The one source of this text: the mock API serves it too (packages/mock-api/src/dataset/ladder.ts),
// and the practice card takes its rung names from it.
import type { KnownLang, LadderRung, ParticipationLadder } from '@ino/sdk';

/** The version of the built-in wording; `GET /participation-ladder` may serve a newer one. */
const VERSION = '2026-01';

const nl: ParticipationLadder = {
  version: VERSION,
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

const fr: ParticipationLadder = {
  version: VERSION,
  lang: 'fr',
  rungs: [
    {
      level: 1,
      key: 'overheidssturing',
      name: 'Pilotage par les pouvoirs publics',
      summary: "Les pouvoirs publics prennent l'initiative, décident et portent l'entière responsabilité en tant qu'autorité légitime. Les citoyens et les organisations suivent à distance et s'informent de temps à autre.",
      initiative: 'Les pouvoirs publics.',
      decision: 'Les pouvoirs publics.',
      responsibility: "Les pouvoirs publics, entièrement, en tant qu'autorité légitime.",
      examples: [],
    },
    {
      level: 2,
      key: 'burgerparticipatie',
      name: 'Participation citoyenne ou participation aux politiques',
      summary: "Les pouvoirs publics prennent l'initiative, associent d'autres acteurs et tiennent compte de leurs contributions. Ils conservent le droit de décider (primauté du politique) et la responsabilité finale.",
      initiative: 'Les pouvoirs publics.',
      decision: 'Les pouvoirs publics, qui conservent le droit de décider (primauté du politique).',
      responsibility: 'Les pouvoirs publics portent la responsabilité finale.',
      examples: [],
      variants: [
        { key: 'consultatie', name: 'Consultation' },
        { key: 'advies', name: 'Avis' },
        { key: 'coproductie', name: 'Coproduction' },
      ],
    },
    {
      level: 3,
      key: 'cocreatie',
      name: 'Cocréation',
      summary: "Citoyens, pouvoirs publics, organisations de la société civile, entreprises et institutions de connaissance fixent ensemble l'agenda, cherchent ensemble des solutions et décident ensemble. Partenaires égaux, ils partagent la responsabilité, y compris pour le financement et la mise en œuvre.",
      initiative: "Conjointe : citoyens, pouvoirs publics, société civile, entreprises et institutions de connaissance fixent ensemble l'agenda.",
      decision: 'Conjointe : les partenaires cherchent ensemble des solutions et décident ensemble.',
      responsibility: 'Partagée : chacun est un partenaire égal. Les partenaires cherchent ensemble un financement et mettent en œuvre ensemble.',
      examples: [],
    },
    {
      level: 4,
      key: 'overheidsparticipatie',
      name: 'Participation des pouvoirs publics',
      summary: "Des citoyens, entrepreneurs, institutions de connaissance ou acteurs de la société civile prennent l'initiative, de bas en haut, pour créer de la valeur sociétale. Les pouvoirs publics rejoignent cette initiative : ils soutiennent ou facilitent quand on frappe à leur porte, ou créent activement de l'espace et un cadre.",
      initiative: 'De bas en haut : citoyens, entrepreneurs, institutions de connaissance ou société civile, seuls ou ensemble.',
      decision: "Les porteurs de l'initiative.",
      responsibility: "Les porteurs de l'initiative. Les pouvoirs publics l'enrichissent idéalement.",
      examples: ['Budget participatif', 'Occupations temporaires', 'Droit de défi (right to challenge)'],
    },
    {
      level: 5,
      key: 'zelfbeheer',
      name: 'Autogestion',
      summary: "Des citoyens, entreprises et organisations prennent eux-mêmes l'initiative, décident eux-mêmes et la mettent entièrement en œuvre, sans aucune implication des pouvoirs publics.",
      initiative: 'Des citoyens, entreprises et organisations.',
      decision: 'Eux-mêmes.',
      responsibility: "Eux-mêmes. Ils mettent l'initiative entièrement en œuvre, sans implication des pouvoirs publics.",
      examples: [],
    },
  ],
};

const en: ParticipationLadder = {
  version: VERSION,
  lang: 'en',
  rungs: [
    {
      level: 1,
      key: 'overheidssturing',
      name: 'Government steering',
      summary: 'Government takes the initiative, decides and bears full responsibility as the legitimate government. Citizens and organisations follow from a distance and inform themselves now and then.',
      initiative: 'Government.',
      decision: 'Government.',
      responsibility: 'Government, fully, acting as the legitimate government.',
      examples: [],
    },
    {
      level: 2,
      key: 'burgerparticipatie',
      name: 'Citizen or policy participation',
      summary: 'Government takes the initiative, involves other actors and takes their input into account. It keeps the right to decide (primacy of politics) and bears final responsibility.',
      initiative: 'Government.',
      decision: 'Government, which keeps the right to decide (primacy of politics).',
      responsibility: 'Government bears final responsibility.',
      examples: [],
      variants: [
        { key: 'consultatie', name: 'Consultation' },
        { key: 'advies', name: 'Advice' },
        { key: 'coproductie', name: 'Co-production' },
      ],
    },
    {
      level: 3,
      key: 'cocreatie',
      name: 'Co-creation',
      summary: 'Citizens, government, civil-society organisations, companies and knowledge institutions set the agenda together, look for solutions together and decide together. They are equal partners and share responsibility, including for funding and implementation.',
      initiative: 'Joint: citizens, government, civil society, companies and knowledge institutions set the agenda together.',
      decision: 'Joint: the partners look for solutions and decide together.',
      responsibility: 'Shared: everyone is an equal partner. The partners seek funding together and implement together.',
      examples: [],
    },
    {
      level: 4,
      key: 'overheidsparticipatie',
      name: 'Government participation',
      summary: 'Citizens, entrepreneurs, knowledge institutions or civil society take the initiative bottom-up to create societal value. Government joins that initiative: it supports or facilitates when asked, or actively creates room and a framework.',
      initiative: 'Bottom-up: citizens, entrepreneurs, knowledge institutions or civil society, alone or together.',
      decision: 'The initiators.',
      responsibility: 'The initiators. Ideally, government enriches the initiative.',
      examples: ['Participatory budget', 'Temporary use', 'Right to challenge'],
    },
    {
      level: 5,
      key: 'zelfbeheer',
      name: 'Self-management',
      summary: 'Citizens, companies and organisations take the initiative themselves, decide themselves and roll it out fully, without any government involvement.',
      initiative: 'Citizens, companies and organisations.',
      decision: 'They themselves.',
      responsibility: 'They themselves. They roll the initiative out fully, without government involvement.',
      examples: [],
    },
  ],
};

/** The ladder in each language the widgets speak. */
export const builtInLadders: Record<KnownLang, ParticipationLadder> = { nl, fr, en };

/**
 * What each gradation of rung 2 means (the contract carries only the variants' names), ordered from
 * least to most influence: consult on a nearly final proposal, ask the advisory councils, think
 * along from the start (coproductie).
 */
export const variantDescriptions: Record<KnownLang, Record<string, string>> = {
  nl: {
    consultatie: 'Consulteren over een voorstel dat al in de eindfase zit.',
    advies: 'Advies vragen via de (strategische) adviesraden.',
    coproductie: 'Andere actoren denken mee van bij het begin van de beleidscyclus. De overheid beslist en blijft eindverantwoordelijk.',
  },
  fr: {
    consultatie: 'Consulter sur une proposition qui est déjà en phase finale.',
    advies: "Demander l'avis des conseils consultatifs (stratégiques).",
    coproductie: "D'autres acteurs réfléchissent dès le début du cycle de la politique publique. Les pouvoirs publics décident et gardent la responsabilité finale.",
  },
  en: {
    consultatie: 'Consult on a proposal that is already in its final phase.',
    advies: 'Ask for advice through the (strategic) advisory councils.',
    coproductie: 'Other actors think along from the very start of the policy cycle. Government decides and keeps final responsibility.',
  },
};

/** The rung at a level (1–5) of a ladder. */
export function rungAt(ladder: ParticipationLadder, level: number): LadderRung | undefined {
  return ladder.rungs.find((rung) => rung.level === level);
}
