import type { PracticeCardMessages } from './practice-card.messages.js';

export const en: PracticeCardMessages = {
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
