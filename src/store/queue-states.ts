/**
 * The stored states a queue works from (see ReviewStore.cardsDueBefore): in full for the cards due
 * before the queue's horizon, and for every other stored card only that it is known (a stand-in not
 * due soon), which is what tells it from a new card. A queue asks this of every card of every deck
 * (100,000 and more) after each answer, so amgi's own ids are kept as numbers (util/hex-ids.ts) in
 * one open-addressing table whose slots say at once whether a card is known and where its state is:
 * one probe per card, and no string made or hashed. Ids of any other shape (imported from elsewhere)
 * go in a plain Map with the same slot values.
 */
import type { CardStateKind } from '../schedule/fsrs.js';
import type { QueueStateLookup } from '../review/queue.js';
import { hexIdValue, hexIdValueAt, hexIdValues } from '../util/hex-ids.js';

/** What deciding whether a card is due needs. */
export interface QueueState {
  due: number;
  state: CardStateKind;
  suspended: boolean;
  buriedUntilDay: number | undefined;
}

/** A card due soon as the store reads it: id, due, state, suspended (0 or 1), buried until (study day). */
export type SoonRow = [id: string, due: number, state: CardStateKind, suspended: number, buriedUntilDay: number | null];

/** Stands in for stored cards not due before the horizon. */
const NOT_DUE_SOON: QueueState = Object.freeze({ due: Number.MAX_SAFE_INTEGER, state: 2, suspended: false, buriedUntilDay: undefined });

const EMPTY_KEY = -1;
/** Slot values besides an index into `near`: known but not due soon, or known once and deleted since (an undone first answer). */
const NOT_NEAR = -1;
const REMOVED = -2;

export class QueueStates implements QueueStateLookup {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  private used = 0;
  private readonly others = new Map<string, number>();
  private readonly near: QueueState[] = [];

  /** @param keys the values of amgi's own stored ids; @param otherIds every other stored id */
  constructor(keys: Float64Array | number[], otherIds: Iterable<string> = []) {
    this.mask = tableSize(keys.length) - 1;
    this.keys = new Float64Array(this.mask + 1).fill(EMPTY_KEY);
    this.slots = new Int32Array(this.mask + 1);
    for (let n = 0; n < keys.length; n++) this.put(keys[n]!, NOT_NEAR);
    for (const id of otherIds) this.others.set(id, NOT_NEAR);
  }

  /** The store's ids when all are amgi's own, as their bytes (six each), decoded and placed in one pass. */
  static fromIdBytes(bytes: Uint8Array): QueueStates {
    const states = new QueueStates([]);
    const count = bytes.length / 6;
    const mask = tableSize(count) - 1;
    const keys = new Float64Array(mask + 1).fill(EMPTY_KEY);
    for (let at = 0; at < bytes.length; at += 6) {
      const key = hexIdValueAt(bytes, at);
      let slot = key & mask;
      while (keys[slot] !== EMPTY_KEY) slot = (slot + 1) & mask; // ids in the store are unique
      keys[slot] = key;
    }
    states.keys = keys;
    states.slots = new Int32Array(mask + 1).fill(NOT_NEAR);
    states.mask = mask;
    states.used = count;
    return states;
  }

  /**
   * @param ownIds stored ids of 12 ASCII characters, run together (any that are not lower-case hex go with the others)
   * @param otherIds every other stored id
   */
  static fromIds(ownIds: string, otherIds: Iterable<string> = []): QueueStates {
    const keys: number[] = [];
    const others = [...otherIds];
    for (let start = 0; start + 12 <= ownIds.length; start += 12) {
      const value = hexIdValue(ownIds, start);
      if (value === EMPTY_KEY) others.push(ownIds.slice(start, start + 12));
      else keys.push(value);
    }
    return new QueueStates(keys, others);
  }

