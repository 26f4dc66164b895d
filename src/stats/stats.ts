/**
 * Review statistics: a pure function of the deck cards, their stored states and the review log, at
 * an instant given by the caller (so tests fix it). Days are study days (see `Scheduler.studyDay`):
 * "today" starts at the configured hour, not at midnight.
 */
import { CardScope, endOfStudyDay, ForecastCounter, startOfStudyDay, type QueueDeck } from '../review/queue.js';
import { studyDate, type Rating, type Scheduler } from '../schedule/fsrs.js';
import { dayIndex, DayTally, type AnswerCounts } from '../store/answer-counts.js';
import type { CardFacts, CardFactsLookup, IdSet, ReviewEntry } from '../store/store.js';

/** Study days ahead in the due forecast, today included. */
export const FORECAST_DAYS = 30;
/** Study days in the review heatmap, today included. */
export const HEATMAP_DAYS = 365;
/** Study days over which true retention and the answer buttons are counted, today included. */
export const RECENT_DAYS = 30;
/** The first day of the recent window among the heatmap's days: ratings and states are counted from it on. */
export const RECENT_FROM = HEATMAP_DAYS - RECENT_DAYS;
/** Lapses from which a card counts as a leech (Anki's default threshold). */
export const LEECH_LAPSES = 8;

export interface StatsInput {
  /** The cards in scope: the chosen decks (`queueDecksOf` makes them of cards in memory). */
  decks: readonly QueueDeck[];
  deckNames: readonly string[];
  /** Stored states by card id (any card, in scope or not): a Map of stored cards, or the store's `cardFacts()`. */
  states: CardFactsLookup;
  /**
   * The review log, undone answers excluded (any card, in scope or not), in any order and read once;
   * or its answers already counted over the heatmap's days, as the store counts them
   * (`ReviewStore.answerCountsByDay` over `heatmapDayStarts`, for the cards in scope: `new CardScope(decks)`,
   * in detail from RECENT_FROM on).
   */
  reviews: Iterable<ReviewEntry> | AnswerCounts;
  /** Says where study days start; its desired retention is the target retention is compared with. */
  scheduler: Scheduler;
}

export interface StateCounts {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
  total: number;
}

export interface Leech {
  id: string;
  deck: string;
  front: string;
  lapses: number;
  suspended: boolean;
}

export interface ReviewStats {
  /** Today's study date, YYYY-MM-DD. */
  date: string;
  decks: string[];
  /** Suspended cards count only as suspended; a card never answered is new. */
  counts: StateCounts;
  /** Learning, review and relearning cards (not suspended) due on each of the next 30 study days; overdue ones on today. */
  forecast: { date: string; due: number }[];
  /** Reviews per study day over the last 365 days (today included), only days with a review, oldest first. */
  heatmap: { date: string; reviews: number }[];
  /** The window of `retention` and `buttons`: this many study days, today included. */
  recentDays: number;
  /** Share of answers to Review-state cards that were not Again, over the recent window; null without any. */
  retention: number | null;
  desiredRetention: number;
  retentionReviews: { passed: number; failed: number; total: number };
  /** Answers by button over the recent window, cards in any state. */
  buttons: { again: number; hard: number; good: number; easy: number };
  /** Stability in days over cards answered at least once (suspended ones too); null when there are none. */
  stability: { median: number | null; max: number | null };
  /** Cards with 8 or more lapses, most lapses first. */
  leeches: Leech[];
  /** Reviews of cards outside the chosen decks over the heatmap's days, left out of every number (with all decks: cards that left the notes). */
  uncountedReviews: number;
}

const BUTTONS: Record<Rating, keyof ReviewStats['buttons']> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

export function computeStats(input: StatsInput, now: number): ReviewStats {
  const { decks, deckNames, states, reviews, scheduler } = input;
  const today = scheduler.studyDay(now);
  const tally = tallyAnswers(isAnswerCounts(reviews) ? reviews : countAnswers(reviews, new CardScope(decks), heatmapDayStarts(scheduler, now)));
  const cards = summariseCards(decks, states, new ForecastCounter(scheduler, now, FORECAST_DAYS, deckNames));
  return {
    date: studyDate(today),
    decks: [...deckNames],
    counts: cards.counts,
    forecast: Array.from({ length: FORECAST_DAYS }, (_, n) => ({
      date: studyDate(today + n),
      due: [...cards.forecast.byDeck.values()].reduce((sum, days) => sum + days[n]!, 0),
    })),
    heatmap: tally.perDay.flatMap((count, n) => (count > 0 ? [{ date: studyDate(today - HEATMAP_DAYS + 1 + n), reviews: count }] : [])),
    recentDays: RECENT_DAYS,
    retention: tally.retention.total === 0 ? null : tally.retention.passed / tally.retention.total,
    retentionReviews: tally.retention,
    desiredRetention: scheduler.settings.desiredRetention,
    buttons: tally.buttons,
    stability: cards.stability,
    leeches: cards.leeches,
    uncountedReviews: tally.uncounted,
  };
}

