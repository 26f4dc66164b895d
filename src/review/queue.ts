/**
 * What is due: pure functions of the deck cards, the stored states, the day's answers and the limits.
 * A card without a stored state is New. Learning cards come first when due, then reviews due today,
 * then new cards in note order, within the day's limits.
 */
import type { DeckCard } from '../deck/deck-file.js';
import type { Scheduler } from '../schedule/fsrs.js';
import type { DueCard, IdSet, QueueState, ReviewStore } from '../store/store.js';
import { hexIdValue } from '../util/hex-ids.js';
import { KeyTable } from '../util/key-table.js';

export interface DailyLimits {
  /** New cards introduced per study day, across all decks. */
  newPerDay: number;
  /** Review cards answered per study day, across all decks. */
  reviewsPerDay: number;
}

export const DEFAULT_LIMITS: DailyLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** A card of a deck, with the deck it belongs to. */
export interface QueueCard {
  deck: string;
  card: DeckCard;
}

/**
 * A deck as queues walk it: its card ids in order, and each card made only when it is wanted. At
 * 100,000 cards, making an object per card costs more than deciding which are due.
 */
export interface QueueDeck {
  name: string;
  ids: readonly string[];
  /** The ids as values (util/hex-ids.ts), when the deck has them so. */
  keys?(): Float64Array | undefined;
  entry(position: number): QueueCard;
}

/**
 * Each card of the decks with its state, by id value where both sides can, else by id. Cards the
 * lookup knows are not due before its horizon may be left out (QueueStates leaves them out): a visit
 * must do nothing for a known card in review that is due later, not suspended and not buried.
 */
function forEachCard(decks: readonly QueueDeck[], states: QueueStateLookup, visit: (state: QueueState | undefined, deck: QueueDeck, position: number) => void): void {
  for (const deck of decks) {
    const keys = states.forEachNewOrSoon ? deck.keys?.() : undefined;
    if (keys) {
      states.forEachNewOrSoon!(keys, (state, position) => visit(state, deck, position));
      continue;
    }
    const { ids } = deck;
    for (let position = 0; position < ids.length; position++) visit(states.get(ids[position]!), deck, position);
  }
}

/** Queue decks over cards already in memory, grouped as they come (a deck's cards together). */
export function queueDecksOf(cards: readonly QueueCard[]): QueueDeck[] {
  const decks: { name: string; entries: QueueCard[] }[] = [];
  for (const entry of cards) {
    const last = decks.at(-1);
    if (last && last.name === entry.deck) last.entries.push(entry);
    else decks.push({ name: entry.deck, entries: [entry] });
  }
  return decks.map(({ name, entries }) => ({ name, ids: entries.map(({ card }) => card.id), entry: (position) => entries[position]! }));
}

/** The card with this id, if one of the decks has it. */
export function findCard(decks: readonly QueueDeck[], id: string): QueueCard | undefined {
  for (const deck of decks) {
    const position = positionIn(deck, id);
    if (position >= 0) return deck.entry(position);
  }
  return undefined;
}

/**
 * The cards of the decks with these ids, by id, found in one pass over the decks (by id value where
 * a deck has them): looking each id up in turn is a pass over every deck per id.
 */
export function findCards(decks: readonly QueueDeck[], ids: Iterable<string>): Map<string, QueueCard> {
  const wanted = [...new Set(ids)];
  const byKey = new KeyTable(wanted.length);
  const byId = new Map<string, number>();
  wanted.forEach((id, n) => {
    const key = id.length === 12 ? hexIdValue(id, 0) : -1;
    if (key >= 0) byKey.set(key, n);
    byId.set(id, n);
  });
  const found = new Map<string, QueueCard>();
  for (const deck of decks) {
    const keys = deck.keys?.();
    const count = keys ? keys.length : deck.ids.length;
    for (let position = 0; position < count && found.size < wanted.length; position++) {
      const n = keys ? byKey.get(keys[position]!) : byId.get(deck.ids[position]!) ?? -1;
      if (n >= 0 && !found.has(wanted[n]!)) found.set(wanted[n]!, deck.entry(position));
    }
  }
  return found;
}

