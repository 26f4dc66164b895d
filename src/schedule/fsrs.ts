/**
 * The one module that talks to ts-fsrs (pinned ~5.4.2; 6.0 renames most of the API). Everything else in
 * amgi sees plain numbers: times in ms, states 0–3, ratings 1–4.
 *
 * Two things ts-fsrs does not do, done here (see README, "Scheduling"):
 * - days start at a chosen local hour (04:00 by default), not at UTC midnight: ts-fsrs counts days
 *   between UTC dates, so it is given instants shifted so that their UTC date is the study day;
 * - fuzz is seeded by card id and review count, so an interval does not change with the second the
 *   card was answered.
 */
import { createRequire } from 'node:module';
import type { Card, FSRS, Grade, TSeedStrategy } from 'ts-fsrs';

/**
 * ts-fsrs, loaded when a card is first scheduled (its CommonJS build, which loads synchronously):
 * `amgi due` and the first screen of a review never schedule, and loading it cost them 6 ms.
 */
let tsFsrs: typeof import('ts-fsrs') | undefined;
function engineModule(): typeof import('ts-fsrs') {
  return (tsFsrs ??= createRequire(import.meta.url)('ts-fsrs') as typeof import('ts-fsrs'));
}

export type Rating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** 0 New, 1 Learning, 2 Review, 3 Relearning (the FSRS optimizer's revlog numbering). */
export type CardStateKind = 0 | 1 | 2 | 3;

/** A card's scheduling state as amgi stores it. */
export interface ScheduleState {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  lastReview: number | undefined;
}

export interface SchedulerSettings {
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: readonly `${number}${'m' | 'h' | 'd'}`[];
  relearningSteps: readonly `${number}${'m' | 'h' | 'd'}`[];
  /** Local hour at which a new study day starts. */
  dayStartHour: number;
  fuzz: boolean;
  /** FSRS-6 parameters (21 values). */
  weights: readonly number[];
}

/** The parameters ts-fsrs uses when none are given (FSRS-6, 21 values): its `default_w`, which a test holds these equal to. */
export const DEFAULT_WEIGHTS: readonly number[] = Object.freeze([
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
]);

export const DEFAULT_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  dayStartHour: 4,
  fuzz: true,
  weights: DEFAULT_WEIGHTS,
};

/** Minutes east of UTC at an instant; the machine's time zone unless a test gives another. */
export type UtcOffset = (ms: number) => number;
const localOffset: UtcOffset = (ms) => -new Date(ms).getTimezoneOffset();

type SeededCard = Card & { card_id: string };

/** Fuzz seed = card id + reps, as a string so that (5, 3) and (6, 2) differ. */
const seedByCardAndReps: TSeedStrategy = function (this: unknown) {
  const card = Reflect.get(this as object, 'current') as SeededCard;
  return `${card.card_id}:${card.reps}`;
};

export interface AnswerResult {
  next: ScheduleState;
  /** Whole study days since the previous review (0 for a new card). */
  elapsedDays: number;
}

/** One answer of a card's history, as replay needs it. */
export interface ReplayReview {
  time: number;
  rating: Rating;
}


export class Scheduler {
  private made: FSRS | undefined;

  constructor(
    readonly settings: SchedulerSettings = DEFAULT_SETTINGS,
    /** The time zone days are counted in (exports tell Anki the same one). */
    readonly utcOffset: UtcOffset = localOffset,
  ) {
    validate(settings);
  }

  private get engine(): FSRS {
    if (!this.made) {
      const { fsrs, StrategyMode } = engineModule();
      const { settings } = this;
      this.made = fsrs({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumInterval,
        enable_fuzz: settings.fuzz,
        enable_short_term: true,
        learning_steps: [...settings.learningSteps],
        relearning_steps: [...settings.relearningSteps],
        w: [...settings.weights],
      }).useStrategy(StrategyMode.SEED, seedByCardAndReps);
    }
    return this.made;
  }

  newCard(now: number): ScheduleState {
    return fromCard(engineModule().createEmptyCard(new Date(now)), (ms) => ms);
  }

  answer(cardId: string, state: ScheduleState, answeredAt: number, rating: Rating): AnswerResult {
    // A clock set back (or a review imported from a machine whose clock ran ahead) must not put an
    // answer before the last one: ts-fsrs throws on a negative elapsed time.
    const now = Math.max(answeredAt, state.lastReview ?? answeredAt);
    const { card } = this.engine.next(this.toEngine(cardId, state), this.shift(now), rating as Grade);
    return { next: fromCard(card, this.unshiftFrom(now)), elapsedDays: this.elapsedDays(state, now) };
  }

  /**
   * A card's state rebuilt from its answers alone (oldest first), as if each had just been given:
   * the review log is the truth and the stored card a cache of this fold. Returns the state after
   * each answer, with the study days elapsed before it.
   */
  replay(cardId: string, reviews: readonly ReplayReview[]): AnswerResult[] {
    const results: AnswerResult[] = [];
    let state: ScheduleState | undefined;
    for (const { time, rating } of reviews) {
      const result = this.answer(cardId, state ?? this.newCard(time), time, rating);
      results.push(result);
      state = result.next;
    }
    return results;
  }

  /**
   * Stability and difficulty after a card's answers (oldest first): those of `replay(...).at(-1).next`,
   * computed as ts-fsrs computes them there (its `next_state` from the last state, the study days
   * between answers and the rating), without scheduling each answer. A million answers take well
   * under a second this way, against about ten seconds replayed.
   */
  memoryAfter(reviews: readonly ReplayReview[]): { stability: number; difficulty: number } {
    let memory = { stability: 0, difficulty: 0 }; // a new card's: next_state then gives the first answer's
    let last: number | undefined;
    for (const { time, rating } of reviews) {
      const now = Math.max(time, last ?? time); // as in answer()
      memory = this.engine.next_state(memory, last === undefined ? 0 : this.studyDay(now) - this.studyDay(last), rating);
      last = now;
    }
    return memory;
  }

