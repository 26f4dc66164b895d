import * as crypto from 'node:crypto';

/**
 * crypto.hash (Node 20.12 and later) hashes without making a Hash object: faster for many short
 * texts, as an export hashes every note. Earlier Node 20 releases have only createHash.
 */
const oneShot = (crypto as { hash?: typeof crypto.hash }).hash;

export function hexDigest(algorithm: 'sha1' | 'sha256', data: string | Uint8Array): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data).digest('hex');
}

export function sha256Hex(data: string | Uint8Array): string {
  return hexDigest('sha256', data);
}
