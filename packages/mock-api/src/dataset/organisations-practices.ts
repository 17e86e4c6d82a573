// Extra organisations that only the practice fixtures need (DOMAIN.md §4.2, §4.3 and §7).
// Ids do not overlap with organisations.ts. Foreign bodies use level "international".
import type { OrganisationRecord } from './records.js';

export const practiceOrganisations: OrganisationRecord[] = [
  {
    id: 'lumen',
    name: 'Lumen (federaal coachingnetwerk)',
    kind: 'network',
    level: 'federal',
  },
  {
    id: 'prodemos',
    name: 'ProDemos, Huis voor democratie en rechtsstaat',
    kind: 'knowledge-institution',
    level: 'international',
  },
  {
    id: 'haagse-inkoop-samenwerking',
    name: 'Haagse Inkoop Samenwerking',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'koop',
    name: 'Kennis- en Exploitatiecentrum Officiële Overheidspublicaties (KOOP)',
    kind: 'foreign-government',
    level: 'international',
  },
];
