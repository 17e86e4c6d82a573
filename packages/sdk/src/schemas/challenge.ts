import * as z from 'zod/mini';
import {
  ContactSchema,
  contentHeaderShape,
  IdSchema,
  maybe,
  NisCodeSchema,
  openEnum,
  requiredText,
  ThemeSchema,
  TimestampSchema,
  UrlSchema,
} from './common.js';
import { OrganisationSchema } from './organisation.js';

export const CHALLENGE_STATUSES = ['announced', 'open', 'in-evaluation', 'awarded', 'closed', 'cancelled'] as const;
export const ChallengeStatusSchema = openEnum(CHALLENGE_STATUSES);
export type ChallengeStatus = z.infer<typeof ChallengeStatusSchema>;

export const BudgetSchema = z.object({
  maxAmount: z.number().check(z.minimum(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'An ISO 4217 currency code')),
  vatIncluded: z.boolean(),
});
export type Budget = z.infer<typeof BudgetSchema>;

export const ChallengeSchema = z.object({
  ...contentHeaderShape,
  // More than one owner makes a joint challenge.
  owners: z.array(OrganisationSchema).check(z.minLength(1, 'A challenge has at least one owner')),
  partners: z.array(OrganisationSchema),
  themes: z.array(ThemeSchema),
  programme: maybe(z.object({ id: IdSchema, label: requiredText(200) })),
  status: ChallengeStatusSchema,
  opensAt: maybe(TimestampSchema),
  closesAt: maybe(TimestampSchema),
  budget: maybe(BudgetSchema),
  municipalities: z.array(NisCodeSchema),
  steps: z.array(requiredText(500)),
  applyUrl: maybe(UrlSchema),
  contact: maybe(ContactSchema),
  updatedAt: TimestampSchema,
});
export type Challenge = z.infer<typeof ChallengeSchema>;
