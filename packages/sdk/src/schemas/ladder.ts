import * as z from 'zod/mini';
import { IdSchema, LangSchema, maybe, requiredText, text } from './common.js';

/** A rung of the participation ladder: 1 (government steering) to 5 (self-management). */
export const LadderRungLevelSchema = z.int().check(z.minimum(1), z.maximum(5));

export const LadderRungSchema = z.object({
  level: LadderRungLevelSchema,
  key: IdSchema,
  name: requiredText(200),
  summary: text(2_000),
  initiative: text(1_000),
  decision: text(1_000),
  responsibility: text(1_000),
  examples: z.array(requiredText(200)),
  variants: maybe(z.array(z.object({ key: IdSchema, name: requiredText(200) }))),
});
export type LadderRung = z.infer<typeof LadderRungSchema>;

export const ParticipationLadderSchema = z.object({
  version: requiredText(40),
  lang: LangSchema,
  rungs: z.array(LadderRungSchema).check(z.length(5, 'The ladder has five rungs')),
});
export type ParticipationLadder = z.infer<typeof ParticipationLadderSchema>;