/** Whether one of the decks has a card with this id. */
export function decksHave(decks: readonly QueueDeck[], id: string): boolean {
  return decks.some((deck) => positionIn(deck, id) >= 0);
}

/** Where the deck has the card, or -1: by id value where the deck has them (no string made per card). */
function positionIn(deck: QueueDeck, id: string): number {
  const keys = deck.keys?.();
  if (!keys) return deck.ids.indexOf(id);
  const key = id.length === 12 ? hexIdValue(id, 0) : -1;
  return key < 0 ? -1 : keys.indexOf(key);
}

/**
 * The cards of some decks as a set of ids (see ReviewStore.answerCountsByDay): amgi's own ids are
 * held as values, so 100,000 of them need no string each.
 */
export class CardScope implements IdSet {
  private readonly keys: KeyTable;
  private readonly ids = new Set<string>();

  constructor(private readonly decks: readonly QueueDeck[]) {
    this.keys = new KeyTable(decks.reduce((sum, deck) => sum + (deck.keys?.()?.length ?? 0), 0));
    for (const deck of decks) {
      const keys = deck.keys?.();
      if (keys) for (const key of keys) this.keys.set(key, 0);
      else for (const id of deck.ids) this.ids.add(id);
    }
  }

  get size(): number {
    return this.keys.size + this.ids.size;
  }

  has(id: string): boolean {
    const key = id.length === 12 ? hexIdValue(id, 0) : -1;
    return (key >= 0 && this.keys.has(key)) || this.ids.has(id);
  }

  /** Each id once, as a Set gives them (a card in two decks is one card). */
  *[Symbol.iterator](): Iterator<string> {
    const seen = new Set<string>();
    for (const deck of this.decks) {
      for (const id of deck.ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        yield id;
      }
    }
  }
}

/** The stored states a queue reads, by card id (a Map will do; the store gives a compact one). */
export interface QueueStateLookup {
  get(id: string): QueueState | undefined;
  /**
   * Visits the cards of `keys` (id values, util/hex-ids.ts) that are new or may be due soon, leaving
   * out the others (see forEachCard), where the lookup can: cheaper for 100,000 cards.
   */
  forEachNewOrSoon?(keys: Float64Array, visit: (state: QueueState | undefined, position: number) => void): void;
}

export type Bucket = 'new' | 'learning' | 'review';

export interface DueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface TodayUsage {
  newIntroduced: number;
  reviewsDone: number;
}

/** How many new cards and reviews were answered on the study day of `now`, in any deck (undone answers excluded). */
export function usageToday(store: Pick<ReviewStore, 'answersSince'>, scheduler: Scheduler, now: number): TodayUsage {
  const counts = store.answersSince(startOfStudyDay(scheduler, now));
  return { newIntroduced: counts.get(0) ?? 0, reviewsDone: counts.get(2) ?? 0 };
}

/** The first instant of the study day of `now`. */
export function startOfStudyDay(scheduler: Scheduler, now: number): number {
  return endOfStudyDay(scheduler, now - 86_400_000);
}

/**
 * The bucket a card is in today, or undefined when it is not due (or suspended, or buried). Times are
 * compared with the end of today, not turned into study days: this runs for every card of every deck.
 */
export function bucketOf(state: QueueState | undefined, scheduler: Scheduler, now: number, endOfToday: number, reviewsUntil = endOfToday): Bucket | undefined {
  if (!state) return 'new';
  if (state.suspended) return undefined;
  if (state.buriedUntilDay !== undefined && state.buriedUntilDay > scheduler.studyDay(now)) return undefined;
  if (state.state === 0) return 'new';
  if (state.state === 2) return state.due < reviewsUntil ? 'review' : undefined; // due on a study day up to today (or the last reviewed ahead)
  return state.due < endOfToday ? 'learning' : undefined; // comes back in this session when due
}