  /** What each grade would do now: the due time per rating, for the labels on the buttons. */
  preview(cardId: string, state: ScheduleState, shownAt: number): Record<Rating, ScheduleState> {
    const now = Math.max(shownAt, state.lastReview ?? shownAt); // as in answer()
    const outcomes = this.engine.repeat(this.toEngine(cardId, state), this.shift(now));
    const result = {} as Record<Rating, ScheduleState>;
    for (const rating of RATINGS) result[rating] = fromCard(outcomes[rating as Grade].card, this.unshiftFrom(now));
    return result;
  }

  /**
   * Back from shifted time to real time, measured from the answer: a 10-minute step stays 10 minutes
   * even across a daylight-saving change.
   */
  private unshiftFrom(now: number): (shiftedMs: number) => number {
    const shiftedNow = this.shift(now).getTime();
    return (shiftedMs) => now + (shiftedMs - shiftedNow);
  }

  /**
   * An instant moved so that its UTC date is its study day: what the FSRS optimizer is given, so that
   * it counts days exactly as this scheduler does, whatever the time zone.
   */
  studyClock(ms: number): number {
    return this.shift(ms).getTime();
  }

  /** The study day of an instant: days since 1970-01-01 in local time, a day starting at dayStartHour. */
  studyDay(ms: number): number {
    return Math.floor(this.shift(ms).getTime() / 86_400_000);
  }

  /** The instant (ms) a study day begins: dayStartHour, local time, on that date. */
  studyDayStart(day: number): number {
    const shifted = day * 86_400_000;
    // Take the offset at the start itself, not at a guess hours away: they differ across a DST change.
    return shifted - this.shiftMs(shifted - this.shiftMs(shifted));
  }

  elapsedDays(state: ScheduleState, now: number): number {
    return state.lastReview === undefined ? 0 : this.studyDay(now) - this.studyDay(state.lastReview);
  }

  private toEngine(cardId: string, state: ScheduleState): SeededCard {
    return {
      card_id: cardId,
      due: this.shift(state.due),
      stability: state.stability,
      difficulty: state.difficulty,
      elapsed_days: 0,
      scheduled_days: state.scheduledDays,
      learning_steps: state.learningSteps,
      reps: state.reps,
      lapses: state.lapses,
      state: state.state,
      // Always present, so every card ts-fsrs copies has one shape (it copies each several times per
      // answer; with two shapes the copies took a fifth of a replay). ts-fsrs reads undefined as none.
      last_review: state.lastReview === undefined ? undefined : this.shift(state.lastReview),
    };
  }

  /** Local time moved so that its UTC date is the study day. */
  private shift(ms: number): Date {
    return new Date(ms + this.shiftMs(ms));
  }

  private shiftMs(ms: number): number {
    return this.utcOffset(ms) * 60_000 - this.settings.dayStartHour * 3_600_000;
  }
}

/**
 * A study day as a date, YYYY-MM-DD: the local date on which it starts. Study days count days since
 * 1970-01-01 (see `Scheduler.studyDay`), so this needs no time zone.
 */
export function studyDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function fromCard(card: Card, unshift: (ms: number) => number): ScheduleState {
  return {
    due: unshift(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardStateKind,
    lastReview: card.last_review ? unshift(card.last_review.getTime()) : undefined,
  };
}

/**
 * Probability of recall after `elapsedDays` for a memory of the given stability, under the FSRS-6
 * forgetting curve of `weights` (w20 is its decay).
 */
export function retrievability(weights: readonly number[], stability: number, elapsedDays: number): number {
  return engineModule().forgetting_curve(weights, Math.max(0, elapsedDays), stability);
}

/** ts-fsrs silently replaces 0 with its default and logs to stdout on odd parameter lengths: refuse both. */
function validate(settings: SchedulerSettings): void {
  if (!(settings.desiredRetention > 0 && settings.desiredRetention < 1)) throw new RangeError('desired retention must be between 0 and 1');
  if (!(settings.maximumInterval >= 1)) throw new RangeError('maximum interval must be at least 1 day');
  if (settings.weights.length !== 21 || settings.weights.some((w) => !Number.isFinite(w))) throw new RangeError('FSRS-6 needs 21 parameters');
  if (!(settings.dayStartHour >= 0 && settings.dayStartHour < 24)) throw new RangeError('the day start hour must be 0–23');
}

/** An interval as the review screen shows it: `1분`, `6분`, `10분`, `4일`, `3개월`, `1.2년` — or English. */
export function formatInterval(ms: number, language: 'ko' | 'en' = 'ko'): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const units = language === 'ko' ? { m: '분', h: '시간', d: '일', mo: '개월', y: '년' } : { m: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' };
  if (minutes < 60) return `${minutes}${units.m}`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}${units.h}`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days}${units.d}`;
  // Months and years to one decimal, as Anki shows them: 62 and 74 days are 2.1 and 2.5 months, where
  // whole months would give two buttons the same label. Twelve months and more are years.
  const oneDecimal = (value: number) => value.toFixed(1).replace(/\.0$/, '');
  const months = days / 30;
  if (oneDecimal(months) !== '12' && months < 12) return `${oneDecimal(months)}${units.mo}`;
  return `${oneDecimal(Math.max(1, days / 365))}${units.y}`;
}
