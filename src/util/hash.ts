import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

/**
 * node:crypto, loaded at the first hash: loading it takes about 6 ms, which a CSV export's threads
 * (on decks without images) and its own thread never need to spend.
 */
let crypto: Crypto | undefined;

function loadCrypto(): Crypto {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto);
}

/**
 * crypto.hash (Node 20.12 and later) hashes without making a Hash object: faster for many short
 * texts, as an export hashes every note. Earlier Node 20 releases have only createHash.
 */
export function hexDigest(algorithm: 'sha1' | 'sha256', data: string | Uint8Array): string {
  const { hash, createHash } = loadCrypto() as Crypto & { hash?: Crypto['hash'] };
  return hash ? hash(algorithm, data, 'hex') : createHash(algorithm).update(data).digest('hex');
}

export function sha256Hex(data: string | Uint8Array): string {
  return hexDigest('sha256', data);
}