/**
 * When a card not due yet comes up, as bucketOf reads it: a review card from the start of the study
 * day it is due on, a learning card when due; a buried card not before the day it was buried until.
 */
export function comesUpAt(scheduler: Scheduler, card: DueCard): number {
  const at = card.state === 2 ? scheduler.studyDayStart(scheduler.studyDay(card.due)) : card.due;
  return card.buriedUntilDay !== null ? Math.max(at, scheduler.studyDayStart(card.buriedUntilDay)) : at;
}

/**
 * Until when review cards are shown: the end of today, or with `aheadDays` (`amgi review --ahead`, as
 * Anki's "review ahead") the end of the study day that many days on. Answered early, a card is
 * scheduled by FSRS from the day it is answered; nothing else changes.
 */
export function reviewsUntil(scheduler: Scheduler, now: number, aheadDays: number): number {
  return aheadDays > 0 ? scheduler.studyDayStart(scheduler.studyDay(now) + aheadDays + 1) : endOfStudyDay(scheduler, now);
}

/** The first instant of the next study day. */
export function endOfStudyDay(scheduler: Scheduler, now: number): number {
  let low = now;
  let high = now + 2 * 86_400_000;
  const today = scheduler.studyDay(now);
  // To the millisecond: times are compared with it, so a card due in the new day's first second is not today's.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (scheduler.studyDay(middle) > today) high = middle;
    else low = middle;
  }
  return high;
}

export interface DueToday {
  /** Per deck name, counts within today's limits. */
  byDeck: Map<string, DueCounts>;
  total: DueCounts;
  limits: DailyLimits;
  usage: TodayUsage;
}

/**
 * One pass over every card, sorting out those that matter today: learning and review cards due by
 * the end of the study day, and the first new cards (no more than a day's limit can use). Counting
 * and choosing the next card then look only at these, so a session scans its cards once per change,
 * not once per screen.
 */
export interface QueueScan {
  /** The first instant of the next study day. */
  endOfToday: number;
  /** Review cards due before this are due now (see reviewsUntil). */
  reviewsUntil: number;
  learning: ScannedCard[];
  /** In card order. */
  review: ScannedCard[];
  /** In card order. */
  fresh: CardAt[];
}

/**
 * A card the scan sorted out, by where it is: its QueueCard is made only when it is shown. Thousands
 * may be due, and making each (its id as a string, its object) was a third of `amgi due`'s scan.
 */
export interface CardAt {
  deck: QueueDeck;
  position: number;
}

export interface ScannedCard extends CardAt {
  due: number;
}

/**
 * `ahead`: review cards due in the next days are due now too (see reviewsUntil), but for those
 * answered today: given a new due date within the days reviewed ahead, they would come back at once.
 */
export function scanQueue(
  decks: readonly QueueDeck[],
  states: QueueStateLookup,
  scheduler: Scheduler,
  now: number,
  newCap: number,
  ahead?: { days: number; answeredToday: ReadonlySet<string> },
): QueueScan {
  const endOfToday = endOfStudyDay(scheduler, now);
  const scan: QueueScan = { endOfToday, reviewsUntil: ahead ? reviewsUntil(scheduler, now, ahead.days) : endOfToday, learning: [], review: [], fresh: [] };
  forEachCard(decks, states, (state, deck, position) => scanCard(scan, state, deck, position, scheduler, now, newCap));
  if (ahead && ahead.answeredToday.size > 0) {
    scan.review = scan.review.filter((card) => card.due < endOfToday || !ahead.answeredToday.has(card.deck.ids[card.position]!));
  }
  return scan;
}

