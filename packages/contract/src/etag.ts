/**
 * A strong ETag from the body's JSON text: FNV-1a, 32 bits, plus the length. Synchronous (the Web
 * Crypto digest is not) and good enough to tell two versions of a response apart.
 */
export function etagOf(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `"${(hash >>> 0).toString(16)}-${json.length.toString(16)}"`;
}

/** True when If-None-Match names this ETag (or `*`). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}
