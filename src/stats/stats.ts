/**
 * Review statistics: a pure function of the deck cards, their stored states and the review log, at
 * an instant given by the caller (so tests fix it). Days are study days (see `Scheduler.studyDay`):
 * "today" starts at the configured hour, not at midnight.
 */
import { endOfStudyDay, forecast, queueDecksOf, startOfStudyDay, type QueueCard } from '../review/queue.js';
import { studyDate, type Rating, type Scheduler } from '../schedule/fsrs.js';
import type { AnswerCount, AnswerCounts, ReviewEntry, StoredCard } from '../store/store.js';

/** Study days ahead in the due forecast, today included. */
export const FORECAST_DAYS = 30;
/** Study days in the review heatmap, today included. */
export const HEATMAP_DAYS = 365;
/** Study days over which true retention and the answer buttons are counted, today included. */
export const RECENT_DAYS = 30;
/** Lapses from which a card counts as a leech (Anki's default threshold). */
export const LEECH_LAPSES = 8;

export interface StatsInput {
  /** The cards in scope: those of the chosen decks. */
  cards: readonly QueueCard[];
  deckNames: readonly string[];
  /** Stored states by card id (any card, in scope or not). */
  states: ReadonlyMap<string, StoredCard>;
  /**
   * The review log, undone answers excluded (any card, in scope or not), in any order and read once;
   * or its answers already counted over the heatmap's days, as the store counts them
   * (`ReviewStore.answerCountsByDay` over `heatmapDayStarts`, for the cards in scope).
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
  const { cards, deckNames, states, reviews, scheduler } = input;
  const today = scheduler.studyDay(now);
  const tally = tallyAnswers(isAnswerCounts(reviews) ? reviews : countAnswers(reviews, new Set(cards.map(({ card }) => card.id)), heatmapDayStarts(scheduler, now)));
  const byDeck = forecast(queueDecksOf(cards), states, scheduler, now, FORECAST_DAYS, deckNames);
  return {
    date: studyDate(today),
    decks: [...deckNames],
    counts: stateCounts(cards, states),
    forecast: Array.from({ length: FORECAST_DAYS }, (_, n) => ({
      date: studyDate(today + n),
      due: [...byDeck.values()].reduce((sum, days) => sum + days[n]!, 0),
    })),
    heatmap: tally.perDay.flatMap((count, n) => (count > 0 ? [{ date: studyDate(today - HEATMAP_DAYS + 1 + n), reviews: count }] : [])),
    recentDays: RECENT_DAYS,
    retention: tally.retention.total === 0 ? null : tally.retention.passed / tally.retention.total,
    retentionReviews: tally.retention,
    desiredRetention: scheduler.settings.desiredRetention,
    buttons: tally.buttons,
    stability: stabilitySummary(cards, states),
    leeches: leeches(cards, states),
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
function countAnswers(reviews: Iterable<ReviewEntry>, inScope: ReadonlySet<string>, starts: readonly number[]): AnswerCounts {
  const byKey = new Map<string, AnswerCount>();
  let otherCards = 0;
  for (const review of reviews) {
    const day = dayIndex(starts, review.reviewTime);
    if (day === undefined) continue;
    if (!inScope.has(review.cardId)) {
      otherCards++;
      continue;
    }
    const inReview = review.stateBefore === 2;
    const key = `${day} ${review.rating} ${inReview}`;
    const count = byKey.get(key);
    if (count) count.count++;
    else byKey.set(key, { day, rating: review.rating, inReview, count: 1 });
  }
  return { byDay: [...byKey.values()], otherCards };
}

/**
 * Everything the log contributes: per-day counts for the heatmap, and true retention and buttons over
 * the recent days (Anki's "true retention": of the answers to cards in the Review state, the share
 * that were not Again).
 */
function tallyAnswers({ byDay, otherCards }: AnswerCounts) {
  const perDay = Array<number>(HEATMAP_DAYS).fill(0);
  const retention = { passed: 0, failed: 0, total: 0 };
  const buttons = { again: 0, hard: 0, good: 0, easy: 0 };
  for (const { day, rating, inReview, count } of byDay) {
    perDay[day]! += count;
    if (day < HEATMAP_DAYS - RECENT_DAYS) continue;
    buttons[BUTTONS[rating]] += count;
    if (!inReview) continue;
    retention.total += count;
    if (rating === 1) retention.failed += count;
    else retention.passed += count;
  }
  return { perDay, retention, buttons, uncounted: otherCards };
}

/** Which day of `starts` a time falls in, by binary search; undefined outside them. */
function dayIndex(starts: readonly number[], time: number): number | undefined {
  if (time < starts[0]! || time >= starts.at(-1)!) return undefined;
  let low = 0;
  let high = starts.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (time >= starts[middle]!) low = middle;
    else high = middle;
  }
  return low;
}

function stateCounts(cards: readonly QueueCard[], states: ReadonlyMap<string, StoredCard>): StateCounts {
  const counts: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, total: cards.length };
  const names = ['new', 'learning', 'review', 'relearning'] as const;
  for (const { card } of cards) {
    const state = states.get(card.id);
    counts[state?.suspended ? 'suspended' : names[state?.state ?? 0]]++;
  }
  return counts;
}

function stabilitySummary(cards: readonly QueueCard[], states: ReadonlyMap<string, StoredCard>): ReviewStats['stability'] {
  const values = cards
    .map(({ card }) => states.get(card.id))
    .filter((state): state is StoredCard => state !== undefined && state.state !== 0)
    .map((state) => state.stability)
    .sort((a, b) => a - b);
  if (values.length === 0) return { median: null, max: null };
  const middle = Math.floor(values.length / 2);
  const median = values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return { median, max: values.at(-1)! };
}

function leeches(cards: readonly QueueCard[], states: ReadonlyMap<string, StoredCard>): Leech[] {
  const found: Leech[] = [];
  for (const { deck, card } of cards) {
    const state = states.get(card.id);
    if (state && state.lapses >= LEECH_LAPSES) found.push({ id: card.id, deck, front: card.front, lapses: state.lapses, suspended: state.suspended });
  }
  return found.sort((a, b) => b.lapses - a.lapses); // stable: ties keep deck and note order
}
