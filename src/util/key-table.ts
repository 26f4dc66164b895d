/**
 * Id values (util/hex-ids.ts) mapped to non-negative integers, in one open-addressing table. Id values
 * are 48-bit numbers, which V8 boxes: a Map or Set of 100,000 of them took 55–65 ms to fill, this
 * table a few.
 */
const EMPTY = -1;

export class KeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private used = 0;

  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2; // at most half full: probes stay short
    this.keys = new Float64Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The value of `key`, or -1 when it has none. */
  get(key: number): number {
    if (key < 0) return -1; // -1 marks an empty slot
    // The ids are hashes already: their low bits are as good a place as any.
    for (let at = key & this.mask; ; at = (at + 1) & this.mask) {
      const held = this.keys[at]!;
      if (held === key) return this.values[at]!;
      if (held === EMPTY) return -1;
    }
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  set(key: number, value: number): void {
    if (key < 0 || value < 0) throw new RangeError(`not an id value and index: ${key}, ${value}`);
    for (let at = key & this.mask; ; at = (at + 1) & this.mask) {
      const held = this.keys[at]!;
      if (held === key) {
        this.values[at] = value;
        return;
      }
      if (held === EMPTY) {
        this.keys[at] = key;
        this.values[at] = value;
        if (++this.used * 2 > this.keys.length) this.grow();
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.used = 0;
    for (let at = 0; at < keys.length; at++) if (keys[at] !== EMPTY) this.set(keys[at]!, values[at]!);
  }
}
