// Registers every tag. For the classes without registering, import '@ino/widgets/classes'.
// The widgets' imports are written from the tag table (../widgets.mjs) by `npm run analyze`.
import './provider/provider.js';
import './practice-card/practice-card.js';
import './challenge-feed/challenge-feed.js';
import './learning-track-signup/learning-track-signup.js';
import './participation-ladder/participation-ladder.js';
import './application-status/application-status.js';
import './track-applications/track-applications.js';

export * from './classes.js';
