import type { SharedMessages } from './messages.js';

export const fr: SharedMessages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errors: {
    network: 'Pas de connexion au serveur. Vérifiez votre connexion internet et réessayez.',
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
  colon: ' : ',
};
