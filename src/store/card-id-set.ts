/**
 * A set of card ids built for the one question every queue asks of every card: does the store know
 * it? amgi's ids are 12 hex digits (48 bits, which a double holds exactly), so they are kept as
 * numbers in an open-addressing table, read straight from SQLite's concatenation of them: no string
 * per id is made or hashed. Ids of any other shape (imported from elsewhere) go in a plain Set.
 */

/** The value of 12 hex digits of `text` from `start`, or -1 when they are not all hex digits. */
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

const EMPTY = -1;
const LOWER_HEX = /^[0-9a-f]*$/;

export class CardIdSet {
  private readonly table: Float64Array;
  private readonly mask: number;
  private readonly others: Set<string>;

  /**
   * @param hexIds the 12-hex-digit ids, concatenated without separators
   * @param others every other id
   */
  constructor(hexIds: string, others: Iterable<string> = []) {
    const count = Math.floor(hexIds.length / 12);
    let size = 16;
    while (size < count * 2) size *= 2; // at most half full: probes stay short
    this.table = new Float64Array(size).fill(EMPTY);
    this.mask = size - 1;
    this.others = new Set(others);
    if (LOWER_HEX.test(hexIds)) {
      // All lower-case hex, as amgi writes them: decoded natively, six bytes an id.
      const bytes = Buffer.from(hexIds, 'hex');
      for (let at = 0; at + 6 <= bytes.length; at += 6) {
        this.insert(((bytes[at]! << 16) | (bytes[at + 1]! << 8) | bytes[at + 2]!) * 0x1000000 + ((bytes[at + 3]! << 16) | (bytes[at + 4]! << 8) | bytes[at + 5]!));
      }
      return;
    }
    for (let start = 0; start + 12 <= hexIds.length; start += 12) {
      const value = hexIdValue(hexIds, start);
      if (value === EMPTY) this.others.add(hexIds.slice(start, start + 12));
      else this.insert(value);
    }
  }

  has(id: string): boolean {
    const value = id.length === 12 ? hexIdValue(id, 0) : EMPTY;
    if (value === EMPTY) return this.others.has(id);
    // The ids are hashes already: their low bits are as good a slot as any.
    for (let slot = value & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.table[slot]!;
      if (held === value) return true;
      if (held === EMPTY) return false;
    }
  }

  private insert(value: number): void {
    for (let slot = value & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.table[slot]!;
      if (held === value) return;
      if (held === EMPTY) {
        this.table[slot] = value;
        return;
      }
    }
  }
}
