import { plural } from '../shared/plural.js';
import type { StatusMessages } from './application-status.messages.js';

export const fr: StatusMessages = {
  yourApplication: 'Votre inscription',
  sessions: 'Rencontres',
  online: 'en ligne',
  organisers: 'Organisation',
  statuses: {
    received: {
      title: 'Nous avons reçu votre candidature',
      next: 'Les organisateurs examinent les candidatures. Après la sélection, vous recevrez un e-mail qui vous dira si vous pouvez participer.',
    },
    confirmed: { title: 'Votre inscription est confirmée', next: 'Vous avez une place. Les organisateurs vous contacteront avant la première rencontre.' },
    waitlisted: {
      title: "Vous êtes sur la liste d'attente",
      next: "Si une place se libère, vous recevrez un e-mail et vous pourrez l'accepter ici.",
    },
    offered: {
      title: "Une place s'est libérée pour vous",
      next: "Acceptez-la pour participer. Si vous ne le faites pas à temps, elle ira à la personne suivante sur la liste d'attente.",
    },
    declined: { title: "Vous n'avez pas été sélectionné·e", next: 'Vous ne pouvez pas participer à ce parcours. Merci pour votre candidature.' },
    cancelled: { title: 'Votre inscription est annulée', next: 'Vous ne participez pas à ce parcours.' },
  },
  unknownStatus: (status) => `Le statut de votre inscription est « ${status} ».`,
  waitlistPosition: (n) => (n === 1 ? "Vous êtes la première personne sur la liste d'attente." : `Vous êtes numéro ${n} sur la liste d'attente.`),
  offeredUntil: (deadline) => `Nous vous réservons la place jusqu'au ${deadline}.`,
  offerEndsIn: (hours) => {
    const inHours = (n: number) => (plural('fr', n) === 'one' ? `${n} heure` : `${n} heures`);
    return hours < 48 ? `Il reste ${inHours(hours)}.` : `Il reste ${Math.floor(hours / 24)} jours${hours % 24 ? ` et ${inHours(hours % 24)}` : ''}.`;
  },
  offerEndsSoon: "Il reste moins d'une heure.",
  appliedAs: (name, organisation, email) => `Inscrit·e en tant que ${name} (${organisation}), ${email}.`,
  receivedOn: (date) => `Reçue le ${date}.`,
  accept: 'Accepter la place',
  accepting: 'Acceptation en cours…',
  cancel: 'Annuler mon inscription',
  cancelling: 'Annulation en cours…',
  confirmTitle: 'Voulez-vous annuler votre inscription ?',
  cancelMeans: {
    confirmed: "Vous renoncez à votre place : elle ira à la personne suivante sur la liste d'attente. Vous ne pourrez pas revenir en arrière.",
    offered:
      "Vous renoncez à la place qui vous était proposée : elle ira à la personne suivante sur la liste d'attente. Vous ne pourrez pas revenir en arrière.",
    waitlisted: "Vous quittez la liste d'attente : les personnes après vous avancent d'une place. Vous ne pourrez pas revenir en arrière.",
    received: 'Vous retirez votre candidature : elle ne sera plus examinée. Vous ne pourrez pas revenir en arrière.',
  },
  confirmCancel: 'Oui, annuler mon inscription',
  keep: 'Non, ne pas annuler',
  cancelled: 'Votre inscription est annulée.',
  accepted: 'Vous avez accepté la place. Votre inscription est confirmée.',
  offerExpired: "L'offre a expiré : la place est allée à la personne suivante sur la liste d'attente.",
  conflict: "Ce n'est plus possible : votre inscription a changé entre-temps. Vous voyez ci-dessous où elle en est.",
  failedNetwork: "L'envoi a échoué : pas de connexion avec le serveur. Réessayez ; rien ne sera fait deux fois.",
  failedServer: "L'envoi a échoué à cause d'une erreur du serveur. Réessayez dans un instant.",
  tryAgain: 'Réessayer',
  noLinkTitle: 'Nous ne trouvons pas votre inscription',
  noLink: "Vous consultez votre inscription par le lien de l'e-mail reçu lors de votre inscription. Ouvrez ce lien à nouveau.",
  invalidLinkTitle: "Ce lien n'est plus valable",
  invalidLink:
    'Le lien de votre e-mail ne fonctionne plus. Peut-être votre inscription est-elle clôturée et vos données effacées, ou vous avez reçu un e-mail plus récent avec un autre lien.',
  askContact: 'Des questions ? Contactez',
  askContactEmail: 'Des questions ? Écrivez à',
  askOrganisers: "Des questions ? Contactez les organisateurs de votre parcours ; leurs coordonnées figurent dans l'e-mail reçu de leur part.",
};
