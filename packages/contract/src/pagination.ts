// Opaque cursors: the offset of the next item, bound to the query that made it. A cursor used with
// another query, one that was tampered with or one that points too far is refused as CONTRACT.md §2
// allows ("may expire").
import { fnv1a } from './fnv1a.js';

/** `limit` (CONTRACT.md §2): a whole number from 1 to 100, 20 when not given. */
export const PAGE_LIMIT = { min: 1, max: 100, default: 20 } as const;

export class InvalidQueryError extends Error {
  readonly kind: 'validation' | 'invalid-cursor';
  constructor(kind: 'validation' | 'invalid-cursor', message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Text that PostgreSQL can store and that is Unicode: no U+0000 and no unpaired surrogate. */
export function isSafeText(text: string): boolean {
  // With the u flag, a well-formed pair is one code point; only a lone surrogate is in \p{Cs}.
  return !/[\u0000\p{Cs}]/u.test(text);
}

/**
 * Every GET's query, before anything reads it: a value the database could not take (a NUL) is a 400,
 * not an error further on. The mock checks it too, so both answer alike.
 */
export function assertSafeQuery(query: URLSearchParams): void {
  for (const [name, value] of query) {
    if (!isSafeText(name)) throw new InvalidQueryError('validation', 'A query parameter name contains a character that is not allowed.');
    if (!isSafeText(value)) throw new InvalidQueryError('validation', `${name} contains a character that is not allowed.`);
  }
}

/** The query without paging parameters, in a stable order: what a cursor is bound to. */
function fingerprint(query: URLSearchParams): string {
  const kept = [...query.entries()].filter(([name]) => name !== 'cursor' && name !== 'limit' && name !== 'lang');
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return fnv1a(kept.map(([name, value]) => `${name}=${value}`).join('&'));
}

/**
 * The furthest a cursor may point. Far beyond any list the network keeps (thousands of items), and
 * far below what a database offset or an array index can take: a forged offset is refused, never a 500.
 */
export const MAX_CURSOR_OFFSET = 1_000_000;

/** `<offset in base 36>.<hash of the query>`: ASCII whatever the query holds, and short. */
function encodeCursor(offset: number, query: URLSearchParams): string {
  return `${offset.toString(36)}.${fingerprint(query)}`;
}

function decodeCursor(cursor: string, query: URLSearchParams): number {
  const parts = /^([0-9a-z]{1,6})\.([0-9a-f]{1,8})$/.exec(cursor);
  const offset = parts ? parseInt(parts[1]!, 36) : NaN;
  if (parts && offset <= MAX_CURSOR_OFFSET && parts[2] === fingerprint(query)) return offset;
  throw new InvalidQueryError('invalid-cursor', 'The cursor is not valid for this query; start again without it.');
}

/** A whole-number query parameter within `range`; undefined when it is absent or empty. */
export function readIntParam(query: URLSearchParams, name: string, range: { min: number; max: number }): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InvalidQueryError('validation', `${name} must be a whole number from ${range.min} to ${range.max}.`);
  }
  return value;
}

export function readLimit(query: URLSearchParams): number {
  return readIntParam(query, 'limit', PAGE_LIMIT) ?? PAGE_LIMIT.default;
}

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** Which part of a list a request asks for: `limit` and the offset its cursor carries. */
export interface PageWindow {
  limit: number;
  offset: number;
}

export function readPageWindow(query: URLSearchParams): PageWindow {
  const limit = readLimit(query);
  const cursor = query.get('cursor');
  return { limit, offset: cursor ? decodeCursor(cursor, query) : 0 };
}

/** The cursor of the page after this window, or null when the window reaches the end of the list. */
export function nextCursor(window: PageWindow, total: number, query: URLSearchParams): string | null {
  const next = window.offset + window.limit;
  return next < total ? encodeCursor(next, query) : null;
}

/** One page of an already filtered and sorted list. */
export function paginate<T>(all: readonly T[], query: URLSearchParams): PageOf<T> {
  const window = readPageWindow(query);
  return { items: all.slice(window.offset, window.offset + window.limit), nextCursor: nextCursor(window, all.length, query), total: all.length };
}
