// What the cap per track and client address (INO_APPLICATIONS_PER_ADDRESS) counts by: an HMAC of the
// address, never the address itself. Its key is derived per track from the server's own key (the one
// manage tokens are made with, under another label), so the same address on two tracks gives two
// unrelated values, and without the server's key a value cannot be tested against guessed addresses.
// It is erased with the application's personal data (migration 0008).
import { createHmac } from 'node:crypto';

export function addressFingerprint(serverKey: Buffer, trackId: string, address: string): string {
  const trackKey = createHmac('sha256', serverKey).update(`client-address\0${trackId}`).digest();
  return createHmac('sha256', trackKey).update(address).digest('base64url');
}
