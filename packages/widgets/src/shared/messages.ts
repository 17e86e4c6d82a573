import { Catalogue } from './catalogue.js';

/** Words every widget uses: states, errors, and the labels of the contract's open enums. */
const nl = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  errors: {
    network: 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer opnieuw.',
    timeout: 'De server antwoordt niet op tijd. Probeer het zo meteen opnieuw.',
    invalid: 'De gegevens die we kregen zijn onvolledig of ongeldig, dus we tonen ze niet.',
    rateLimited: 'Er zijn even te veel aanvragen. Probeer het zo meteen opnieuw.',
    server: 'De server kon dit nu niet leveren. Probeer het later opnieuw.',
    config: 'Deze widget is niet ingesteld: er is geen API-adres (api-base) en geen <ino-provider>.',
  },
  /** Said when the content is shown in Dutch because it has no translation. */
  onlyInDutch: '',
  levels: {
    local: 'Lokaal',
    provincial: 'Provinciaal',
    flemish: 'Vlaams',
    federal: 'Federaal',
    european: 'Europees',
    international: 'Internationaal',
  } as Record<string, string>,
  rung: (level: number, name: string) => `Trede ${level}: ${name}`,
  email: 'E-mail',
  phone: 'Telefoon',
  /** Between a label and its value ("Deadline: 15 december"); French puts a space before the colon. */
  colon: ': ',
};

export type SharedMessages = typeof nl;

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const sharedMessages = new Catalogue<SharedMessages>(nl, {
  fr: async () => (await import('./messages.fr.js')).fr,
  en: async () => (await import('./messages.en.js')).en,
});

/** The label of an open-enum value, or the raw value when this version does not know it. */
export function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
