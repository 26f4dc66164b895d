/**
 * What a summary of every card (`amgi stats`, and `review --cram`'s order) reads of each stored card, kept in columns. Read as one
 * JSON array per column in a single scan (JSON parses far faster than 100,000 rows arrive), and
 * found by id value (util/hex-ids.ts) where the ids are amgi's own: no object or string per card
 * until one is asked for.
 */
import type { CardStateKind } from '../schedule/fsrs.js';
import { hexIdValue, hexIdValueAt } from '../util/hex-ids.js';
import { KeyTable } from '../util/key-table.js';

/** A stored card as statistics see it. */
export interface CardFacts {
  due: number;
  state: CardStateKind;
  suspended: boolean;
  stability: number;
  lapses: number;
  /** When it was last answered (ms), if ever. */
  lastReview: number | undefined;
}

/** Stored cards by id: a Map of stored cards will do; the store gives a compact one (cardFacts). */
export interface CardFactsLookup {
  get(id: string): CardFacts | undefined;
  /** The card whose id has this value, where the lookup can find cards so (no string made per card). */
  getByKey?(key: number): CardFacts | undefined;
}

/** Every stored card's facts, column by column, in one order. */
export interface CardFactColumns {
  /** The ids; or, when all are amgi's own, their bytes (six each, decoded from hex). */
  ids: string[] | Uint8Array;
  due: number[];
  state: CardStateKind[];
  suspended: (0 | 1)[];
  stability: number[];
  lapses: number[];
  lastReview: (number | null)[];
}

export class CardFactsTable implements CardFactsLookup {
  private readonly rowByKey: KeyTable;
  /** Rows of ids that are not amgi's own shape (imported from other tools). */
  private readonly rowById = new Map<string, number>();

  constructor(private readonly columns: CardFactColumns) {
    const { ids } = columns;
    this.rowByKey = new KeyTable(columns.due.length);
    if (ids instanceof Uint8Array) {
      for (let row = 0; row * 6 < ids.length; row++) this.rowByKey.set(hexIdValueAt(ids, row * 6), row);
      return;
    }
    for (let row = 0; row < ids.length; row++) {
      const key = keyOf(ids[row]!);
      if (key >= 0) this.rowByKey.set(key, row);
      else this.rowById.set(ids[row]!, row);
    }
  }

  get(id: string): CardFacts | undefined {
    const key = keyOf(id);
    return this.factsAt(key >= 0 ? this.rowByKey.get(key) : this.rowById.get(id));
  }

  getByKey(key: number): CardFacts | undefined {
    return this.factsAt(this.rowByKey.get(key));
  }

  private factsAt(row: number | undefined): CardFacts | undefined {
    if (row === undefined || row < 0) return undefined;
    const { due, state, suspended, stability, lapses, lastReview } = this.columns;
    return { due: due[row]!, state: state[row]!, suspended: suspended[row] === 1, stability: stability[row]!, lapses: lapses[row]!, lastReview: lastReview[row] ?? undefined };
  }
}

function keyOf(id: string): number {
  return id.length === 12 ? hexIdValue(id, 0) : -1;
}
