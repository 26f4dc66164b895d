/**
 * Review progress for a package (`amgi export --format apkg --with-progress`): amgi's stored card
 * states and review log, as the columns of Anki's schema-11 `cards` and `revlog` tables. Pure: the
 * store is read by export.ts and the rows are written by apkg.ts. See README, "Exporting to Anki".
 *
 * Anki's rules followed here:
 * - a review card's `due` counts study days from the collection's creation (`col.crt`), and the
 *   importer moves it by the difference between the package's day count and the user's;
 * - a learning card's `due` would be epoch seconds tied to Anki's own steps, so (re)learning cards
 *   go as review cards due on their due day;
 * - Anki recomputes FSRS memory from the review log, so the log matters more than `cards.data`.
 */
import type { CardStateKind, Rating, ScheduleState, Scheduler, SchedulerSettings } from '../schedule/fsrs.js';
import type { ReviewEntry, StoredCard } from '../store/store.js';

/** Anki caps an answer's time at the preset's `maxTaken`, 60 s in the package's preset. */
export const MAX_ANSWER_MS = 60_000;
/** The SM-2 ease a card graduates with in Anki; FSRS ignores it. */
const REVIEW_FACTOR = 2500;

/** What the store holds for one exported card. */
export interface CardHistory {
  /** Its row; undefined for a card never reviewed, suspended or buried. */
  stored: StoredCard | undefined;
  /** Its answers, oldest first, without undone ones. */
  reviews: readonly ReviewEntry[];
}

/** An Anki card's scheduling columns. */
export interface CardSchedule {
  type: 0 | 2;
  queue: -1 | 0 | 2;
  /** Days since `col.crt`; undefined for a new card, whose due is its position. */
  due: number | undefined;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  /** The last review in epoch seconds (the card was modified then); undefined if never reviewed. */
  lastReview: number | undefined;
  /** FSRS memory state as JSON, or "" for a card without one. */
  data: string;
}

/** A revlog row without its card id, which apkg.ts gives (the note's id in the package). */
export interface RevlogRow {
  /** Review time in ms, made unique. */
  id: number;
  ease: Rating;
  /** Interval after the answer: days if positive, seconds if negative. */
  ivl: number;
  /** Interval before the answer, likewise; 0 for a new card. */
  lastIvl: number;
  factor: number;
  /** Answer time, ms. */
  time: number;
  /** 0 learn, 1 review, 2 relearn. */
  type: 0 | 1 | 2;
}

/**
 * Keys for `col.conf` so that Anki counts the package's days as amgi does. `schedVer: 2` also keeps
 * Anki from upgrading the package from its v1 scheduler on import, which would turn Hard and Good
 * on learning answers into Good and Easy (v1 had three buttons there).
 */
export interface SchedulingConf {
  schedVer: 2;
  /** Hour a new day starts. */
  rollover: number;
  /** Minutes west of UTC at `crt`. */
  creationOffset: number;
}

export interface PackageProgress {
  /** `col.crt`, epoch seconds: the start of the study day of the earliest review (or of today). */
  crt: number;
  conf: SchedulingConf;
  /** By amgi card id; a card not here is new. */
  cards: ReadonlyMap<string, CardSchedule>;
  /** By amgi card id, oldest first. */
  revlog: ReadonlyMap<string, readonly RevlogRow[]>;
}

/**
 * Progress for the cards of one package, by amgi card id. `takenIds` holds revlog ids already used
 * by other packages of the same export and gets this package's: Anki skips a revlog row whose id it
 * already has.
 */
export function packageProgress(scheduler: Scheduler, histories: ReadonlyMap<string, CardHistory>, now: number, takenIds: Set<number> = new Set()): PackageProgress {
  const firstDay = collectionDay(scheduler, histories.values(), now);
  const crtMs = scheduler.studyDayStart(firstDay);
  const cards = new Map<string, CardSchedule>();
  const revlog = new Map<string, RevlogRow[]>();
  for (const [cardId, history] of histories) {
    const schedule = cardSchedule(history.stored, scheduler, firstDay);
    if (schedule) cards.set(cardId, schedule);
    if (history.reviews.length > 0) revlog.set(cardId, revlogRows(scheduler, cardId, history.reviews, takenIds));
  }
  return {
    crt: Math.floor(crtMs / 1000),
    conf: { schedVer: 2, rollover: scheduler.settings.dayStartHour, creationOffset: -scheduler.utcOffset(crtMs) },
    cards,
    revlog,
  };
}

