// The element classes, without registering any tag (register with `define`, or import the tag modules).
// The widgets' exports are written from the tag table (../widgets.mjs) by `npm run analyze`: everything
// a widget's x.component.ts exports. The lines below them are written by hand.
export { InoProvider } from './provider/provider.component.js';
export { InoPracticeCard } from './practice-card/practice-card.component.js';
export type { PracticeLoadDetail } from './practice-card/practice-card.component.js';
export { InoChallengeFeed } from './challenge-feed/challenge-feed.component.js';
export type { ChallengeFeedLoadDetail, ChallengeSelectDetail } from './challenge-feed/challenge-feed.component.js';
export { InoLearningTrackSignup } from './learning-track-signup/learning-track-signup.component.js';
export type { SubmittedDetail, TrackLoadDetail } from './learning-track-signup/learning-track-signup.component.js';
export { InoParticipationLadder } from './participation-ladder/participation-ladder.component.js';
export type { LadderChangeDetail } from './participation-ladder/participation-ladder.component.js';
export { InoApplicationStatus } from './application-status/application-status.component.js';
export type { ApplicationDetail } from './application-status/application-status.component.js';
export { InoTrackApplications } from './track-applications/track-applications.component.js';
export type { DecisionDetail, TrackApplicationsLoadDetail } from './track-applications/track-applications.component.js';
export type { InoErrorDetail, InoWarningDetail } from './shared/base-element.js';
export { ConfigurationError } from './shared/errors.js';
export { define } from './shared/define.js';
export { VERSION } from './shared/version.js';
