import type { UiLang } from './locale.js';

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
  levels: { local: 'Lokaal', provincial: 'Provinciaal', flemish: 'Vlaams', federal: 'Federaal', european: 'Europees', international: 'Internationaal' } as Record<string, string>,
  rung: (level: number, name: string) => `Trede ${level}: ${name}`,
  email: 'E-mail',
  phone: 'Telefoon',
};

export type SharedMessages = typeof nl;

const fr: SharedMessages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errors: {
    network: "Pas de connexion au serveur. Vérifiez votre connexion internet et réessayez.",
    timeout: 'Le serveur ne répond pas à temps. Réessayez dans un instant.',
    invalid: 'Les données reçues sont incomplètes ou non valides ; elles ne sont pas affichées.',
    rateLimited: 'Trop de demandes pour le moment. Réessayez dans un instant.',
    server: "Le serveur n'a pas pu fournir ce contenu. Réessayez plus tard.",
    config: "Ce widget n'est pas configuré : il n'y a ni adresse d'API (api-base) ni <ino-provider>.",
  },
  onlyInDutch: "Ce contenu n'existe qu'en néerlandais.",
  levels: { local: 'Local', provincial: 'Provincial', flemish: 'Flamand', federal: 'Fédéral', european: 'Européen', international: 'International' },
  rung: (level, name) => `Échelon ${level} : ${name}`,
  email: 'E-mail',
  phone: 'Téléphone',
};

const en: SharedMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  errors: {
    network: 'There is no connection to the server. Check your internet connection and try again.',
    timeout: 'The server does not answer in time. Try again in a moment.',
    invalid: 'The data we received is incomplete or invalid, so it is not shown.',
    rateLimited: 'Too many requests right now. Try again in a moment.',
    server: 'The server could not provide this right now. Try again later.',
    config: 'This widget is not set up: there is no API address (api-base) and no <ino-provider>.',
  },
  onlyInDutch: 'This content is only available in Dutch.',
  levels: { local: 'Local', provincial: 'Provincial', flemish: 'Flemish', federal: 'Federal', european: 'European', international: 'International' },
  rung: (level, name) => `Rung ${level}: ${name}`,
  email: 'Email',
  phone: 'Phone',
};

export const sharedMessages: Record<UiLang, SharedMessages> = { nl, fr, en };

/** The label of an open-enum value, or the raw value when this version does not know it. */
export function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