/** The study day the collection starts on: no due day and no review may come before it. */
export function collectionDay(scheduler: Scheduler, histories: Iterable<CardHistory>, now: number): number {
  let earliest = now;
  for (const { stored, reviews } of histories) {
    for (const review of reviews) earliest = Math.min(earliest, review.reviewTime);
    if (stored && stored.state !== 0) earliest = Math.min(earliest, stored.due, stored.lastReview ?? stored.due);
  }
  return scheduler.studyDay(earliest);
}

/**
 * A card's Anki columns from its stored state, or undefined for a plain new card. Learning and
 * relearning cards become review cards due on their due day: Anki's learning `due` is an instant
 * tied to its own steps, and FSRS only needs the memory state and the last review.
 */
export function cardSchedule(card: StoredCard | undefined, scheduler: Scheduler, firstDay: number): CardSchedule | undefined {
  if (card === undefined) return undefined;
  if (card.state === 0) {
    // Suspended (or buried) before any answer: still new; only the suspension travels.
    return card.suspended ? { type: 0, queue: -1, due: undefined, ivl: 0, factor: 0, reps: 0, lapses: 0, lastReview: undefined, data: '' } : undefined;
  }
  return {
    type: 2,
    queue: card.suspended ? -1 : 2,
    due: scheduler.studyDay(card.due) - firstDay,
    ivl: Math.max(1, card.scheduledDays),
    factor: REVIEW_FACTOR,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.lastReview === undefined ? undefined : Math.floor(card.lastReview / 1000),
    data: cardData(card, scheduler.settings),
  };
}

/** `cards.data`: FSRS stability, difficulty, desired retention, decay and last review (epoch s). */
export function cardData(card: ScheduleState, settings: SchedulerSettings): string {
  return JSON.stringify({
    s: round(card.stability, 4),
    d: round(card.difficulty, 4),
    dr: settings.desiredRetention,
    decay: settings.weights[20], // FSRS-6: w20 (the scheduler checks there are 21)
    ...(card.lastReview === undefined ? {} : { lrt: Math.floor(card.lastReview / 1000) }),
  });
}

/**
 * One revlog row per answer. Intervals come from replaying the answers, not from the log's stored
 * columns: the replay is what the card's state was built from.
 */
export function revlogRows(scheduler: Scheduler, cardId: string, reviews: readonly ReviewEntry[], takenIds: Set<number>): RevlogRow[] {
  const replayed = scheduler.replay(
    cardId,
    reviews.map((review) => ({ time: review.reviewTime, rating: review.rating })),
  );
  let lastIvl = 0;
  return reviews.map((review, n) => {
    const after = replayed[n]!.next;
    const ivl = revlogInterval(after, review.reviewTime);
    const id = uniqueId(review.reviewTime, takenIds);
    takenIds.add(id);
    const row: RevlogRow = { id, ease: review.rating, ivl, lastIvl, factor: revlogFactor(after.difficulty), time: Math.min(review.duration, MAX_ANSWER_MS), type: revlogType(review.stateBefore) };
    lastIvl = ivl;
    return row;
  });
}

/** Days to the next review for a review card; minus the seconds to the next step while (re)learning. */
export function revlogInterval(after: ScheduleState, reviewTime: number): number {
  if (after.state === 2) return Math.max(1, after.scheduledDays);
  return -Math.max(1, Math.round((after.due - reviewTime) / 1000));
}

/** Anki's revlog factor for FSRS: difficulty 1–10 mapped linearly to 100–1100. */
export function revlogFactor(difficulty: number): number {
  return Math.round(((difficulty - 1) / 9 + 0.1) * 1000);
}

/** Anki's review kind from the state before the answer: learn, review or relearn. */
export function revlogType(stateBefore: CardStateKind): 0 | 1 | 2 {
  if (stateBefore === 2) return 1;
  if (stateBefore === 3) return 2;
  return 0;
}

function uniqueId(id: number, taken: ReadonlySet<number>): number {
  let candidate = id;
  while (taken.has(candidate)) candidate++;
  return candidate;
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
