/**
 * The review log turned into training items for the FSRS optimizer (fsrs-rs `dataset.rs`; see
 * ../shared/reference/fsrs.md §6.2): one item per review that came on a later study day than the one
 * before it, holding the card's history up to and including that review. Pure; no native code here.
 */
import type { CardStateKind, Rating } from './fsrs.js';

/** [rating 1–4, whole study days since the previous review (0 for the first)] */
export type ItemReview = [rating: number, deltaT: number];

export interface TrainingSet {
  /** Oldest first, by the time of each item's last review (training weights recent items more). */
  items: ItemReview[][];
  /** Reviews in the log. */
  reviews: number;
  /** Cards with at least one item. */
  cards: number;
  /** Items dropped because they break the optimizer's rules (it aborts the process on some). */
  invalid: number;
}

export interface HistoryReview {
  cardId: string;
  reviewTime: number;
  rating: Rating;
  stateBefore: CardStateKind;
}

/**
 * `studyDay` must be the scheduler's own day rule, so that "a day later" means the same to the fit
 * as to the schedule.
 */
export function trainingItems(reviews: readonly HistoryReview[], studyDay: (ms: number) => number): TrainingSet {
  const byCard = new Map<string, HistoryReview[]>();
  for (const review of reviews) {
    const history = byCard.get(review.cardId);
    if (history) history.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const dated: { time: number; item: ItemReview[] }[] = [];
  let invalid = 0;
  let cards = 0;
  for (const history of byCard.values()) {
    const { kept, pairs } = itemReviews(history, studyDay);
    let made = 0;
    for (let n = 1; n < pairs.length; n++) {
      if (pairs[n]![1] <= 0) continue;
      const item = pairs.slice(0, n + 1);
      if (isValidItem(item)) {
        dated.push({ time: kept[n]!.reviewTime, item });
        made++;
      } else {
        invalid++;
      }
    }
    if (made > 0) cards++;
  }
  dated.sort((a, b) => a.time - b.time);
  return { items: dated.map(({ item }) => item), reviews: reviews.length, cards, invalid };
}

/** What the item rules need of a review. */
type TimedAnswer = Omit<HistoryReview, 'cardId'>;

/**
 * One card's reviews as fsrs-rs reads them (the history is sorted here, oldest first): those it
 * keeps, each as [rating, study days since the one before]. Every kept review after the first that
 * came on a later day ends an item: the pairs up to and including it.
 */
function itemReviews<T extends TimedAnswer>(history: T[], studyDay: (ms: number) => number): { kept: readonly T[]; pairs: ItemReview[] } {
  history.sort((a, b) => a.reviewTime - b.reviewTime);
  const kept = sinceLastLearning(history);
  const pairs: ItemReview[] = kept.map((review, n) => [review.rating, n === 0 ? 0 : studyDay(review.reviewTime) - studyDay(kept[n - 1]!.reviewTime)]);
  return { kept, pairs };
}

/**
 * A card's history from the start of its last run of learning answers (fsrs-rs
 * `remove_revlog_before_last_first_learn`): anything before was a card since reset. A history
 * without a first answer (say, imported from SM-2 mid-way) says nothing about first stabilities.
 */
function sinceLastLearning<T extends TimedAnswer>(history: readonly T[]): readonly T[] {
  let start: number | undefined;
  for (let n = history.length - 1; n >= 0; n--) {
    const learning = history[n]!.stateBefore === 0 || history[n]!.stateBefore === 1;
    if (learning) start = n;
    else if (start !== undefined) break;
  }
  return start === undefined ? [] : history.slice(start); // no learning answers: fsrs-rs uses none of it
}

/** What fsrs-rs requires of an item; it panics (and the process aborts) on some violations. */
export function isValidItem(item: readonly ItemReview[]): boolean {
  return (
    item.length > 0 &&
    item[0]![1] === 0 &&
    item.some(([, deltaT]) => deltaT > 0) &&
    item.every(([rating, deltaT]) => Number.isInteger(rating) && rating >= 1 && rating <= 4 && Number.isInteger(deltaT) && deltaT >= 0)
  );
}

/** The review log as the optimizer's child reads it, with the counts a caller reports. */
export interface FitLog {
  /** Revlog CSV in pieces of about 64 KiB (joined, they would be held twice): cards numbered, times on the study clock (see Scheduler.studyClock). Only the sample's cards when a sample was taken. */
  csv: Buffer[];
  /** Reviews in the log. */
  reviews: number;
  /** Training items fsrs-rs would make from the whole log: the same rules as trainingItems. */
  items: number;
  cards: number;
  /** Items that broke fsrs-rs's rules: their cards were left out. */
  invalid: number;
  /** What `csv` holds: the whole log's counts unless a sample was taken. */
  fitted: FittedPart;
}

export interface FittedPart {
  /** The log's reviews less those of the cards a sample left out. */
  reviews: number;
  items: number;
  cards: number;
  /** Some cards were left out to keep the fit within its budget. */
  sampled: boolean;
}

/**
 * When the fit would cost more than `budget`, fit on a sample of whole cards instead: cards in the
 * order of a hash of their ids, as many as the budget holds. The same log gives the same sample.
 */
export interface FitBudget {
  budget: number;
  /** What one card costs the fit: `items` items holding `itemReviews` reviews together. */
  cost(items: number, itemReviews: number): number;
}

/**
 * The log for fitting, from reviews grouped by card (each card's oldest first), one card at a time:
 * a million reviews never become a million objects. Cards are numbered rather than named, so no id
 * needs CSV quoting; times are moved so that UTC days are study days. With a `budget`, a log that
 * would cost more is cut down to a sample of cards (see FitBudget).
 */
export function fitLog(reviewsByCard: Iterable<HistoryReview>, clock: { studyDay(ms: number): number; studyClock(ms: number): number }, budget?: FitBudget): FitLog {
  // Written in pieces of about 64 KiB: a million lines held as strings until a join took 300 MB.
  const pieces: Buffer[] = [];
  let piece = `${FIT_LOG_HEADER}\n`;
  let reviews = 0;
  let items = 0;
  let cards = 0;
  let invalid = 0;
  // Per card sent, should a sample be needed: its rank, cost and counts, and where its lines are.
  const sent = budget ? new SentCards(budget) : undefined;
  let card: HistoryReview[] = [];
  const flush = () => {
    if (card.length === 0) return;
    const checked = trainingItems(card, (ms) => clock.studyDay(ms));
    const made = checked.items.length;
    invalid += checked.invalid;
    // Only cards whose items are all valid are sent (fsrs-rs aborts on some invalid items); cards
    // without items would teach it nothing either.
    if (made > 0 && checked.invalid === 0) {
      items += made;
      cards++;
      const start = piece.length;
      let last = -Infinity;
      for (const review of card) {
        last = Math.max(last, clock.studyClock(review.reviewTime)); // a clock set back an hour must not reorder
        piece += `${cards},${last},${review.rating},${review.stateBefore},0\n`;
      }
      // A card is never split between pieces: it is in the piece being written.
      sent?.push(card[0]!.cardId, checked.items, card.length, { piece: pieces.length, start, end: piece.length });
      if (piece.length >= 65_536) {
        pieces.push(Buffer.from(piece, 'latin1'));
        piece = '';
      }
    }
    card = [];
  };
  for (const review of reviewsByCard) {
    reviews++;
    if (card.length > 0 && card[0]!.cardId !== review.cardId) flush();
    card.push(review);
  }
  flush();
  pieces.push(Buffer.from(piece, 'latin1'));
  const whole = { reviews, items, cards, invalid };
  if (!sent?.overBudget()) return { csv: pieces, ...whole, fitted: { reviews, items, cards, sampled: false } };
  return { ...whole, ...sent.sample(pieces, reviews) };
}

const FIT_LOG_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

/** The cards fitLog wrote, as columns, and the sample of them a budget holds. */
class SentCards {
  private cost = 0;
  private readonly ranks = new Column((size) => new Uint32Array(size));
  private readonly costs = new Column((size) => new Float64Array(size));
  private readonly pieces = new Column((size) => new Uint32Array(size));
  private readonly starts = new Column((size) => new Uint32Array(size));
  private readonly ends = new Column((size) => new Uint32Array(size));
  private readonly reviews = new Column((size) => new Uint32Array(size));
  private readonly items = new Column((size) => new Uint32Array(size));

  constructor(private readonly budget: FitBudget) {}

  /** A card sent: its id, items and reviews, and where in which piece its lines are. */
  push(cardId: string, items: readonly (readonly ItemReview[])[], reviews: number, lines: { piece: number; start: number; end: number }): void {
    const cost = this.budget.cost(items.length, items.reduce((sum, item) => sum + item.length, 0));
    this.cost += cost;
    this.ranks.push(sampleRank(cardId));
    this.costs.push(cost);
    this.pieces.push(lines.piece);
    this.starts.push(lines.start);
    this.ends.push(lines.end);
    this.reviews.push(reviews);
    this.items.push(items.length);
  }

  overBudget(): boolean {
    return this.cost > this.budget.budget;
  }

  /**
   * The cards in the order of their ranks (then as written), as long as their costs add up to no more
   * than `budget`, and at least one: a uniform sample of cards whatever their histories, which the
   * same log always gives. The sample's lines are copied out of `pieces`, in the order written.
   */
  sample(pieces: readonly Buffer[], logReviews: number): { csv: Buffer[]; fitted: FittedPart } {
    const [ranks, costs] = [this.ranks.take(), this.costs.take()];
    const order = new Uint32Array(ranks.length).map((_, n) => n);
    order.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
    const chosen = new Uint8Array(ranks.length);
    let spent = 0;
    for (const card of order) {
      if (spent + costs[card]! > this.budget.budget && spent > 0) break;
      spent += costs[card]!;
      chosen[card] = 1;
    }
    const [inPiece, starts, ends, reviews, items] = [this.pieces.take(), this.starts.take(), this.ends.take(), this.reviews.take(), this.items.take()];
    const csv: Buffer[] = [];
    let out = Buffer.allocUnsafe(65_536);
    let length = out.write(`${FIT_LOG_HEADER}\n`, 'latin1');
    const fitted: FittedPart = { reviews: logReviews, items: 0, cards: 0, sampled: true };
    chosen.forEach((isChosen, card) => {
      if (!isChosen) {
        fitted.reviews -= reviews[card]!;
        return;
      }
      fitted.items += items[card]!;
      fitted.cards++;
      const lines = pieces[inPiece[card]!]!.subarray(starts[card]!, ends[card]!);
      if (length + lines.length > out.length) {
        csv.push(out.subarray(0, length));
        out = Buffer.allocUnsafe(Math.max(65_536, lines.length));
        length = 0;
      }
      length += lines.copy(out, length);
    });
    csv.push(out.subarray(0, length));
    return { csv, fitted };
  }
}

/**
 * A card's place in the sampling order: a 32-bit hash of its id (FNV-1a, then MurmurHash3's finalizer
 * so that ids alike but for their last character land far apart).
 */
export function sampleRank(cardId: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < cardId.length; at++) hash = Math.imul(hash ^ cardId.charCodeAt(at), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Training items packed in typed arrays: 770,000 items as arrays of pairs would take hundreds of MB.
 * Items with the same reviews have the same shape, so that one native item can stand for all of them.
 */
export interface PackedItems {
  /** The reviews items are runs of, card after card. */
  ratings: Uint8Array;
  deltaTs: Uint32Array;
  /** Per item, in training order: its reviews are ratings/deltaTs from `starts[n]` up to `ends[n]`. */
  starts: Uint32Array;
  ends: Uint32Array;
  /** Per item: from 0 up to `shapeCount`, the same for the same reviews; -1 for one shared with none. */
  shapes: Int32Array;
  shapeCount: number;
}

/** Items as they are, in their order, each its own shape. */
export function packItems(items: readonly (readonly ItemReview[])[]): PackedItems {
  const ratings = new Uint8Array(items.reduce((sum, item) => sum + item.length, 0));
  const deltaTs = new Uint32Array(ratings.length);
  const starts = new Uint32Array(items.length);
  const ends = new Uint32Array(items.length);
  let at = 0;
  items.forEach((item, n) => {
    starts[n] = at;
    for (const [rating, deltaT] of item) {
      ratings[at] = rating;
      deltaTs[at++] = deltaT;
    }
    ends[n] = at;
  });
  return { ratings, deltaTs, starts, ends, shapes: new Int32Array(items.length).fill(-1), shapeCount: 0 };
}

const DAY_MS = 86_400_000;
const [NEWLINE, COMMA, ZERO, NINE] = [0x0a, 0x2c, 0x30, 0x39];
/** Shapes are keyed by number; beyond these a review starts a shape no other item shares. */
const MAX_SHAPE_PARENT = 2 ** 30;
const MAX_SHAPE_DELTA_T = 2 ** 20;

/**
 * fitLog's CSV, read as it arrives, into the items fsrs-rs's `convertCsvToFsrsItems` makes of it and
 * in the same order: by the time of each item's last review, then by card id as text. It takes only
 * what fitLog writes: cards one after another, every field a whole number.
 */
export class FitLogReader {
  private header = true;
  private fields: number[] = [];
  private value = 0;
  private digits = 0;
  private cardId = -1;
  private card: TimedAnswer[] = [];
  // Per review kept, card after card:
  private readonly ratings = new Column((size) => new Uint8Array(size));
  private readonly deltaTs = new Column((size) => new Uint32Array(size));
  // Per item, in the order read:
  private readonly times = new Column((size) => new Float64Array(size));
  private readonly cardIds = new Column((size) => new Uint32Array(size));
  private readonly starts = new Column((size) => new Uint32Array(size));
  private readonly ends = new Column((size) => new Uint32Array(size));
  private readonly shapes = new Column((size) => new Int32Array(size));
  /** Shape of a review sequence, keyed by the shape of the sequence before it, rating and deltaT. */
  private readonly shapeKeys = new Map<number, number>();

  push(chunk: Uint8Array): void {
    let { value, digits } = this;
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at]!;
      if (this.header) {
        this.header = byte !== NEWLINE;
      } else if (byte >= ZERO && byte <= NINE) {
        value = value * 10 + byte - ZERO;
        digits++;
      } else if (byte === COMMA || byte === NEWLINE) {
        if (digits === 0) throw new Error('the review log has an empty field');
        this.fields.push(value);
        value = 0;
        digits = 0;
        if (byte === NEWLINE) this.row();
      } else {
        throw new Error(`the review log has ${JSON.stringify(String.fromCharCode(byte))} where only digits, commas and line ends belong`);
      }
    }
    this.value = value;
    this.digits = digits;
  }

  /** The items read; the reader is spent. */
  finish(): PackedItems {
    if (this.digits > 0 || this.fields.length > 0) throw new Error('the review log ends in the middle of a line');
    this.flush();
    const shapeCount = this.shapeKeys.size;
    this.shapeKeys.clear();
    const [times, cardIds] = [this.times.take(), this.cardIds.take()];
    const order = new Uint32Array(times.length).map((_, n) => n);
    // fsrs-rs orders its items by time, then by card id as a string ("10" before "9").
    order.sort((a, b) => times[a]! - times[b]! || textOrder(cardIds[a]!, cardIds[b]!));
    const [starts, ends, shapes] = [this.starts.take(), this.ends.take(), this.shapes.take()];
    return {
      ratings: this.ratings.take(),
      deltaTs: this.deltaTs.take(),
      starts: order.map((item) => starts[item]!),
      ends: order.map((item) => ends[item]!),
      shapes: Int32Array.from(order, (item) => shapes[item]!),
      shapeCount,
    };
  }

  private row(): void {
    const [cardId, reviewTime, rating, stateBefore] = this.fields;
    if (this.fields.length !== 5) throw new Error(`the review log has a line of ${this.fields.length} fields, not 5`);
    this.fields = [];
    if (cardId !== this.cardId) {
      if (cardId! < this.cardId) throw new Error(`the review log has card ${cardId} after card ${this.cardId}`);
      this.flush();
      this.cardId = cardId!;
    }
    this.card.push({ reviewTime: reviewTime!, rating: rating as Rating, stateBefore: stateBefore as CardStateKind });
  }

  /** The card read so far: its reviews, and an item for each one on a later UTC day (the study clock's days). */
  private flush(): void {
    if (this.card.length === 0) return;
    const { kept, pairs } = itemReviews(this.card, (ms) => Math.floor(ms / DAY_MS));
    const start = this.ratings.length;
    let shape = -1;
    pairs.forEach(([rating, days], n) => {
      const deltaT = Math.max(0, days); // as fsrs-rs reads a time earlier than the one before
      this.ratings.push(rating);
      this.deltaTs.push(deltaT);
      shape = n === 0 || shape >= 0 ? this.shapeOf(n === 0 ? 0 : shape + 1, rating, deltaT) : -1;
      if (n > 0 && deltaT > 0) {
        this.times.push(kept[n]!.reviewTime);
        this.cardIds.push(this.cardId);
        this.starts.push(start);
        this.ends.push(start + n + 1);
        this.shapes.push(shape);
      }
    });
    this.card = [];
  }

  /** `parent`: 0 for a card's first review, else the shape up to the review before it plus one. */
  private shapeOf(parent: number, rating: number, deltaT: number): number {
    if (parent >= MAX_SHAPE_PARENT || deltaT >= MAX_SHAPE_DELTA_T || rating > 7) return -1;
    const key = (parent * 8 + rating) * MAX_SHAPE_DELTA_T + deltaT;
    let shape = this.shapeKeys.get(key);
    if (shape === undefined) this.shapeKeys.set(key, (shape = this.shapeKeys.size));
    return shape;
  }
}

/** A typed array filled one number at a time, growing as needed: plain arrays take 8 bytes a number. */
class Column<T extends Uint8Array | Uint32Array | Int32Array | Float64Array> {
  length = 0;
  private values: T;

  constructor(private readonly make: (size: number) => T) {
    this.values = make(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = this.make(2 * this.length);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** The numbers pushed, in an array of their own; the column is left empty. */
  take(): T {
    const values = this.values.slice(0, this.length) as T;
    this.values = this.make(0);
    this.length = 0;
    return values;
  }
}

function textOrder(a: number, b: number): number {
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
