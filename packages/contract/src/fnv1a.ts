/**
 * FNV-1a over a string's UTF-16 code units, 32 bits, as hex. Synchronous (the Web Crypto digest is
 * not) and the same in the browser (the mock) and in Node (the server): enough to tell two texts
 * apart, not to keep a secret.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}
