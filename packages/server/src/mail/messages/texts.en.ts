// The mails in English, in the words of the signup widget (application, learning track, session, waitlist).
import type { MailTexts } from './mail-texts.js';

export const en: MailTexts = {
  locale: 'en-GB',
  hello: (name) => `Hello ${name},`,
  dayAt: (day, time) => `${day} at ${time}`,
  sessionsHeading: 'Sessions',
  online: 'online',
  manageLink: 'View or cancel your application',
  acceptLink: 'Accept the seat',
  askContact: 'Questions? Contact',
  goodbye: 'Kind regards',
  organisers: 'The organisers',
  calendarName: 'sessions',

  received: ({ track }) => ({
    subject: `We have received your application: ${track}`,
    paragraphs: [
      `Thank you for applying to ${track}.`,
      'When applications close, the organisers review them all. You will then hear whether you have been selected.',
    ],
  }),
  confirmed: ({ track, hasCalendar }) => ({
    subject: `You are registered: ${track}`,
    paragraphs: [
      `Your seat in ${track} is confirmed. Welcome!`,
      ...(hasCalendar ? ['The sessions are attached, ready for your calendar.'] : []),
      'The organisers will contact you before the first session.',
    ],
  }),
  waitlisted: ({ track, position }) => ({
    subject: `You are on the waitlist: ${track}`,
    paragraphs: [
      `${track} is full. You are on the waitlist${position ? `, number ${position}` : ''}.`,
      'If a seat becomes free, we hold it for you and e-mail you straight away so you can accept it.',
    ],
  }),
  offerWithdrawn: ({ track, position }) => ({
    subject: `You are back on the waitlist: ${track}`,
    paragraphs: [
      `${track} now has fewer seats. The seat we were holding for you is no longer available, and you are back on the waitlist${position ? `, number ${position}` : ''}.`,
      'If a seat becomes free, you will get an e-mail straight away.',
    ],
  }),
  offered: ({ track, deadline }) => ({
    subject: `A seat is free for you: ${track}`,
    paragraphs: [
      `Good news: a seat has become free in ${track}, and we are holding it for you.`,
      `Would you like to take part? Then accept it by ${deadline} at the latest. After that, the seat goes to the next person on the waitlist.`,
    ],
  }),
  declined: ({ track }) => ({
    subject: `Your application to ${track}`,
    paragraphs: [
      `The organisers have reviewed all applications to ${track}. Unfortunately they cannot offer you a seat this time.`,
      'Thank you for your interest.',
    ],
  }),
  cancelledByApplicant: ({ track }) => ({
    subject: `Your application is cancelled: ${track}`,
    paragraphs: [
      `You have cancelled your application to ${track}. There is nothing more you need to do.`,
      'Not what you meant to do? Then contact the organisers.',
    ],
  }),
  cancelledByOrganisers: ({ track }) => ({
    subject: `Your application is cancelled: ${track}`,
    paragraphs: [`The organisers have cancelled your application to ${track}.`, 'Questions about this? Please contact them.'],
  }),
  offerExpired: ({ track }) => ({
    subject: `The seat has expired: ${track}`,
    paragraphs: [
      `The seat we were holding for you in ${track} was not accepted in time. It now goes to the next person on the waitlist.`,
      'Would you still like to take part? Then contact the organisers.',
    ],
  }),
  emailUnconfirmed: ({ track }) => ({
    subject: `Your application is cancelled: ${track}`,
    paragraphs: [
      `Your e-mail address was not confirmed in time, so your application to ${track} has been cancelled.`,
      'You can apply again while applications are open.',
    ],
  }),
  trackCancelled: ({ track }) => ({
    subject: `${track} will not take place`,
    paragraphs: [`Unfortunately the learning track ${track} will not take place. Your application lapses; there is nothing you need to do.`],
  }),
  otherStatus: ({ track, status }) => ({
    subject: `News about your application: ${track}`,
    paragraphs: [`Your application to ${track} has a new status: ${status}.`],
  }),
};
