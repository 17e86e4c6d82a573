import type { ParticipationLadder } from '@ino/sdk';
import { LADDER_VERSION, type LadderContent } from './ladder-content.js';

const ladder: ParticipationLadder = {
  version: LADDER_VERSION,
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

export const fr: LadderContent = {
  ladder,
  variantDescriptions: {
    consultatie: 'Consulter sur une proposition qui est déjà en phase finale.',
    advies: "Demander l'avis des conseils consultatifs (stratégiques).",
    coproductie: "D'autres acteurs réfléchissent dès le début du cycle de la politique publique. Les pouvoirs publics décident et gardent la responsabilité finale.",
  },
};
