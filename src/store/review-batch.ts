import type { CardStateKind, Rating } from '../schedule/fsrs.js';
import type { LoggedReview } from './store.js';

/** The longest answer a review log can hold: the FSRS tools read durations as unsigned 32-bit numbers. */
export const MAX_DURATION_MS = 2 ** 32 - 1;

/**
 * Reviews held column by column, card ids interned: what `amgi log import` reads a file into. A
 * million reviews take about 25 MB this way; as a million LoggedReview objects (each with its own
 * card id string) they took hundreds.
 */
export class ReviewBatch implements Iterable<LoggedReview> {
  /** The distinct card ids, in the order the reviews first name them. */
  readonly cardIds: string[] = [];
  private readonly cardIndex = new Map<string, number>();
  /** Column n of review n: its card (an index into cardIds), time, rating, state before, duration. */
  card = new Int32Array(1024);
  time = new Float64Array(1024);
  rating = new Uint8Array(1024);
  stateBefore = new Uint8Array(1024);
  /** Up to 2³² − 1 ms, as the FSRS tools read it (the file's reader refuses longer). */
  duration = new Uint32Array(1024);
  length = 0;

  static from(reviews: Iterable<LoggedReview>): ReviewBatch {
    const batch = new ReviewBatch();
    for (const review of reviews) batch.push(review);
    return batch;
  }

  /** Adds a review. Its numbers are checked here: a typed column would silently turn a rating of 2.5 into 2, or -1 into 255. */
  push(review: LoggedReview): void {
    const { rating, stateBefore, reviewTime, duration } = review;
    if (!(Number.isInteger(rating) && rating >= 1 && rating <= 4 && Number.isInteger(stateBefore) && stateBefore >= 0 && stateBefore <= 3)) {
      throw new RangeError(`card ${review.cardId}: rating ${rating} or state ${stateBefore} is not a rating 1–4 and a state 0–3`);
    }
    if (!(Number.isSafeInteger(reviewTime) && Number.isInteger(duration) && duration >= 0 && duration <= MAX_DURATION_MS)) {
      throw new RangeError(`card ${review.cardId}: review time ${reviewTime} must be a whole number of ms, and duration ${duration} one from 0 to ${MAX_DURATION_MS}`);
    }
    if (this.length === this.card.length) this.grow();
    let card = this.cardIndex.get(review.cardId);
    if (card === undefined) {
      card = this.cardIds.length;
      this.cardIds.push(review.cardId);
      this.cardIndex.set(review.cardId, card);
    }
    const n = this.length++;
    this.card[n] = card;
    this.time[n] = review.reviewTime;
    this.rating[n] = review.rating;
    this.stateBefore[n] = review.stateBefore;
    this.duration[n] = review.duration;
  }

  /** Review n as an object. */
  at(n: number): LoggedReview {
    return {
      cardId: this.cardIds[this.card[n]!]!,
      reviewTime: this.time[n]!,
      rating: this.rating[n] as Rating,
      stateBefore: this.stateBefore[n] as CardStateKind,
      duration: this.duration[n]!,
    };
  }

  *[Symbol.iterator](): IterableIterator<LoggedReview> {
    for (let n = 0; n < this.length; n++) yield this.at(n);
  }

  /**
   * The reviews grouped by card: `positions` lists review numbers card by card (in the order of
   * cardIds), each card's by time and, at the same time, in the order given; card c's are
   * `positions[starts[c]]` up to `positions[starts[c + 1]]`. A counting sort, then a sort within
   * each card, which is usually already in time order.
   */
  byCard(): { starts: Uint32Array; positions: Uint32Array } {
    const starts = new Uint32Array(this.cardIds.length + 1);
    for (let n = 0; n < this.length; n++) starts[this.card[n]! + 1]!++;
    for (let c = 0; c < this.cardIds.length; c++) starts[c + 1]! += starts[c]!;
    const next = starts.slice(0, this.cardIds.length);
    const positions = new Uint32Array(this.length);
    for (let n = 0; n < this.length; n++) positions[next[this.card[n]!]!++] = n;
    const byTime = (a: number, b: number) => this.time[a]! - this.time[b]! || a - b;
    for (let c = 0; c < this.cardIds.length; c++) {
      const own = positions.subarray(starts[c], starts[c + 1]);
      for (let k = 1; k < own.length; k++) {
        if (this.time[own[k]!]! < this.time[own[k - 1]!]!) {
          own.sort(byTime);
          break;
        }
      }
    }
    return { starts, positions };
  }

  private grow(): void {
    const size = this.card.length * 2;
    const grown = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(column: T, make: (size: number) => T): T => {
      const bigger = make(size);
      bigger.set(column);
      return bigger;
    };
    this.card = grown(this.card, (size) => new Int32Array(size));
    this.time = grown(this.time, (size) => new Float64Array(size));
    this.rating = grown(this.rating, (size) => new Uint8Array(size));
    this.stateBefore = grown(this.stateBefore, (size) => new Uint8Array(size));
    this.duration = grown(this.duration, (size) => new Uint32Array(size));
  }
}
