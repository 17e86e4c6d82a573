import * as z from 'zod/mini';
import type { Dropped } from '../read-tolerantly.js';

/**
 * An open enum (CONTRACT.md §1): the known values give autocompletion, but any string is accepted so
 * that a value added to the API later never breaks a client. Widgets show unknown values raw.
 */
export function openEnum<const T extends readonly string[]>(_known: T) {
  return z.string().check(z.minLength(1)) as unknown as z.ZodMiniType<T[number] | (string & {})>;
}

export const LANGS = ['nl', 'fr', 'en'] as const;
export type KnownLang = (typeof LANGS)[number];
export const LangSchema = openEnum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** A Belgian municipality's NIS code. */
export const NisCodeSchema = z.string().check(z.regex(/^\d{5}$/, 'A NIS code has 5 digits'));

export const IdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Not a valid id (slug)'));

/** Plain text of bounded length. Never markup: clients render it as text. */
export const text = (max: number) => z.string().check(z.maxLength(max));
/** Plain text that must say something. */
export const requiredText = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => s.trim() !== '', 'Must not be blank'),
  );

/** Absolute `https:` URL; `http:` only for localhost (CONTRACT.md §1). */
export const UrlSchema = z.string().check(
  z.refine((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  }, 'Not an absolute https: URL'),
);

/** RFC 3339 timestamp with an offset, e.g. 2026-12-15T17:00:00+01:00. */
export const TimestampSchema = z.iso.datetime({ offset: true });
/** A day without a time, YYYY-MM-DD. */
export const DateSchema = z.iso.date();

/** A field marked `?` in the contract: absent and null mean the same. */
export const maybe = <T extends z.ZodMiniType>(schema: T) => z.nullish(schema);

/** The fields every content resource (practice, challenge, learning track) opens with. */
export const contentHeaderShape = {
  id: IdSchema,
  lang: LangSchema,
  title: requiredText(160),
  summary: requiredText(600),
  description: maybe(text(20_000)),
};

export const ThemeSchema = z.object({ id: IdSchema, label: requiredText(200) });
export type Theme = z.infer<typeof ThemeSchema>;

export const EmailSchema = z.email().check(z.maxLength(254));

export const ContactSchema = z
  .object({
    name: requiredText(200),
    role: maybe(text(200)),
    email: maybe(EmailSchema),
    phone: maybe(text(100)),
  })
  .check(z.refine((c) => Boolean(c.email || c.phone), { message: 'A contact needs an e-mail address or a phone number', path: ['email'] }));
export type Contact = z.infer<typeof ContactSchema>;

export const LinkSchema = z.object({ label: requiredText(200), url: UrlSchema });
export type Link = z.infer<typeof LinkSchema>;

/** A list page (CONTRACT.md §2 Page). */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string().check(z.minLength(1))),
    total: maybe(z.int().check(z.minimum(0))),
  });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | null;
  /** What the tolerant reader left out: whole items (`items.3`) and fields of items (`items.2.budget`). */
  dropped: Dropped[];
}
