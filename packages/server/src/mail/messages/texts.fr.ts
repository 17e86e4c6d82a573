// The mails in French: "vous", and the words of the signup widget (inscription, candidature, parcours
// d'apprentissage, rencontre, liste d'attente).
import type { MailTexts } from './mail-texts.js';

export const fr: MailTexts = {
  locale: 'fr-BE',
  hello: (name) => `Bonjour ${name},`,
  dayAt: (day, time) => `${day} à ${time}`,
  sessionsHeading: 'Rencontres',
  online: 'en ligne',
  manageLink: 'Consulter ou annuler votre inscription',
  acceptLink: 'Confirmer la place',
  askContact: 'Des questions ? Contactez',
  goodbye: 'Bien cordialement',
  organisers: 'Les organisateurs',
  calendarName: 'rencontres',

  received: ({ track }) => ({
    subject: `Nous avons reçu votre candidature : ${track}`,
    paragraphs: [
      `Merci pour votre candidature à ${track}.`,
      'Après la clôture des inscriptions, les organisateurs examineront toutes les candidatures. Vous saurez ensuite si vous avez été sélectionné·e.',
    ],
  }),
  confirmed: ({ track, hasCalendar }) => ({
    subject: `Vous êtes inscrit·e : ${track}`,
    paragraphs: [
      `Votre place à ${track} est confirmée. Bienvenue !`,
      ...(hasCalendar ? ['Vous trouverez en pièce jointe les rencontres, à ajouter à votre agenda.'] : []),
      'Les organisateurs vous contacteront avant la première rencontre.',
    ],
  }),
  waitlisted: ({ track, position }) => ({
    subject: `Vous êtes sur la liste d'attente : ${track}`,
    paragraphs: [
      `${track} est complet. Vous êtes sur la liste d'attente${position ? `, en position ${position}` : ''}.`,
      'Si une place se libère, nous vous la réservons et vous recevez aussitôt un e-mail pour la confirmer.',
    ],
  }),
  offerWithdrawn: ({ track, position }) => ({
    subject: `Vous êtes de nouveau sur la liste d'attente : ${track}`,
    paragraphs: [
      `${track} compte désormais moins de places. La place que nous vous réservions n'est donc plus disponible et vous êtes de nouveau sur la liste d'attente${position ? `, en position ${position}` : ''}.`,
      'Si une place se libère, vous recevrez aussitôt un e-mail.',
    ],
  }),
  offered: ({ track, deadline }) => ({
    subject: `Une place s'est libérée pour vous : ${track}`,
    paragraphs: [
      `Bonne nouvelle : une place s'est libérée à ${track}, et nous vous la réservons.`,
      `Vous souhaitez participer ? Confirmez au plus tard le ${deadline}. Passé ce délai, la place reviendra à la personne suivante sur la liste d'attente.`,
    ],
  }),
  declined: ({ track }) => ({
    subject: `Votre candidature à ${track}`,
    paragraphs: [
      `Les organisateurs ont examiné toutes les candidatures à ${track}. Malheureusement, ils ne peuvent pas vous offrir de place cette fois-ci.`,
      'Merci de votre intérêt.',
    ],
  }),
  cancelledByApplicant: ({ track }) => ({
    subject: `Votre inscription est annulée : ${track}`,
    paragraphs: [
      `Vous avez annulé votre inscription à ${track}. Vous n'avez plus rien à faire.`,
      "Ce n'était pas votre intention ? Contactez alors les organisateurs.",
    ],
  }),
  cancelledByOrganisers: ({ track }) => ({
    subject: `Votre inscription est annulée : ${track}`,
    paragraphs: [`Les organisateurs ont annulé votre inscription à ${track}.`, 'Des questions à ce sujet ? Contactez-les.'],
  }),
  offerExpired: ({ track }) => ({
    subject: `La place a expiré : ${track}`,
    paragraphs: [
      `La place que nous vous réservions à ${track} n'a pas été confirmée à temps. Elle revient maintenant à la personne suivante sur la liste d'attente.`,
      'Vous souhaitez malgré tout participer ? Contactez les organisateurs.',
    ],
  }),
  emailUnconfirmed: ({ track }) => ({
    subject: `Votre inscription est annulée : ${track}`,
    paragraphs: [
      `Votre adresse e-mail n'a pas été confirmée à temps. Votre inscription à ${track} est donc annulée.`,
      'Vous pouvez vous réinscrire tant que les inscriptions sont ouvertes.',
    ],
  }),
  trackCancelled: ({ track }) => ({
    subject: `${track} n'aura pas lieu`,
    paragraphs: [`Le parcours d'apprentissage ${track} n'aura malheureusement pas lieu. Votre inscription est annulée ; vous n'avez rien à faire.`],
  }),
  otherStatus: ({ track, status }) => ({
    subject: `Du nouveau sur votre inscription : ${track}`,
    paragraphs: [`Votre inscription à ${track} a un nouveau statut : ${status}.`],
  }),
};
