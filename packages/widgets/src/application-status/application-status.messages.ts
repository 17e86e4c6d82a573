import { Catalogue } from '../shared/catalogue.js';

const nl = {
  yourApplication: 'Je inschrijving',
  sessions: 'Bijeenkomsten',
  online: 'online',
  organisers: 'Organisatie',
  /** The status in plain words: what it means, and what happens next. */
  statuses: {
    received: {
      title: 'We hebben je kandidatuur ontvangen',
      next: 'De organisatoren bekijken de kandidaturen. Na de selectie krijg je een e-mail of je kunt deelnemen.',
    },
    confirmed: { title: 'Je inschrijving is bevestigd', next: 'Je hebt een plaats. De organisatoren nemen voor de eerste bijeenkomst contact met je op.' },
    waitlisted: { title: 'Je staat op de wachtlijst', next: 'Komt er een plaats vrij, dan krijg je een e-mail en kun je ze hier aannemen.' },
    offered: {
      title: 'Er is een plaats voor je vrij',
      next: 'Neem ze aan om deel te nemen. Doe je dat niet op tijd, dan gaat ze naar de volgende persoon op de wachtlijst.',
    },
    declined: { title: 'Je bent niet geselecteerd', next: 'Je kunt niet deelnemen aan dit leertraject. Bedankt voor je kandidatuur.' },
    cancelled: { title: 'Je inschrijving is geannuleerd', next: 'Je neemt niet deel aan dit leertraject.' },
  } as Record<string, { title: string; next: string }>,
  unknownStatus: (status: string) => `De status van je inschrijving is „${status}”.`,
  waitlistPosition: (n: number) => (n === 1 ? 'Je bent de eerste op de wachtlijst.' : `Je bent nummer ${n} op de wachtlijst.`),
  offeredUntil: (deadline: string) => `We houden de plaats voor je vrij tot ${deadline}.`,
  /** How long the offer still runs, from the widget's clock. */
  offerEndsIn: (hours: number) =>
    hours < 48 ? `Dat is nog ${hours} uur.` : `Dat is nog ${Math.floor(hours / 24)} dagen${hours % 24 ? ` en ${hours % 24} uur` : ''}.`,
  offerEndsSoon: 'Dat is nog minder dan een uur.',
  appliedAs: (name: string, organisation: string, email: string) => `Ingeschreven als ${name} (${organisation}), ${email}.`,
  receivedOn: (date: string) => `Ontvangen op ${date}.`,
  accept: 'Plaats aannemen',
  accepting: 'Bezig met aannemen…',
  cancel: 'Inschrijving annuleren',
  cancelling: 'Bezig met annuleren…',
  confirmTitle: 'Wil je je inschrijving annuleren?',
  /** What cancelling means, by the status it cancels. */
  cancelMeans: {
    confirmed: 'Je geeft je plaats op: ze gaat naar de volgende persoon op de wachtlijst. Dat kun je niet ongedaan maken.',
    offered: 'Je laat de plaats die je aangeboden kreeg gaan: ze gaat naar de volgende persoon op de wachtlijst. Dat kun je niet ongedaan maken.',
    waitlisted: 'Je verlaat de wachtlijst: wie na je komt, schuift een plaats op. Dat kun je niet ongedaan maken.',
    received: 'Je trekt je kandidatuur in: ze wordt niet meer bekeken. Dat kun je niet ongedaan maken.',
  } as Record<string, string>,
  confirmCancel: 'Ja, annuleer mijn inschrijving',
  keep: 'Nee, niet annuleren',
  cancelled: 'Je inschrijving is geannuleerd.',
  accepted: 'Je hebt de plaats aangenomen. Je inschrijving is bevestigd.',
  offerExpired: 'Het aanbod is verlopen: de plaats is naar de volgende persoon op de wachtlijst gegaan.',
  conflict: 'Dat kan niet meer: je inschrijving is intussen veranderd. Hieronder zie je hoe ze nu staat.',
  failedNetwork: 'Versturen lukte niet: er is geen verbinding met de server. Probeer opnieuw; het gebeurt nooit twee keer.',
  failedServer: 'Versturen lukte niet door een fout bij de server. Probeer het zo meteen opnieuw.',
  tryAgain: 'Opnieuw proberen',
  noLinkTitle: 'We vinden je inschrijving niet',
  noLink: 'Je bekijkt je inschrijving via de link in de e-mail die je kreeg toen je je inschreef. Open die link opnieuw.',
  invalidLinkTitle: 'Deze link is niet meer geldig',
  invalidLink:
    'De link uit je e-mail werkt niet meer. Misschien is je inschrijving afgesloten en zijn je gegevens gewist, of heb je een nieuwere e-mail met een andere link.',
  askContact: 'Vragen? Neem contact op met',
  askContactEmail: 'Vragen? Mail naar',
  askOrganisers: 'Vragen? Neem contact op met de organisatoren van je leertraject; hun gegevens staan in de e-mail die je van hen kreeg.',
};

export type StatusMessages = typeof nl;

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const statusMessages = new Catalogue<StatusMessages>(nl, {
  fr: async () => (await import('./application-status.messages.fr.js')).fr,
  en: async () => (await import('./application-status.messages.en.js')).en,
});
