import * as z from 'zod/mini';
import { ContactSchema, contentHeaderShape, DateSchema, LinkSchema, maybe, openEnum, requiredText, text, ThemeSchema, TimestampSchema } from './common.js';
import { LadderRungLevelSchema } from './ladder.js';
import { GovernmentLevelSchema, OrganisationSchema } from './organisation.js';

/** The OPSI facets of innovation. */
export const PRACTICE_FACETS = ['mission-oriented', 'anticipatory', 'adaptive', 'enhancement'] as const;
export const PRACTICE_STAGES = ['idea', 'experiment', 'pilot', 'scaling', 'anchored', 'stopped'] as const;

export const FigureSchema = z.object({ label: requiredText(200), value: requiredText(200) });
export type Figure = z.infer<typeof FigureSchema>;

export const PracticeSchema = z.object({
  ...contentHeaderShape,
  organisations: z.array(OrganisationSchema).check(z.minLength(1, 'A practice has at least one organisation')),
  level: GovernmentLevelSchema,
  themes: z.array(ThemeSchema),
  ladderRung: maybe(LadderRungLevelSchema),
  facet: maybe(openEnum(PRACTICE_FACETS)),
  stage: maybe(openEnum(PRACTICE_STAGES)),
  startedOn: maybe(DateSchema),
  endedOn: maybe(DateSchema),
  whatWorked: text(5_000),
  // The network shares failures as well as successes: this one is required and non-empty.
  whatDidNotWork: requiredText(5_000),
  lessons: z.array(requiredText(1_000)),
  figures: z.array(FigureSchema),
  contact: maybe(ContactSchema),
  links: z.array(LinkSchema),
  updatedAt: TimestampSchema,
});
export type Practice = z.infer<typeof PracticeSchema>;
