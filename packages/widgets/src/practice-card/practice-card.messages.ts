import { Catalogue } from '../shared/catalogue.js';

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
  showWholeText: 'Toon de hele tekst',
  showLess: 'Toon minder',
  lessons: 'Lessen',
  figures: 'In cijfers',
  contact: 'Contact',
  links: 'Meer weten',
  period: 'Looptijd',
  since: (date: string) => `sinds ${date}`,
  fromTo: (from: string, to: string) => `${from} – ${to}`,
  updated: (date: string) => `Bijgewerkt op ${date}`,
  facets: { 'mission-oriented': 'Missiegedreven', anticipatory: 'Anticiperend', adaptive: 'Adaptief', enhancement: 'Incrementeel' } as Record<string, string>,
  stages: { idea: 'Idee', experiment: 'Experiment', pilot: 'Pilot', scaling: 'Opschaling', anchored: 'Verankerd', stopped: 'Stopgezet' } as Record<
    string,
    string
  >,
};

export type PracticeCardMessages = typeof nl;

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const practiceCardMessages = new Catalogue<PracticeCardMessages>(nl, {
  fr: async () => (await import('./practice-card.messages.fr.js')).fr,
  en: async () => (await import('./practice-card.messages.en.js')).en,
});