/** What scanQueue does with each card. */
function scanCard(scan: QueueScan, state: QueueState | undefined, deck: QueueDeck, position: number, scheduler: Scheduler, now: number, newCap: number): void {
  const bucket = bucketOf(state, scheduler, now, scan.endOfToday, scan.reviewsUntil);
  if (bucket === 'learning') scan.learning.push({ deck, position, due: state!.due });
  else if (bucket === 'review') scan.review.push({ deck, position, due: state!.due });
  else if (bucket === 'new' && scan.fresh.length < newCap) scan.fresh.push({ deck, position });
}

export function dueToday(decks: readonly QueueDeck[], states: QueueStateLookup, usage: TodayUsage, limits: DailyLimits, scheduler: Scheduler, now: number, deckNames: readonly string[] = []): DueToday {
  return countDue(scanQueue(decks, states, scheduler, now, limits.newPerDay), usage, limits, deckNames);
}

/** Today's counts per deck: every learning card, and new cards and reviews in card order within what is left of the limits. */
export function countDue(scan: QueueScan, usage: TodayUsage, limits: DailyLimits, deckNames: readonly string[] = []): DueToday {
  const byDeck = new Map<string, DueCounts>(deckNames.map((name) => [name, { new: 0, learning: 0, review: 0 }]));
  const total: DueCounts = { new: 0, learning: 0, review: 0 };
  const add = (deck: string, bucket: Bucket) => {
    let counts = byDeck.get(deck);
    if (!counts) byDeck.set(deck, (counts = { new: 0, learning: 0, review: 0 }));
    counts[bucket]++;
    total[bucket]++;
  };
  const newLeft = Math.max(0, limits.newPerDay - usage.newIntroduced);
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - usage.reviewsDone);
  for (const { deck } of scan.learning) add(deck.name, 'learning');
  for (const { deck } of scan.review.slice(0, reviewsLeft)) add(deck.name, 'review');
  for (const { deck } of scan.fresh.slice(0, newLeft)) add(deck.name, 'new');
  return { byDeck, total, limits, usage };
}

/**
 * How far ahead a learning card may be shown when nothing else is left, as Anki's "learn ahead
 * limit" (20 minutes by default): rather than wait ten minutes for the last cards of a session.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * The next card to show: a learning card due now, else the review due longest, else the first new
 * card (within limits), else a learning card due within `learnAheadMs`.
 */
export function nextCard(scan: QueueScan, usage: TodayUsage, limits: DailyLimits, now: number, learnAheadMs = 0): { card: QueueCard; bucket: Bucket } | undefined {
  let learning: ScannedCard | undefined;
  for (const candidate of scan.learning) {
    if (!learning || candidate.due < learning.due) learning = candidate;
  }
  if (learning && learning.due <= now) return { card: learning.deck.entry(learning.position), bucket: 'learning' };
  if (usage.reviewsDone < limits.reviewsPerDay && scan.review.length > 0) {
    const review = scan.review.reduce((soonest, candidate) => (candidate.due < soonest.due ? candidate : soonest));
    return { card: review.deck.entry(review.position), bucket: 'review' };
  }
  const fresh = scan.fresh[0];
  if (fresh && usage.newIntroduced < limits.newPerDay) return { card: fresh.deck.entry(fresh.position), bucket: 'new' };
  if (learning && learning.due <= now + learnAheadMs) return { card: learning.deck.entry(learning.position), bucket: 'learning' };
  return undefined;
}

/**
 * Of the reviews left within the day's limit (countDue), how many are due on a later day (`--ahead`).
 * The cards due longest come first (nextCard), so today's take the limit before them.
 */
export function reviewsLeftAhead(scan: QueueScan, usage: TodayUsage, limits: DailyLimits): number {
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - usage.reviewsDone);
  let dueLater = 0;
  for (const card of scan.review) if (card.due >= scan.endOfToday) dueLater++;
  const dueTodayLeft = Math.min(reviewsLeft, scan.review.length - dueLater);
  return Math.min(reviewsLeft - dueTodayLeft, dueLater);
}

