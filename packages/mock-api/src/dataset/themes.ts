// Themes (DOMAIN.md §3.2) and programmes (DOMAIN.md §4 and §5), labelled in Dutch, French and English.
import type { ProgrammeRecord, ThemeRecord } from './records.js';

export const themes: ThemeRecord[] = [
  { id: 'participatie', label: { nl: 'Participatie', fr: 'Participation', en: 'Participation' } },
  {
    id: 'lokale-democratie',
    label: { nl: 'Lokale democratie', fr: 'Démocratie locale', en: 'Local democracy' },
  },
  { id: 'werk', label: { nl: 'Werk', fr: 'Emploi', en: 'Work' } },
  { id: 'mobiliteit', label: { nl: 'Mobiliteit', fr: 'Mobilité', en: 'Mobility' } },
  { id: 'data', label: { nl: 'Data en open data', fr: 'Données et données ouvertes', en: 'Data and open data' } },
  {
    id: 'digitale-dienstverlening',
    label: { nl: 'Digitale dienstverlening', fr: 'Services numériques', en: 'Digital services' },
  },
  {
    id: 'circulaire-economie',
    label: { nl: 'Circulaire economie', fr: 'Économie circulaire', en: 'Circular economy' },
  },
  {
    id: 'aankopen',
    label: { nl: 'Overheidsopdrachten', fr: 'Marchés publics', en: 'Public procurement' },
  },
  { id: 'leren', label: { nl: 'Leren en competenties', fr: 'Apprentissage et compétences', en: 'Learning and skills' } },
  { id: 'hr', label: { nl: 'Personeel en loopbaan', fr: 'Personnel et carrière', en: 'People and careers' } },
  { id: 'klimaat', label: { nl: 'Klimaat', fr: 'Climat', en: 'Climate' } },
  { id: 'energie', label: { nl: 'Energie', fr: 'Énergie', en: 'Energy' } },
  { id: 'welzijn', label: { nl: 'Welzijn en gezondheid', fr: 'Bien-être et santé', en: 'Wellbeing and health' } },
  { id: 'omgeving', label: { nl: 'Omgeving en leefmilieu', fr: 'Environnement', en: 'Environment' } },
  { id: 'slimme-stad', label: { nl: 'Slimme stad', fr: 'Ville intelligente', en: 'Smart city' } },
  { id: 'bouwen', label: { nl: 'Bouwen', fr: 'Construction', en: 'Construction' } },
  {
    id: 'regelgeving',
    label: { nl: 'Innovatieve regelgeving', fr: 'Réglementation innovante', en: 'Regulatory innovation' },
  },
  {
    id: 'innovatiecultuur',
    label: { nl: 'Innovatiecultuur', fr: "Culture d'innovation", en: 'Innovation culture' },
  },
  {
    id: 'startups',
    label: { nl: 'Startups en ondernemerschap', fr: 'Startups et entrepreneuriat', en: 'Startups and entrepreneurship' },
  },
  {
    id: 'samenwerking',
    label: {
      nl: 'Samenwerking over grenzen heen',
      fr: 'Coopération au-delà des cloisonnements',
      en: 'Working across boundaries',
    },
  },
];

export const programmes: ProgrammeRecord[] = [
  {
    id: 'sandbox-vlaanderen',
    label: { nl: 'Sandbox Vlaanderen', fr: 'Sandbox Vlaanderen', en: 'Sandbox Flanders' },
  },
  {
    id: 'gemeente-zonder-gemeentehuis',
    label: {
      nl: 'Gemeente zonder gemeentehuis',
      fr: 'Commune sans maison communale',
      en: 'Municipality without a town hall',
    },
  },
  {
    id: 'pio',
    label: {
      nl: 'Programma Innovatieve Overheidsopdrachten (PIO)',
      fr: 'Programme de marchés publics innovants (PIO)',
      en: 'Innovative Public Procurement Programme (PIO)',
    },
  },
  {
    id: 'startup-in-residence',
    label: { nl: 'Startup in Residence', fr: 'Startup in Residence', en: 'Startup in Residence' },
  },
  {
    id: 'gov-buys-innovation',
    label: { nl: 'Gov Buys Innovation', fr: 'Gov Buys Innovation', en: 'Gov Buys Innovation' },
  },
  {
    id: 'vlaanderen-circulair',
    label: { nl: 'Vlaanderen Circulair', fr: 'Vlaanderen Circulair', en: 'Circular Flanders' },
  },
  {
    id: 'green-deal-circulair-aankopen',
    label: {
      nl: 'Green Deal Circulair Aankopen',
      fr: 'Green Deal Achats circulaires',
      en: 'Green Deal on Circular Procurement',
    },
  },
  {
    id: 'work-out-room',
    label: { nl: 'Work out Room (VDAB)', fr: 'Work out Room (VDAB)', en: 'Work out Room (VDAB)' },
  },
  {
    id: 'vlaamse-veerkracht',
    label: {
      nl: 'Herstelplan Vlaamse Veerkracht',
      fr: 'Plan de relance Résilience flamande',
      en: 'Flemish Resilience recovery plan',
    },
  },
  {
    id: 'radar',
    label: { nl: 'Radar', fr: 'Radar', en: 'Radar' },
  },
];
