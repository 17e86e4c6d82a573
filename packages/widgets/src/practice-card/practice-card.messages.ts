import type { UiLang } from '../shared/locale.js';

const nl = {
  notFound: 'Deze praktijk bestaat niet (meer). Misschien is ze verplaatst of verwijderd.',
  organisations: 'Organisaties',
  level: 'Bestuursniveau',
  themes: "Thema's",
  ladder: 'Participatieladder',
  facet: 'Soort innovatie',
  stage: 'Fase',
  whatWorked: 'Wat werkte',
  whatDidNotWork: 'Wat werkte niet',
  notDescribed: 'Nog niet beschreven.',
  lessons: 'Lessen',
  figures: 'In cijfers',
  contact: 'Contact',
  links: 'Meer weten',
  period: 'Looptijd',
  since: (date: string) => `sinds ${date}`,
  fromTo: (from: string, to: string) => `${from} – ${to}`,
  updated: (date: string) => `Bijgewerkt op ${date}`,
  facets: { 'mission-oriented': 'Missiegedreven', anticipatory: 'Anticiperend', adaptive: 'Adaptief', enhancement: 'Incrementeel' } as Record<string, string>,
  stages: { idea: 'Idee', experiment: 'Experiment', pilot: 'Pilot', scaling: 'Opschaling', anchored: 'Verankerd', stopped: 'Stopgezet' } as Record<string, string>,
};

export type PracticeCardMessages = typeof nl;

const fr: PracticeCardMessages = {
  notFound: "Cette pratique n'existe pas (ou plus). Elle a peut-être été déplacée ou supprimée.",
  organisations: 'Organisations',
  level: 'Niveau de pouvoir',
  themes: 'Thèmes',
  ladder: 'Échelle de participation',
  facet: "Type d'innovation",
  stage: 'Phase',
  whatWorked: 'Ce qui a fonctionné',
  whatDidNotWork: "Ce qui n'a pas fonctionné",
  notDescribed: 'Pas encore décrit.',
  lessons: 'Enseignements',
  figures: 'En chiffres',
  contact: 'Contact',
  links: 'En savoir plus',
  period: 'Durée',
  since: (date) => `depuis le ${date}`,
  fromTo: (from, to) => `${from} – ${to}`,
  updated: (date) => `Mis à jour le ${date}`,
  facets: { 'mission-oriented': 'Orientée mission', anticipatory: 'Anticipative', adaptive: 'Adaptative', enhancement: 'Incrémentale' },
  stages: { idea: 'Idée', experiment: 'Expérience', pilot: 'Projet pilote', scaling: "Passage à l'échelle", anchored: 'Ancrée', stopped: 'Arrêtée' },
};

const en: PracticeCardMessages = {
  notFound: 'This practice does not exist (any more). It may have been moved or removed.',
  organisations: 'Organisations',
  level: 'Level of government',
  themes: 'Themes',
  ladder: 'Participation ladder',
  facet: 'Kind of innovation',
  stage: 'Stage',
  whatWorked: 'What worked',
  whatDidNotWork: 'What did not work',
  notDescribed: 'Not described yet.',
  lessons: 'Lessons',
  figures: 'In figures',
  contact: 'Contact',
  links: 'Find out more',
  period: 'Period',
  since: (date) => `since ${date}`,
  fromTo: (from, to) => `${from} – ${to}`,
  updated: (date) => `Updated ${date}`,
  facets: { 'mission-oriented': 'Mission-oriented', anticipatory: 'Anticipatory', adaptive: 'Adaptive', enhancement: 'Enhancement-oriented' },
  stages: { idea: 'Idea', experiment: 'Experiment', pilot: 'Pilot', scaling: 'Scaling up', anchored: 'Anchored', stopped: 'Stopped' },
};

export const practiceCardMessages: Record<UiLang, PracticeCardMessages> = { nl, fr, en };