  /** The states of the cards due soon, as the store reads them; amgi's own ids decoded in one call. */
  setSoon(rows: readonly SoonRow[]): void {
    // Indexed reads, not destructuring: until V8 optimises a loop, destructuring an array runs its iterator.
    const ids = rows.map((row) => row[0]).join('');
    const keys = ids.length === 12 * rows.length ? hexIdValues(ids) : undefined;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      const queueState: QueueState = { due: row[1], state: row[2], suspended: row[3] === 1, buriedUntilDay: row[4] ?? undefined };
      if (keys) this.put(keys[n]!, this.near.push(queueState) - 1);
      else this.set(row[0], queueState);
    }
  }

  get(id: string): QueueState | undefined {
    const key = id.length === 12 ? hexIdValue(id, 0) : EMPTY_KEY;
    return this.stateOf(key === EMPTY_KEY ? this.others.get(id) : this.slotOf(key));
  }

  /** A card's state as it is now (a session's answer): it is due soon, or may be. */
  set(id: string, state: QueueState): void {
    const key = id.length === 12 ? hexIdValue(id, 0) : EMPTY_KEY;
    const slot = key === EMPTY_KEY ? this.others.get(id) : this.slotOf(key);
    if (slot !== undefined && slot >= 0) {
      this.near[slot] = state;
      return;
    }
    const index = this.near.push(state) - 1;
    if (key === EMPTY_KEY) this.others.set(id, index);
    else this.put(key, index);
  }

  /** The card's row is gone: it is new again. */
  delete(id: string): void {
    const key = id.length === 12 ? hexIdValue(id, 0) : EMPTY_KEY;
    if (key === EMPTY_KEY) this.others.set(id, REMOVED);
    else this.put(key, REMOVED);
  }

  /**
   * Calls `visit` for each of `keys` (by position) that is new, or whose state is due before the
   * horizon or not in plain review, and skips the rest: at 100,000 cards most are known and not due
   * soon. The probe is written out in this one loop, with no call per card, because the loop runs
   * once per command and mostly before V8 has optimised anything: calls are what an unoptimised
   * loop pays for (it took `amgi due` ~40 ms; see README › Performance).
   */
  forEachNewOrSoon(keys: Float64Array, visit: (state: QueueState | undefined, position: number) => void): void {
    const { keys: table, slots, mask, near } = this;
    for (let position = 0; position < keys.length; position++) {
      const key = keys[position]!;
      let slot = REMOVED; // not known: new
      for (let at = key & mask; ; at = (at + 1) & mask) {
        const held = table[at]!;
        if (held === key) {
          slot = slots[at]!;
          break;
        }
        if (held === EMPTY_KEY) break;
      }
      if (slot !== NOT_NEAR) visit(slot >= 0 ? near[slot] : undefined, position);
    }
  }

  private stateOf(slot: number | undefined): QueueState | undefined {
    if (slot === undefined || slot === REMOVED) return undefined;
    return slot === NOT_NEAR ? NOT_DUE_SOON : this.near[slot];
  }

  /** The slot value of an id value, or undefined when the id is not known. */
  private slotOf(key: number): number | undefined {
    // The ids are hashes already: their low bits are as good a place as any.
    for (let at = key & this.mask; ; at = (at + 1) & this.mask) {
      const held = this.keys[at]!;
      if (held === key) return this.slots[at];
      if (held === EMPTY_KEY) return undefined;
    }
  }

  /** Sets the slot value of an id value, adding the id if it is new. */
  private put(key: number, value: number): void {
    for (let at = key & this.mask; ; at = (at + 1) & this.mask) {
      const held = this.keys[at]!;
      if (held === key) {
        this.slots[at] = value;
        return;
      }
      if (held === EMPTY_KEY) {
        this.keys[at] = key;
        this.slots[at] = value;
        if (++this.used * 2 > this.keys.length) this.grow();
        return;
      }
    }
  }

  private grow(): void {
    // Rehashed into a table twice the size: at most half full, so probes stay short.
    const { keys, slots } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY_KEY);
    this.slots = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.used = 0;
    for (let at = 0; at < keys.length; at++) if (keys[at] !== EMPTY_KEY) this.put(keys[at]!, slots[at]!);
  }
}

/** A power of two at least twice `count`: a table at most half full keeps probes short. */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}
