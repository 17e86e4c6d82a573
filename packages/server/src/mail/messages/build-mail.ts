// One mail from one outbox row (CONTRACT.md §5): the event's text in the application's language, the
// track's sessions in Brussels time, the manage link while the application is active, the contact, and
// with a confirmation the sessions as an iCalendar file. It is built from the track and the outbox row's
// detail (the waitlist position, the deadline and who made the change, as they were at the event), and
// from the applicant only their given name: never the answers to the track's questions.
import type { Contact, KnownLang } from '@ino/sdk';
import { localise, type LearningTrackRecord } from '@ino/contract';
import { brusselsDayAt, sessionLine } from './brussels-time.js';
import { sessionsCalendar } from './calendar.js';
import type { EventFacts, EventText, MailTexts } from './mail-texts.js';
import { html, plainText, type Block } from './render.js';
import { en } from './texts.en.js';
import { fr } from './texts.fr.js';
import { nl } from './texts.nl.js';

const TEXTS: Record<KnownLang, MailTexts> = { nl, fr, en };

/** What the outbox keeps with an event (repositories/cohorts.ts, queueMail). */
export interface OutboxDetail {
  by?: string;
  reason?: string;
  waitlistPosition?: number;
  offerExpiresAt?: string;
}

export interface MailFacts {
  event: string;
  detail: OutboxDetail;
  lang: string;
  givenName: string;
  track: LearningTrackRecord;
  /** The page that embeds <ino-application-status>, with the application's token in the fragment. */
  manageLink: string;
  /** The sender's domain, for the calendar's UIDs. */
  domain: string;
  /** When the event happened: the calendar's DTSTAMP. */
  at: Date;
}

export interface BuiltMail {
  lang: KnownLang;
  subject: string;
  text: string;
  html: string;
  calendar?: { filename: string; content: string };
  /** Where a reply goes: the track's contact, when it has an e-mail address. */
  replyTo?: string;
}

type TitleAndPlaces = { title: string; sessions?: { location?: string | null }[] };

/** An application in one of these can still change, so its mails carry the manage link. */
const ACTIVE = new Set(['received', 'confirmed', 'waitlisted', 'offered']);

export function buildMail({ event, detail, lang: asked, givenName, track, manageLink, domain, at }: MailFacts): BuiltMail {
  const lang = (Object.hasOwn(TEXTS, asked) ? asked : 'nl') as KnownLang;
  const texts = TEXTS[lang];
  // The title and the places of the sessions: all of the track's text a mail uses.
  const { text } = localise<TitleAndPlaces>({ title: track.title, sessions: track.sessions }, track.translations, lang);
  const sessions = track.sessions.map((session, i) => ({ ...session, location: text.sessions?.[i]?.location ?? session.location }));
  const hasCalendar = event === 'confirmed' && sessions.length > 0;
  const facts: EventFacts = {
    track: text.title,
    position: detail.waitlistPosition,
    deadline: detail.offerExpiresAt ? brusselsDayAt(texts, detail.offerExpiresAt) : undefined,
    hasCalendar,
  };
  const said = eventText(texts, event, detail, facts);

  const blocks: Block[] = [{ kind: 'paragraph', text: texts.hello(givenName) }, ...said.paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p }))];
  if (ACTIVE.has(event)) blocks.push({ kind: 'link', label: event === 'offered' ? texts.acceptLink : texts.manageLink, href: manageLink });
  if (sessions.length) blocks.push({ kind: 'list', heading: texts.sessionsHeading, items: sessions.map((s) => sessionLine(texts, s)) });
  if (track.contact) blocks.push({ kind: 'paragraph', text: `${texts.askContact} ${contactLine(track.contact)}.` });
  blocks.push({ kind: 'paragraph', text: `${texts.goodbye}\n${track.contact?.name ?? texts.organisers}` });

  return {
    lang,
    subject: said.subject,
    text: plainText(blocks),
    html: html(blocks, lang, said.subject),
    ...(hasCalendar && {
      calendar: {
        filename: `${texts.calendarName}.ics`,
        content: sessionsCalendar({ trackId: track.id, title: text.title, sessions, domain, online: texts.online, stamp: at }),
      },
    }),
    ...(track.contact?.email && { replyTo: track.contact.email }),
  };
}

function eventText(texts: MailTexts, event: string, detail: OutboxDetail, facts: EventFacts): EventText {
  switch (event) {
    case 'received':
      return texts.received(facts);
    case 'confirmed':
      return texts.confirmed(facts);
    case 'waitlisted':
      return detail.reason === 'seats-reduced' ? texts.offerWithdrawn(facts) : texts.waitlisted(facts);
    case 'offered':
      return texts.offered(facts);
    case 'declined':
      return texts.declined(facts);
    case 'cancelled':
      if (detail.reason === 'offer-expired') return texts.offerExpired(facts);
      if (detail.reason === 'email-unconfirmed') return texts.emailUnconfirmed(facts);
      return detail.by === 'applicant' ? texts.cancelledByApplicant(facts) : texts.cancelledByOrganisers(facts);
    case 'track-cancelled':
      return texts.trackCancelled(facts);
    default:
      return texts.otherStatus({ ...facts, status: event });
  }
}

/** "Kenniscentrum Participatie (coördinator), participatie@example.org, 02 553 00 00". */
function contactLine(contact: Contact): string {
  const name = contact.role ? `${contact.name} (${contact.role})` : contact.name;
  return [name, contact.email, contact.phone].filter(Boolean).join(', ');
}