/**
 * The first instant of each day of the heatmap, oldest first, and then that of tomorrow: a review's
 * day is found by comparing its time with these, not by converting each of a million times.
 */
export function heatmapDayStarts(scheduler: Scheduler, now: number): number[] {
  const middayToday = startOfStudyDay(scheduler, now) + 12 * 3_600_000;
  const starts = [startOfStudyDay(scheduler, middayToday - (HEATMAP_DAYS - 1) * 86_400_000)];
  while (starts.length <= HEATMAP_DAYS) starts.push(endOfStudyDay(scheduler, starts.at(-1)!));
  return starts;
}

function isAnswerCounts(reviews: Iterable<ReviewEntry> | AnswerCounts): reviews is AnswerCounts {
  return 'byDay' in reviews;
}

/** The log's answers over the heatmap's days counted as the store counts them (see answerCountsByDay). */
function countAnswers(reviews: Iterable<ReviewEntry>, inScope: IdSet, starts: readonly number[]): AnswerCounts {
  const tally = new DayTally(starts.length - 1, 0);
  let otherCards = 0;
  for (const review of reviews) {
    const day = dayIndex(starts, review.reviewTime);
    if (day === undefined) continue;
    if (inScope.has(review.cardId)) tally.add(day, review.rating, review.stateBefore === 2);
    else otherCards++;
  }
  return tally.toCounts(otherCards);
}

/**
 * Everything the log contributes: per-day counts for the heatmap, and true retention and buttons over
 * the recent days (Anki's "true retention": of the answers to cards in the Review state, the share
 * that were not Again).
 */
function tallyAnswers({ perDay, byDay, otherCards }: AnswerCounts) {
  const retention = { passed: 0, failed: 0, total: 0 };
  const buttons = { again: 0, hard: 0, good: 0, easy: 0 };
  for (const { day, rating, inReview, count } of byDay) {
    if (day < RECENT_FROM) continue;
    buttons[BUTTONS[rating]] += count;
    if (!inReview) continue;
    retention.total += count;
    if (rating === 1) retention.failed += count;
    else retention.passed += count;
  }
  return { perDay, retention, buttons, uncounted: otherCards };
}

/**
 * What the cards in scope add up to, in one pass over them: counts by state, the due forecast,
 * stability over answered cards, and leeches. A card is made (for a leech's front) only when it is one.
 */
function summariseCards(decks: readonly QueueDeck[], states: CardFactsLookup, forecast: ForecastCounter) {
  const counts: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, total: 0 };
  const names = ['new', 'learning', 'review', 'relearning'] as const;
  const stabilities: number[] = [];
  const found: Leech[] = [];
  const visit = (state: CardFacts | undefined, deck: QueueDeck, position: number) => {
    counts.total++;
    counts[state?.suspended ? 'suspended' : names[state?.state ?? 0]]++;
    forecast.count(state, deck);
    if (!state) return;
    if (state.state !== 0) stabilities.push(state.stability);
    if (state.lapses >= LEECH_LAPSES) {
      const { card } = deck.entry(position);
      found.push({ id: card.id, deck: deck.name, front: card.front, lapses: state.lapses, suspended: state.suspended });
    }
  };
  for (const deck of decks) {
    const keys = states.getByKey ? deck.keys?.() : undefined;
    if (keys) for (let position = 0; position < keys.length; position++) visit(states.getByKey!(keys[position]!), deck, position);
    else deck.ids.forEach((id, position) => visit(states.get(id), deck, position));
  }
  return { counts, forecast, stability: stabilitySummary(stabilities), leeches: found.sort((a, b) => b.lapses - a.lapses) }; // stable: ties keep deck and note order
}

/** Median and largest stability, in days; null without any answered card. */
function stabilitySummary(stabilities: readonly number[]): ReviewStats['stability'] {
  if (stabilities.length === 0) return { median: null, max: null };
  const values = Float64Array.from(stabilities).sort();
  const middle = Math.floor(values.length / 2);
  const median = values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return { median, max: values.at(-1)! };
}
