// Organisations referenced by the practices, challenges and learning tracks (DOMAIN.md §7).
// Identifiers are only given where they are certain: the NIS codes of the cities, and VDAB's
// codes as shown in CONTRACT.md §2. Foreign bodies use level "international".
import type { OrganisationRecord } from './records.js';

export const organisations: OrganisationRecord[] = [
  // Flemish government and administration
  {
    id: 'vlaamse-regering',
    name: 'Vlaamse Regering',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'vlaamse-overheid',
    name: 'Vlaamse overheid',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'kanselarij-en-bestuur',
    name: 'Departement Kanselarij en Bestuur',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'kenniscentrum-participatie',
    name: 'Kenniscentrum Participatie',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'abb',
    name: 'Agentschap Binnenlands Bestuur',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'informatie-vlaanderen',
    name: 'Agentschap Informatie Vlaanderen',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'ago',
    name: 'Agentschap Overheidspersoneel',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'vdab',
    name: 'VDAB',
    kind: 'flemish-entity',
    level: 'flemish',
    identifiers: { kbo: '0887010362', ovo: 'OVO000047', nis: null },
    url: 'https://www.vdab.be',
  },
  {
    id: 'ovam',
    name: 'OVAM',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'mow',
    name: 'Departement Mobiliteit en Openbare Werken',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'ewi',
    name: 'Departement Economie, Wetenschap en Innovatie',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'vlaio',
    name: 'VLAIO (Agentschap Innoveren en Ondernemen)',
    kind: 'flemish-entity',
    level: 'flemish',
  },
  {
    id: 'facilitair-bedrijf',
    name: 'Facilitair Bedrijf',
    kind: 'flemish-entity',
    level: 'flemish',
  },

  // Cross-cutting Flemish bodies and networks
  {
    id: 'innovatienetwerk-overheid',
    name: 'InnovatieNetwerk Overheid',
    kind: 'network',
    level: 'flemish',
  },
  {
    id: 'vit-stuurgroep',
    name: 'VIT-stuurgroep (Vlaamse Innovation Tour)',
    kind: 'network',
    level: 'flemish',
  },
  {
    id: 'stuurorgaan-ict',
    name: 'Stuurorgaan Vlaams Informatie- en ICT-beleid',
    kind: 'network',
    level: 'flemish',
  },
  {
    id: 'de-ambassade',
    name: 'De ambassade',
    kind: 'network',
    level: 'flemish',
  },
  {
    id: 'vlaanderen-circulair',
    name: 'Vlaanderen Circulair',
    kind: 'network',
    level: 'flemish',
  },
  {
    id: 'vvsg',
    name: 'VVSG',
    kind: 'network',
    level: 'local',
  },

  // Local governments
  {
    id: 'stad-antwerpen',
    name: 'Stad Antwerpen',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '11002' },
  },
  {
    id: 'stad-gent',
    name: 'Stad Gent',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '44021' },
  },
  {
    id: 'stad-leuven',
    name: 'Stad Leuven',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '24062' },
  },
  {
    id: 'stad-mechelen',
    name: 'Stad Mechelen',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '12025' },
  },
  {
    id: 'stad-kortrijk',
    name: 'Stad Kortrijk',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '34022' },
  },
  {
    id: 'stad-oostende',
    name: 'Stad Oostende',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '35013' },
  },
  {
    id: 'stad-hasselt',
    name: 'Stad Hasselt',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '71022' },
  },
  {
    id: 'stad-genk',
    name: 'Stad Genk',
    kind: 'local-government',
    level: 'local',
    identifiers: { nis: '71016' },
  },
  {
    id: 'gemeente-oud-heverlee',
    name: 'Gemeente Oud-Heverlee',
    kind: 'local-government',
    level: 'local',
  },
  {
    id: 'gemeente-overijse',
    name: 'Gemeente Overijse',
    kind: 'local-government',
    level: 'local',
  },
  {
    id: 'digipolis',
    name: 'Digipolis',
    kind: 'other',
    level: 'local',
  },

  // Knowledge institutions, companies and civil society
  {
    id: 'vito',
    name: 'VITO',
    kind: 'knowledge-institution',
    level: 'flemish',
  },
  {
    id: 'vlerick',
    name: 'Vlerick Business School',
    kind: 'knowledge-institution',
    level: 'flemish',
  },
  {
    id: 'imec',
    name: 'imec',
    kind: 'knowledge-institution',
    level: 'flemish',
  },
  {
    id: 'levuur',
    name: 'Levuur',
    kind: 'company',
    level: 'flemish',
  },
  {
    id: 'the-shift',
    name: 'The Shift',
    kind: 'network',
    level: 'federal',
  },
  {
    id: 'bond-beter-leefmilieu',
    name: 'Bond Beter Leefmilieu',
    kind: 'civil-society',
    level: 'flemish',
  },

  // Belgian federal government
  {
    id: 'federale-overheid',
    name: 'Federale overheid',
    kind: 'federal-government',
    level: 'federal',
  },
  {
    id: 'fod-bosa',
    name: 'FOD Beleid en Ondersteuning (BOSA)',
    kind: 'federal-government',
    level: 'federal',
  },
  {
    id: 'nido',
    name: 'NIDO',
    kind: 'federal-government',
    level: 'federal',
  },

  // The Netherlands
  {
    id: 'rijksoverheid',
    name: 'Nederlandse Rijksoverheid',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'ministerie-bzk',
    name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'vng',
    name: 'Vereniging van Nederlandse Gemeenten (VNG)',
    kind: 'network',
    level: 'international',
  },
  {
    id: 'ministerie-ienw',
    name: 'Ministerie van Infrastructuur en Waterstaat',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'svb',
    name: 'Sociale Verzekeringsbank (SVB)',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'duo',
    name: 'Dienst Uitvoering Onderwijs (DUO)',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'hogeschool-van-amsterdam',
    name: 'Hogeschool van Amsterdam',
    kind: 'knowledge-institution',
    level: 'international',
  },
  {
    id: 'startup-in-residence',
    name: 'Startup in Residence',
    kind: 'network',
    level: 'international',
  },
  {
    id: 'city-deals',
    name: 'City Deals (Agenda Stad)',
    kind: 'network',
    level: 'international',
  },

  // Estonia
  {
    id: 'estse-staatskanselarij',
    name: 'Estse Staatskanselarij',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'estse-regering',
    name: 'Estse regering',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'ria',
    name: 'Estse Informatiesysteemautoriteit (RIA)',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'estisch-ministerie-economie',
    name: 'Ests ministerie van Economische Zaken en Communicatie',
    kind: 'foreign-government',
    level: 'international',
  },

  // Finland and Denmark
  {
    id: 'sitra',
    name: 'Sitra',
    kind: 'foreign-government',
    level: 'international',
  },
  {
    id: 'keino',
    name: 'KEINO',
    kind: 'network',
    level: 'international',
  },
  {
    id: 'change-makers-network',
    name: 'Change Makers Network',
    kind: 'network',
    level: 'international',
  },
  {
    id: 'copenhagen-solutions-lab',
    name: 'Copenhagen Solutions Lab',
    kind: 'foreign-government',
    level: 'international',
  },
];
