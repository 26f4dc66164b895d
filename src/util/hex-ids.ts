/**
 * amgi's card ids as numbers. An id is 12 lower-case hex digits (the start of a SHA-256, see
 * deck/identity.ts): 48 bits, which a double holds exactly. Queues compare 100,000 of them at a
 * time, and numbers are far cheaper to compare and hash than strings.
 */

/**
 * A card id as a person or another tool may write it: amgi's own in upper case (`019B594B0F92`, copied
 * from a spreadsheet) is the same card as in lower case. Other ids are kept as they are.
 */
export function canonicalCardId(id: string): string {
  return /^[0-9a-fA-F]{12}$/.test(id) ? id.toLowerCase() : id;
}

/** The id whose value this is (hexIdValue's inverse). */
export function hexIdOf(value: number): string {
  return value.toString(16).padStart(12, '0');
}

/** The value of the 12 hex digits of `text` from `start`, or -1 when they are not all lower-case hex digits. */
export function hexIdValue(text: string, start: number): number {
  let high = 0;
  let low = 0;
  for (let n = 0; n < 12; n++) {
    const code = text.charCodeAt(start + n);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : -1; // 0-9, a-f
    if (digit < 0) return -1;
    if (n < 6) high = high * 16 + digit;
    else low = low * 16 + digit;
  }
  return high * 0x1000000 + low;
}

const UPPER_HEX = /[A-F]/;

/**
 * The values of ids run together (12 digits each), decoded natively; undefined unless every one is
 * lower-case hex (decoding stops at the first character that is not hex, and reads upper case as lower).
 */
export function hexIdValues(ids: string): Float64Array | undefined {
  const bytes = Buffer.from(ids, 'hex');
  if (bytes.length * 2 !== ids.length || ids.length % 12 !== 0 || UPPER_HEX.test(ids)) return undefined;
  const values = new Float64Array(bytes.length / 6);
  for (let n = 0, at = 0; n < values.length; n++, at += 6) values[n] = hexIdValueAt(bytes, at);
  return values;
}

/** The value of the id whose six bytes (decoded from its hex) start at `at`. */
export function hexIdValueAt(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 16) | (bytes[at + 1]! << 8) | bytes[at + 2]!) * 0x1000000 + ((bytes[at + 3]! << 16) | (bytes[at + 4]! << 8) | bytes[at + 5]!);
}
