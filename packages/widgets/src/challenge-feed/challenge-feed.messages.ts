import { Catalogue } from '../shared/catalogue.js';
import { plural } from '../shared/plural.js';

const nl = {
  defaultHeading: 'Uitdagingen',
  statuses: {
    announced: 'Aangekondigd',
    open: 'Open',
    'in-evaluation': 'In evaluatie',
    awarded: 'Toegekend',
    closed: 'Afgesloten',
    cancelled: 'Geannuleerd',
  } as Record<string, string>,
  joint: 'Gezamenlijke uitdaging',
  programme: 'Programma',
  /** Stands before the deadline's date, with its own punctuation: Dutch needs no colon after "tot". */
  deadlineIntro: 'Indienen tot ',
  daysLeft: (n: number) => (plural('nl', n) === 'one' ? 'nog 1 dag' : `nog ${n} dagen`),
  today: 'vandaag',
  tomorrow: 'morgen',
  closed: 'afgesloten',
  opensOn: (date: string) => `opent op ${date}`,
  openEnded: 'Doorlopend, zonder einddatum',
  budget: (amount: string, vatIncluded: boolean) => `max. ${amount} ${vatIncluded ? 'incl. btw' : 'excl. btw'}`,
  loadMore: 'Meer uitdagingen laden',
  showEarlier: 'Eerdere uitdagingen tonen',
  loaded: (added: number, shown: number, total?: number | null) =>
    `${added} ${plural('nl', added) === 'one' ? 'uitdaging' : 'uitdagingen'} bijgeladen${total ? `, ${shown} van ${total}` : ''}.`,
  found: (n: number) => (n === 0 ? 'Geen uitdagingen gevonden.' : `${n} ${plural('nl', n) === 'one' ? 'uitdaging' : 'uitdagingen'} gevonden.`),
  refreshFailed: 'De lijst kon niet bijgewerkt worden; je ziet de vorige resultaten.',
  moreFailed: 'Er konden geen extra uitdagingen geladen worden.',
  dropped: (n: number) => `${n} ${plural('nl', n) === 'one' ? 'uitdaging kon' : 'uitdagingen konden'} niet getoond worden omdat de gegevens ongeldig zijn.`,
  /** `none`: the sentence `emptyWhat` gives, then the filters that narrowed the list. */
  empty: (none: string, filters: string[]) => `${none}${filters.length ? ` voor ${filters.join(', ')}` : ''}.`,
  // Each status's sentence written whole: an adjective agrees with its noun ("toegekende"), and some
  // statuses follow it ("in evaluatie").
  emptyWhat: (statuses: string[]) => (statuses.length === 1 ? nl.noneWithStatus[statuses[0]!] : undefined) ?? 'Geen uitdagingen met deze status',
  noneWithStatus: {
    announced: 'Geen aangekondigde uitdagingen',
    open: 'Geen open uitdagingen',
    'in-evaluation': 'Geen uitdagingen in evaluatie',
    awarded: 'Geen toegekende uitdagingen',
    closed: 'Geen afgesloten uitdagingen',
    cancelled: 'Geen geannuleerde uitdagingen',
  } as Record<string, string>,
  filterTheme: (label: string) => `thema ${label}`,
  filterOwner: (name: string) => `eigenaar ${name}`,
  filterProgramme: (label: string) => `programma ${label}`,
  filterNis: (nis: string) => `gemeente met NIS-code ${nis}`,
  filtersLabel: 'Uitdagingen filteren',
  status: 'Status',
  theme: 'Thema',
  owner: 'Eigenaar',
  any: 'Alle',
};

export type ChallengeFeedMessages = typeof nl;

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const challengeFeedMessages = new Catalogue<ChallengeFeedMessages>(nl, {
  fr: async () => (await import('./challenge-feed.messages.fr.js')).fr,
  en: async () => (await import('./challenge-feed.messages.en.js')).en,
});
