import type { SharedMessages } from './messages.js';

export const en: SharedMessages = {
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
  colon: ': ',
};
