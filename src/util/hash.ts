import * as crypto from 'node:crypto';

// crypto.hash (Node 20.12+) hashes in one call, a few times faster than a Hash object for the short
// keys card ids are made from (one per new card); older Node 20 releases lack it.
const oneShot = (crypto as { hash?: typeof crypto.hash }).hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}
