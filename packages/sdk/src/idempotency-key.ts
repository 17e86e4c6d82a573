/** A fresh Idempotency-Key for one application attempt (a UUID without dashes: 32 characters). */
export function createIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID().replaceAll('-', '');
  // randomUUID exists only in secure contexts; getRandomValues exists everywhere.
  return Array.from(cryptoApi.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
