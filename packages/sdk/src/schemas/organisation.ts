import * as z from 'zod/mini';
import { IdSchema, maybe, NisCodeSchema, openEnum, requiredText, UrlSchema } from './common.js';

export const ORGANISATION_KINDS = [
  'flemish-entity',
  'local-government',
  'provincial-government',
  'federal-government',
  'foreign-government',
  'knowledge-institution',
  'company',
  'civil-society',
  'network',
  'other',
] as const;
export const GOVERNMENT_LEVELS = ['local', 'provincial', 'flemish', 'federal', 'european', 'international'] as const;

export const GovernmentLevelSchema = openEnum(GOVERNMENT_LEVELS);
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;

export const OrganisationSchema = z.object({
  id: IdSchema,
  name: requiredText(200),
  kind: openEnum(ORGANISATION_KINDS),
  level: GovernmentLevelSchema,
  identifiers: maybe(
    z.object({
      kbo: maybe(z.string().check(z.regex(/^\d{10}$/, 'A KBO number has 10 digits'))),
      ovo: maybe(z.string().check(z.regex(/^OVO\d{6}$/, 'An OVO code is OVO and 6 digits'))),
      nis: maybe(NisCodeSchema),
    }),
  ),
  url: maybe(UrlSchema),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
