import { fnv1a } from './fnv1a.js';

/** A strong ETag from the body's JSON text: its FNV-1a hash plus its length. */
export function etagOf(json: string): string {
  return `"${fnv1a(json)}-${json.length.toString(16)}"`;
}

/**
 * Whether If-Match (RFC 9110 §13.1.1) names the current version, whose entity tag is `etag`: `*`
 * matches any current version, a list when one of its tags does. The organiser API's changes (§4).
 */
export const ifMatchHolds = (ifMatch: string, etag: string): boolean => ifMatch === '*' || ifMatch.split(',').some((tag) => tag.trim() === etag);

/** True when If-None-Match names this ETag (or `*`). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}
