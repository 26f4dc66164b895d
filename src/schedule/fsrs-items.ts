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
    history.sort((a, b) => a.reviewTime - b.reviewTime);
    const kept = sinceLastLearning(history);
    const pairs: ItemReview[] = kept.map((review, n) => [review.rating, n === 0 ? 0 : studyDay(review.reviewTime) - studyDay(kept[n - 1]!.reviewTime)]);
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

/**
 * A card's history from the start of its last run of learning answers (fsrs-rs
 * `remove_revlog_before_last_first_learn`): anything before was a card since reset. A history
 * without a first answer (say, imported from SM-2 mid-way) says nothing about first stabilities.
 */
function sinceLastLearning(history: readonly HistoryReview[]): readonly HistoryReview[] {
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
  /** Revlog CSV: cards numbered, times on the study clock (see Scheduler.studyClock). */
  csv: Buffer;
  reviews: number;
  /** Training items fsrs-rs will make from it: the same rules as trainingItems. */
  items: number;
  cards: number;
  /** Items that broke fsrs-rs's rules: their cards were left out. */
  invalid: number;
}

/**
 * The log for fitting, from reviews grouped by card (each card's oldest first), one card at a time:
 * a million reviews never become a million objects. Cards are numbered rather than named, so no id
 * needs CSV quoting; times are moved so that UTC days are study days.
 */
export function fitLog(reviewsByCard: Iterable<HistoryReview>, clock: { studyDay(ms: number): number; studyClock(ms: number): number }): FitLog {
  // Written in pieces of about 64 KiB: a million lines held as strings until a join took 300 MB.
  const pieces: Buffer[] = [];
  let piece = 'card_id,review_time,review_rating,review_state,review_duration\n';
  let reviews = 0;
  let items = 0;
  let cards = 0;
  let invalid = 0;
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
      let last = -Infinity;
      for (const review of card) {
        last = Math.max(last, clock.studyClock(review.reviewTime)); // a clock set back an hour must not reorder
        piece += `${cards},${last},${review.rating},${review.stateBefore},0\n`;
      }
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
  return { csv: Buffer.concat(pieces), reviews, items, cards, invalid };
}
