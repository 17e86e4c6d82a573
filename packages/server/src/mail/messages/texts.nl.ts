// The mails in Dutch: the "je"-form and the words of the signup widget (inschrijving, kandidatuur,
// leertraject, bijeenkomst, wachtlijst).
import type { MailTexts } from './mail-texts.js';

export const nl: MailTexts = {
  locale: 'nl-BE',
  hello: (name) => `Dag ${name},`,
  dayAt: (day, time) => `${day} om ${time}`,
  sessionsHeading: 'Bijeenkomsten',
  online: 'online',
  manageLink: 'Je inschrijving bekijken of annuleren',
  acceptLink: 'De plaats bevestigen',
  askContact: 'Vragen? Neem contact op met',
  goodbye: 'Met vriendelijke groeten',
  organisers: 'De organisatoren',
  calendarName: 'bijeenkomsten',

  received: ({ track }) => ({
    subject: `We hebben je kandidatuur ontvangen: ${track}`,
    paragraphs: [
      `Bedankt voor je kandidatuur voor ${track}.`,
      'Na de sluiting van de inschrijvingen bekijken de organisatoren alle kandidaturen. Daarna hoor je of je geselecteerd bent.',
    ],
  }),
  confirmed: ({ track, hasCalendar }) => ({
    subject: `Je bent ingeschreven: ${track}`,
    paragraphs: [
      `Je plaats in ${track} is bevestigd. Welkom!`,
      ...(hasCalendar ? ['In de bijlage vind je de bijeenkomsten om in je agenda te zetten.'] : []),
      'De organisatoren nemen voor de eerste bijeenkomst contact met je op.',
    ],
  }),
  waitlisted: ({ track, position }) => ({
    subject: `Je staat op de wachtlijst: ${track}`,
    paragraphs: [
      `${track} is volzet. Je staat op de wachtlijst${position ? `: je bent nummer ${position}` : ''}.`,
      'Komt er een plaats vrij, dan houden we die voor je vast en krijg je meteen een e-mail om ze te bevestigen.',
    ],
  }),
  offerWithdrawn: ({ track, position }) => ({
    subject: `Je staat opnieuw op de wachtlijst: ${track}`,
    paragraphs: [
      `${track} telt minder plaatsen dan eerst. Daardoor vervalt de plaats die we voor je vasthielden, en sta je opnieuw op de wachtlijst${position ? `, als nummer ${position}` : ''}.`,
      'Komt er een plaats vrij, dan krijg je meteen een e-mail.',
    ],
  }),
  offered: ({ track, deadline }) => ({
    subject: `Er is een plaats vrij voor jou: ${track}`,
    paragraphs: [
      `Goed nieuws: in ${track} is een plaats vrijgekomen, en die houden we voor je vast.`,
      `Wil je deelnemen? Bevestig dan uiterlijk ${deadline}. Daarna gaat de plaats naar wie na jou op de wachtlijst staat.`,
    ],
  }),
  declined: ({ track }) => ({
    subject: `Je kandidatuur voor ${track}`,
    paragraphs: [
      `De organisatoren hebben alle kandidaturen voor ${track} bekeken. Jammer genoeg kunnen ze je deze keer geen plaats geven.`,
      'Bedankt voor je interesse.',
    ],
  }),
  cancelledByApplicant: ({ track }) => ({
    subject: `Je inschrijving is geannuleerd: ${track}`,
    paragraphs: [
      `Je hebt je inschrijving voor ${track} geannuleerd. Je hoeft niets meer te doen.`,
      'Was dat niet de bedoeling? Neem dan contact op met de organisatoren.',
    ],
  }),
  cancelledByOrganisers: ({ track }) => ({
    subject: `Je inschrijving is geannuleerd: ${track}`,
    paragraphs: [`De organisatoren hebben je inschrijving voor ${track} geannuleerd.`, 'Heb je daar vragen over? Neem dan contact met hen op.'],
  }),
  offerExpired: ({ track }) => ({
    subject: `De plaats is vervallen: ${track}`,
    paragraphs: [
      `De plaats die we voor je vasthielden in ${track}, is niet op tijd bevestigd. Ze gaat nu naar wie na jou op de wachtlijst stond.`,
      'Wil je toch nog deelnemen? Neem dan contact op met de organisatoren.',
    ],
  }),
  emailUnconfirmed: ({ track }) => ({
    subject: `Je inschrijving is geannuleerd: ${track}`,
    paragraphs: [
      `Je e-mailadres is niet op tijd bevestigd. Daarom is je inschrijving voor ${track} geannuleerd.`,
      'Je kunt je opnieuw inschrijven zolang de inschrijvingen open zijn.',
    ],
  }),
  trackCancelled: ({ track }) => ({
    subject: `${track} gaat niet door`,
    paragraphs: [`Het leertraject ${track} gaat jammer genoeg niet door. Je inschrijving vervalt; je hoeft zelf niets te doen.`],
  }),
  otherStatus: ({ track, status }) => ({
    subject: `Nieuws over je inschrijving: ${track}`,
    paragraphs: [`Je inschrijving voor ${track} heeft een nieuwe status: ${status}.`],
  }),
};