/** Whether the limits hold back cards due today (new cards or reviews past the day's limit): they come tomorrow. */
export function heldBackByLimits(scan: QueueScan, usage: TodayUsage, limits: DailyLimits): boolean {
  // Only today's reviews come tomorrow: one reviewed ahead that the limit held back comes when it is due.
  const dueToday = scan.reviewsUntil === scan.endOfToday ? scan.review.length : scan.review.filter((card) => card.due < scan.endOfToday).length;
  return (scan.fresh.length > 0 && usage.newIntroduced >= limits.newPerDay) || dueToday > Math.max(0, limits.reviewsPerDay - usage.reviewsDone);
}

/** When the next learning card of today becomes due, if any: the session waits for it. */
export function nextLearningDue(scan: QueueScan): number | undefined {
  return scan.learning.reduce<number | undefined>((soonest, { due }) => (soonest === undefined || due < soonest ? due : soonest), undefined);
}

/** Reviews (and learning cards) falling due on each of the next `days` study days, per deck. */
export function forecast(decks: readonly QueueDeck[], states: QueueStateLookup, scheduler: Scheduler, now: number, days: number, deckNames: readonly string[] = []): Map<string, number[]> {
  const counter = new ForecastCounter(scheduler, now, days, deckNames);
  forEachCard(decks, states, (state, deck) => counter.count(state, deck));
  return counter.byDeck;
}

/** Today's counts (as dueToday) and the forecast (as forecast) in one pass over the cards: what `amgi due` shows. */
export function dueAndForecast(
  decks: readonly QueueDeck[],
  states: QueueStateLookup,
  usage: TodayUsage,
  limits: DailyLimits,
  scheduler: Scheduler,
  now: number,
  days: number,
  deckNames: readonly string[] = [],
): { today: DueToday; forecast: Map<string, number[]> } {
  const endOfToday = endOfStudyDay(scheduler, now);
  const scan: QueueScan = { endOfToday, reviewsUntil: endOfToday, learning: [], review: [], fresh: [] };
  const counter = new ForecastCounter(scheduler, now, days, deckNames);
  forEachCard(decks, states, (state, deck, position) => {
    scanCard(scan, state, deck, position, scheduler, now, limits.newPerDay);
    counter.count(state, deck);
  });
  return { today: countDue(scan, usage, limits, deckNames), forecast: counter.byDeck };
}

/** Counts cards by the study day they fall due on, per deck. */
export class ForecastCounter {
  readonly byDeck: Map<string, number[]>;
  /** The first instant of each following study day, so that a card's day is found by comparing times. */
  private readonly ends: number[];
  private readonly today: number;

  constructor(
    scheduler: Scheduler,
    now: number,
    private readonly days: number,
    deckNames: readonly string[],
  ) {
    this.today = scheduler.studyDay(now);
    this.ends = [endOfStudyDay(scheduler, now)];
    while (this.ends.length < days) this.ends.push(endOfStudyDay(scheduler, this.ends.at(-1)!));
    this.byDeck = new Map(deckNames.map((name) => [name, Array<number>(days).fill(0)]));
  }

  count(state: (Pick<QueueState, 'due' | 'state' | 'suspended'> & { buriedUntilDay?: number }) | undefined, deck: QueueDeck): void {
    const { ends, days } = this;
    if (!state || state.state === 0 || state.suspended || state.due >= ends[days - 1]!) return;
    let day = 0;
    while (state.due >= ends[day]!) day++;
    // A buried card comes on the day it is buried until, as the queue takes it (see bucketOf).
    if (state.buriedUntilDay !== undefined) day = Math.max(day, state.buriedUntilDay - this.today);
    if (day >= days) return;
    let counts = this.byDeck.get(deck.name);
    if (!counts) this.byDeck.set(deck.name, (counts = Array<number>(days).fill(0)));
    counts[day]!++;
  }
}
