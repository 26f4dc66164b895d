/**
 * A set of card ids built for the one question every queue asks of every card: does the store know
 * it? amgi's own ids are kept as numbers (see util/hex-ids.ts) in an open-addressing table, decoded
 * from SQLite's concatenation of them: no string per id is made or hashed. Ids of any other shape
 * (imported from elsewhere) go in a plain Set.
 */
import { hexIdValue, hexIdValues } from '../util/hex-ids.js';

const EMPTY = -1;

export class CardIdSet {
  private readonly table: Float64Array;
  private readonly mask: number;
  private readonly others: Set<string>;

  /**
   * @param hexIds ids of 12 ASCII characters, run together (any not lower-case hex go with the others)
   * @param others every other id
   */
  constructor(hexIds: string, others: Iterable<string> = []) {
    const count = Math.floor(hexIds.length / 12);
    let size = 16;
    while (size < count * 2) size *= 2; // at most half full: probes stay short
    this.table = new Float64Array(size).fill(EMPTY);
    this.mask = size - 1;
    this.others = new Set(others);
    const values = hexIdValues(hexIds);
    if (values) {
      for (const value of values) this.insert(value);
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
    return value === EMPTY ? this.others.has(id) : this.hasKey(value);
  }

  /** Whether the id whose value (hexIdValue) this is is in the set. */
  hasKey(value: number): boolean {
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
