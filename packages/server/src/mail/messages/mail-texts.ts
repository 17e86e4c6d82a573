// What a mail to an applicant says (CONTRACT.md §5), one set of texts per language (texts.nl.ts,
// texts.fr.ts, texts.en.ts). Each event's text is a few paragraphs; build-mail.ts adds the sessions, the
// links and the contact around them. Never the answers to the track's questions.

/** What an event's text may mention. `track` is its title in the mail's language. */
export interface EventFacts {
  track: string;
  /** For `waitlisted`: 1 = next in line. */
  position?: number;
  /** For `offered`: the deadline, already written out in Brussels time. */
  deadline?: string;
  /** For `confirmed`: whether a calendar file is attached. */
  hasCalendar?: boolean;
}

export interface EventText {
  subject: string;
  paragraphs: string[];
}

export interface MailTexts {
  /** For dates and times (Intl), e.g. `nl-BE`. */
  locale: string;
  hello: (givenName: string) => string;
  /** A day and a time of day together: "maandag 7 december 2026 om 17:00". */
  dayAt: (day: string, time: string) => string;
  sessionsHeading: string;
  online: string;
  /** The manage link's label, for an application that is still active. */
  manageLink: string;
  /** The link's label in the offer mail, where it is the way to accept. */
  acceptLink: string;
  /** Followed by the contact's name, e-mail address and phone. */
  askContact: string;
  goodbye: string;
  /** Signs the mail when the track names no contact. */
  organisers: string;
  /** The calendar file's name, without `.ics`. */
  calendarName: string;

  received: (facts: EventFacts) => EventText;
  confirmed: (facts: EventFacts) => EventText;
  waitlisted: (facts: EventFacts) => EventText;
  /** Back on the waitlist because the track has fewer seats now (reason `seats-reduced`). */
  offerWithdrawn: (facts: EventFacts) => EventText;
  offered: (facts: EventFacts) => EventText;
  declined: (facts: EventFacts) => EventText;
  cancelledByApplicant: (facts: EventFacts) => EventText;
  cancelledByOrganisers: (facts: EventFacts) => EventText;
  /** The offered seat was not accepted in time (reason `offer-expired`). */
  offerExpired: (facts: EventFacts) => EventText;
  /** The applicant did not confirm the e-mail address in time (reason `email-unconfirmed`). */
  emailUnconfirmed: (facts: EventFacts) => EventText;
  trackCancelled: (facts: EventFacts) => EventText;
  /** A status this server does not know a text for yet (the statuses are an open list). */
  otherStatus: (facts: EventFacts & { status: string }) => EventText;
}
