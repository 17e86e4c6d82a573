// Written by scripts/generate-widget-entries.mjs from the tag table, packages/widgets/widgets.mjs (npm run analyze):
// change the table, not this file.

/** Every tag the package defines. The loader fetches tag `ino-x`'s code from `widgets/x.js`. */
export const TAGS = [
  'ino-provider',
  'ino-practice-card',
  'ino-challenge-feed',
  'ino-learning-track-signup',
  'ino-participation-ladder',
  'ino-application-status',
  'ino-track-applications',
] as const;
