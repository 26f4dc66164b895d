/**
 * Answers counted by study day: what `amgi stats` shows of the review log. The store counts them
 * with SQLite (ReviewStore.answerCountsByDay), the statistics module from reviews in memory; both
 * count into a DayTally, so the two cannot count differently.
 */
import type { Rating } from '../schedule/fsrs.js';

export interface AnswerCount {
  /** The day, by its place in the day starts counted over. */
  day: number;
  rating: Rating;
  /** The card was in the Review state when answered. */
  inReview: boolean;
  count: number;
}

/** Answers to some cards counted by day, and how many went to other cards. */
export interface AnswerCounts {
  /** Answers on each day. */
  perDay: number[];
  /** The same answers by rating and state, only on the days from `detailFrom` on (where asked for). */
  byDay: AnswerCount[];
  /** Answers to other cards, over all the days. */
  otherCards: number;
}

/** Ratings 1–4, each in review or not. */
const KINDS = 8;

/** Counts by day: a total for each day, and for each day from `detailFrom` on, one per rating and state. */
export class DayTally {
  readonly totals: Float64Array;
  private readonly detail: Float64Array;

  constructor(
    days: number,
    readonly detailFrom: number,
  ) {
    this.totals = new Float64Array(days);
    this.detail = new Float64Array(Math.max(0, days - detailFrom) * KINDS);
  }

  /** Answers of one rating and state. */
  add(day: number, rating: Rating, inReview: boolean, count = 1): void {
    this.totals[day]! += count;
    if (day >= this.detailFrom) this.detail[(day - this.detailFrom) * KINDS + (rating - 1) * 2 + (inReview ? 1 : 0)]! += count;
  }

  /** Answers of any rating and state, on a day before `detailFrom`. */
  addTotal(day: number, count: number): void {
    if (day >= this.detailFrom) throw new RangeError(`day ${day} is counted in detail`);
    this.totals[day]! += count;
  }

  total(): number {
    return this.totals.reduce((sum, count) => sum + count, 0);
  }

  /** These counts less another's (counted over the same days, of some of the same answers). */
  minus(other: DayTally): DayTally {
    const left = new DayTally(this.totals.length, this.detailFrom);
    for (let n = 0; n < left.totals.length; n++) left.totals[n] = this.totals[n]! - other.totals[n]!;
    for (let n = 0; n < left.detail.length; n++) left.detail[n] = this.detail[n]! - other.detail[n]!;
    return left;
  }

  toCounts(otherCards: number): AnswerCounts {
    const byDay: AnswerCount[] = [];
    for (let n = 0; n < this.detail.length; n++) {
      const count = this.detail[n]!;
      const kind = n % KINDS;
      if (count > 0) byDay.push({ day: this.detailFrom + (n - kind) / KINDS, rating: (1 + (kind >> 1)) as Rating, inReview: (kind & 1) === 1, count });
    }
    return { perDay: Array.from(this.totals), byDay, otherCards };
  }
}

/** Which day of `starts` a time falls in (day n runs from starts[n] to starts[n + 1]); undefined outside them. */
export function dayIndex(starts: readonly number[], time: number): number | undefined {
  if (starts.length < 2 || time < starts[0]! || time >= starts.at(-1)!) return undefined;
  let low = 0;
  let high = starts.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (time >= starts[middle]!) low = middle;
    else high = middle;
  }
  return low;
}
