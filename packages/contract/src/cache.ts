// The caching and CORS rules of every GET (CONTRACT.md §1): a strong ETag from the body, 304 for a
// matching If-None-Match, Cache-Control, Content-Language, and any origin may read. The msw handlers and
// the reference server both answer with these; each only turns the answer into its kind of response.
import { etagOf, matchesIfNoneMatch } from './etag.js';

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** CORS on every read, and on its problems: any origin, which may read the caching headers. */
export const READ_CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Content-Language, Retry-After',
};

/** A GET's body as sent: its JSON and the headers that go with it (ETag, caching, language, CORS). */
export interface Representation {
  json: string;
  headers: Record<string, string>;
}

export type CacheableAnswer = { status: 200; headers: Record<string, string>; json: string } | { status: 304; headers: Record<string, string> };

/** `lang` is the asked language, for bodies that do not say which language they are in. */
export function representationOf(body: object, lang: string): Representation {
  const json = JSON.stringify(body);
  return {
    json,
    headers: {
      ...READ_CORS,
      etag: etagOf(json),
      'cache-control': CACHE_CONTROL,
      'content-language': 'lang' in body ? String(body.lang) : lang,
    },
  };
}

/** 304 without a body when If-None-Match names the representation's ETag, else 200 with it. */
export function answerFor({ json, headers }: Representation, ifNoneMatch: string | null): CacheableAnswer {
  if (matchesIfNoneMatch(ifNoneMatch, headers.etag!)) return { status: 304, headers };
  return { status: 200, headers: { ...headers, 'content-type': 'application/json' }, json };
}

/** A GET's answer to a client that sent `ifNoneMatch` (the If-None-Match header, or null). */
export function cacheableAnswer(body: object, lang: string, ifNoneMatch: string | null): CacheableAnswer {
  return answerFor(representationOf(body, lang), ifNoneMatch);
}
