import type { PracticeCardMessages } from './practice-card.messages.js';

export const fr: PracticeCardMessages = {
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
