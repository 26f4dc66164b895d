/**
 * Seeded synthetic review histories: a learner whose memory follows FSRS with known ("true")
 * parameters, studying on a schedule made by amgi's default scheduler. Used to check that fitting
 * finds parameters closer to the truth than the defaults.
 */
import { DEFAULT_SETTINGS, DEFAULT_WEIGHTS, retrievability, Scheduler, type Rating, type ScheduleState } from '../src/schedule/fsrs.js';
import type { LoggedReview } from '../src/store/store.js';

/** A learner who forgets faster than FSRS's default learner, with a steeper forgetting curve. */
export const TRUE_WEIGHTS: readonly number[] = [0.05, 0.3, 0.8, 3.0, ...DEFAULT_WEIGHTS.slice(4, 8), 1.2, ...DEFAULT_WEIGHTS.slice(9, 20), 0.5];

/** Seoul has no daylight-saving time: day boundaries are the same whatever the machine's zone. */
export const SEOUL = () => 540;
export const SEOUL_TZ = 'Asia/Seoul';

const DAY = 86_400_000;

/** mulberry32: small, fast and good enough for simulation. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Simulation {
  cards: number;
  /** First study day, as ms (local 09:00 is added). */
  start: number;
  days: number;
  newPerDay: number;
  seed: number;
  idPrefix?: string;
}

export function simulate({ cards, start, days, newPerDay, seed, idPrefix = 'syn' }: Simulation): LoggedReview[] {
  const next = random(seed);
  const app = new Scheduler({ ...DEFAULT_SETTINGS }, SEOUL);
  const truth = new Scheduler({ ...DEFAULT_SETTINGS, weights: TRUE_WEIGHTS, fuzz: false }, SEOUL);
  const end = start + days * DAY;
  const reviews: LoggedReview[] = [];
  for (let n = 0; n < cards; n++) {
    const id = `${idPrefix}-${String(n).padStart(5, '0')}`;
    let time = start + Math.floor(n / newPerDay) * DAY + 9 * 3_600_000 + Math.floor(next() * 3_600_000);
    let scheduled: ScheduleState | undefined;
    let memory: ScheduleState | undefined;
    while (time < end) {
      const rating = answer(next, memory, time, truth);
      reviews.push({ cardId: id, reviewTime: time, rating, stateBefore: scheduled?.state ?? 0, duration: 2000 + Math.floor(next() * 10_000) });
      scheduled = app.answer(id, scheduled ?? app.newCard(time), time, rating).next;
      memory = truth.answer(id, memory ?? truth.newCard(time), time, rating).next;
      // Same-day steps are done when due; reviews on their due day, at some hour of the day.
      time = scheduled.due - time < DAY / 2 ? scheduled.due + 30_000 : startOfDay(scheduled.due) + Math.floor((9 + next() * 12) * 3_600_000);
    }
  }
  return reviews.sort((a, b) => a.reviewTime - b.reviewTime);
}

/** The learner's answer: the first by a fixed mix, later ones pass with the true recall probability. */
function answer(next: () => number, memory: ScheduleState | undefined, time: number, truth: Scheduler): Rating {
  const roll = next();
  if (!memory) return roll < 0.2 ? 1 : roll < 0.3 ? 2 : roll < 0.9 ? 3 : 4;
  const days = truth.studyDay(time) - truth.studyDay(memory.lastReview!);
  const elapsed = days > 0 ? days : (time - memory.lastReview!) / DAY;
  const recall = retrievability(TRUE_WEIGHTS, memory.stability, elapsed);
  if (next() >= recall) return 1;
  return roll < 0.1 ? 2 : roll < 0.9 ? 3 : 4;
}

/** Local (Seoul) midnight of the day of `ms`. */
function startOfDay(ms: number): number {
  const offset = SEOUL() * 60_000;
  return Math.floor((ms + offset) / DAY) * DAY - offset;
}
