import type { LadderRungRecord, ChallengeRecord, LearningTrackRecord, OrganisationRecord, PracticeRecord, ProgrammeRecord, ThemeRecord } from './records.js';
import { challenges } from './challenges.js';
import { ladderRungs, ladderVersion } from './ladder.js';
import { learningTracks } from './learning-tracks.js';
import { organisations } from './organisations.js';
import { practiceOrganisations } from './organisations-practices.js';
import { practicesAbroad } from './practices-abroad.js';
import { flemishPractices } from './practices-flemish.js';
import { programmes, themes } from './themes.js';

export type * from './records.js';

/** Everything the API serves, normalised (see records.ts). The reference server loads the same shape. */
export interface Dataset {
  organisations: OrganisationRecord[];
  themes: ThemeRecord[];
  programmes: ProgrammeRecord[];
  practices: PracticeRecord[];
  challenges: ChallengeRecord[];
  learningTracks: LearningTrackRecord[];
  ladder: { version: string; rungs: LadderRungRecord[] };
}

/** The dataset drawn from DOMAIN.md. */
export const dataset: Dataset = {
  organisations: [...organisations, ...practiceOrganisations],
  themes,
  programmes,
  practices: [...flemishPractices, ...practicesAbroad],
  challenges,
  learningTracks,
  ladder: { version: ladderVersion, rungs: ladderRungs },
};
