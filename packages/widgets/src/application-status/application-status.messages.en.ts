import { plural } from '../shared/plural.js';
import type { StatusMessages } from './application-status.messages.js';

export const en: StatusMessages = {
  yourApplication: 'Your application',
  sessions: 'Sessions',
  online: 'online',
  organisers: 'Organiser',
  statuses: {
    received: {
      title: 'We have received your application',
      next: 'The organisers are reviewing the applications. After the selection you will get an e-mail telling you whether you can take part.',
    },
    confirmed: { title: 'Your place is confirmed', next: 'You have a place. The organisers will contact you before the first session.' },
    waitlisted: { title: 'You are on the waiting list', next: 'If a place becomes free, you will get an e-mail and can accept it here.' },
    offered: {
      title: 'A place is free for you',
      next: 'Accept it to take part. If you do not accept it in time, it goes to the next person on the waiting list.',
    },
    declined: { title: 'You were not selected', next: 'You cannot take part in this learning track. Thank you for applying.' },
    cancelled: { title: 'Your application is cancelled', next: 'You are not taking part in this learning track.' },
  },
  unknownStatus: (status) => `The status of your application is “${status}”.`,
  waitlistPosition: (n) => (n === 1 ? 'You are first on the waiting list.' : `You are number ${n} on the waiting list.`),
  offeredUntil: (deadline) => `We are holding the place for you until ${deadline}.`,
  offerEndsIn: (hours) => {
    const inHours = (n: number) => (plural('en', n) === 'one' ? `${n} hour` : `${n} hours`);
    return `That is ${hours < 48 ? inHours(hours) : `${Math.floor(hours / 24)} days${hours % 24 ? ` and ${inHours(hours % 24)}` : ''}`} from now.`;
  },
  offerEndsSoon: 'That is less than an hour from now.',
  appliedAs: (name, organisation, email) => `Applied as ${name} (${organisation}), ${email}.`,
  receivedOn: (date) => `Received on ${date}.`,
  accept: 'Accept the place',
  accepting: 'Accepting…',
  cancel: 'Cancel my application',
  cancelling: 'Cancelling…',
  confirmTitle: 'Do you want to cancel your application?',
  cancelMeans: {
    confirmed: 'You give up your place: it goes to the next person on the waiting list. This cannot be undone.',
    offered: 'You give up the place you were offered: it goes to the next person on the waiting list. This cannot be undone.',
    waitlisted: 'You leave the waiting list: everyone after you moves up one place. This cannot be undone.',
    received: 'You withdraw your application: it will no longer be considered. This cannot be undone.',
  },
  confirmCancel: 'Yes, cancel my application',
  keep: 'No, keep it',
  cancelled: 'Your application is cancelled.',
  accepted: 'You have accepted the place. Your application is confirmed.',
  offerExpired: 'The offer has expired: the place has gone to the next person on the waiting list.',
  conflict: 'That is no longer possible: your application has changed in the meantime. Below you see where it stands now.',
  failedNetwork: 'Sending failed: there is no connection to the server. Try again; nothing will happen twice.',
  failedServer: 'Sending failed because of an error on the server. Try again in a moment.',
  tryAgain: 'Try again',
  noLinkTitle: 'We cannot find your application',
  noLink: 'You see your application through the link in the e-mail you received when you applied. Open that link again.',
  invalidLinkTitle: 'This link is no longer valid',
  invalidLink:
    'The link from your e-mail no longer works. Perhaps your application has ended and your data has been erased, or you have a newer e-mail with another link.',
  askContact: 'Questions? Contact',
  askContactEmail: 'Questions? Write to',
  askOrganisers: 'Questions? Contact the organisers of your learning track; their details are in the e-mail you received from them.',
};
