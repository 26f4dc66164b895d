/** Review progress → Anki card columns and revlog rows (src/export/progress.ts), on hand-made states. */
import { describe, expect, it } from 'vitest';
import { cardData, cardSchedule, collectionDay, packageProgress, revlogFactor, revlogRows, revlogType, type CardHistory } from '../src/export/progress.js';
import { DEFAULT_SETTINGS, Scheduler, type Rating } from '../src/schedule/fsrs.js';
import type { ReviewEntry, StoredCard } from '../src/store/store.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Korea (UTC+9), days starting at 04:00. */
const scheduler = new Scheduler(DEFAULT_SETTINGS, () => 540);
/** 2026-01-01 10:00 KST: study day 20454 (days from 1970-01-01 to 2026-01-01). */
const T0 = Date.UTC(2026, 0, 1, 1, 0);
const DAY0 = 20454;

function stored(card: Partial<StoredCard>): StoredCard {
  return { id: 'c', due: T0, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: undefined, suspended: false, buriedUntilDay: undefined, ...card };
}

function review(cardId: string, reviewTime: number, rating: Rating, stateBefore: ReviewEntry['stateBefore'], duration = 5000): ReviewEntry {
  return { id: reviewTime, cardId, reviewTime, rating, stateBefore, elapsedDays: 0, scheduledDays: 0, duration };
}

describe('card columns', () => {
  const review10 = stored({ state: 2, due: Date.UTC(2026, 0, 11, 0), stability: 10.123456, difficulty: 4.87654321, scheduledDays: 10, reps: 3, lapses: 1, lastReview: T0 + 500 });

  it('gives a review card type 2, queue 2, its due day counted from the first day, its interval and memory', () => {
    expect(cardSchedule(review10, scheduler, DAY0)).toEqual({
      type: 2,
      queue: 2,
      due: 10, // 2026-01-11 09:00 KST
      ivl: 10,
      factor: 2500,
      reps: 3,
      lapses: 1,
      lastReview: 1767229200,
      data: '{"s":10.1235,"d":4.8765,"dr":0.9,"decay":0.1542,"lrt":1767229200}',
    });
  });

  it('counts a due before 04:00 in the previous study day', () => {
    // 2026-01-11 03:30 KST is still 10 January's study day.
    expect(cardSchedule({ ...review10, due: Date.UTC(2026, 0, 10, 18, 30) }, scheduler, DAY0)?.due).toBe(9);
  });

  it('sends learning and relearning cards as review cards due on their due day, with an interval of at least a day', () => {
    const learning = stored({ state: 1, due: T0 + 10 * MINUTE, stability: 2.3065, difficulty: 2.1181, reps: 1, lastReview: T0 });
    expect(cardSchedule(learning, scheduler, DAY0)).toMatchObject({ type: 2, queue: 2, due: 0, ivl: 1, reps: 1, lapses: 0 });
    const relearning = stored({ state: 3, due: T0 + 3 * DAY + 10 * MINUTE, stability: 1.5, difficulty: 7, reps: 5, lapses: 2, lastReview: T0 + 3 * DAY, suspended: true });
    expect(cardSchedule(relearning, scheduler, DAY0)).toMatchObject({ type: 2, queue: -1, due: 3, ivl: 1, reps: 5, lapses: 2 });
  });

  it('suspends a reviewed card by queue −1 and keeps its type; leaves unreviewed cards new', () => {
    expect(cardSchedule({ ...review10, suspended: true }, scheduler, DAY0)).toMatchObject({ type: 2, queue: -1, due: 10 });
    expect(cardSchedule(stored({ suspended: true }), scheduler, DAY0)).toEqual({ type: 0, queue: -1, due: undefined, ivl: 0, factor: 0, reps: 0, lapses: 0, lastReview: undefined, data: '' });
    expect(cardSchedule(stored({ buriedUntilDay: DAY0 + 1 }), scheduler, DAY0)).toBeUndefined();
    expect(cardSchedule(undefined, scheduler, DAY0)).toBeUndefined();
  });

  it('writes the FSRS keys Anki reads from cards.data, with the settings’ retention and decay', () => {
    const settings = { ...DEFAULT_SETTINGS, desiredRetention: 0.85, weights: [...DEFAULT_SETTINGS.weights.slice(0, 20), 0.2] };
    expect(JSON.parse(cardData(review10, settings))).toEqual({ s: 10.1235, d: 4.8765, dr: 0.85, decay: 0.2, lrt: 1767229200 });
  });
});

describe('revlog rows', () => {
  const noFuzz = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }, () => 540);

  it('logs learning answers with steps in negative seconds and review answers in days', () => {
    // Good on a new card (10-minute step), Good at the step (2 days), Good two days later (11 days): see fsrs.md §4 V1.
    const reviews = [review('a', T0, 3, 0), review('a', T0 + 10 * MINUTE, 3, 1, 90_000), review('a', T0 + 10 * MINUTE + 2 * DAY, 3, 2)];
    const rows = revlogRows(noFuzz, 'a', reviews, new Set());
    expect(rows.map(({ id, ease, ivl, lastIvl, time, type }) => ({ id, ease, ivl, lastIvl, time, type }))).toEqual([
      { id: T0, ease: 3, ivl: -600, lastIvl: 0, time: 5000, type: 0 },
      { id: T0 + 10 * MINUTE, ease: 3, ivl: 2, lastIvl: -600, time: 60_000, type: 0 },
      { id: T0 + 10 * MINUTE + 2 * DAY, ease: 3, ivl: 11, lastIvl: 2, time: 5000, type: 1 },
    ]);
    // Difficulty after Good on a new card is 2.1181 (fsrs.md §4 V3): ((2.1181 − 1) / 9 + 0.1) × 1000.
    expect(rows[0]!.factor).toBe(224);
    expect(rows.every((row) => row.factor >= 100 && row.factor <= 1100)).toBe(true);
  });

  it('logs a lapse as a review answer into relearning, and the next answer as relearn', () => {
    const reviews = [review('b', T0, 3, 0), review('b', T0 + 10 * MINUTE, 3, 1), review('b', T0 + 2 * DAY, 1, 2), review('b', T0 + 2 * DAY + 10 * MINUTE, 3, 3)];
    const rows = revlogRows(noFuzz, 'b', reviews, new Set());
    expect(rows.map((row) => [row.ease, row.type, row.lastIvl, row.ivl])).toEqual([
      [3, 0, 0, -600],
      [3, 0, -600, 2],
      [1, 1, 2, -600],
      [3, 2, -600, 1],
    ]);
  });

  it('makes ids unique by adding 1 ms, also across packages', () => {
    const taken = new Set<number>([T0]);
    const first = revlogRows(noFuzz, 'a', [review('a', T0, 3, 0), review('a', T0 + 1, 3, 1)], taken);
    const second = revlogRows(noFuzz, 'b', [review('b', T0, 4, 0)], taken);
    expect(first.map((row) => row.id)).toEqual([T0 + 1, T0 + 2]);
    expect(second.map((row) => row.id)).toEqual([T0 + 3]);
    expect([...taken].sort()).toEqual([T0, T0 + 1, T0 + 2, T0 + 3]);
  });

  it('maps difficulty 1–10 to 100–1100 and the state before to learn, review or relearn', () => {
    expect([1, 5.5, 10].map(revlogFactor)).toEqual([100, 600, 1100]);
    expect(([0, 1, 2, 3] as const).map(revlogType)).toEqual([0, 0, 1, 2]);
  });
});

describe('package progress', () => {
  it('starts the collection on the study day of the earliest review, and tells Anki how days are counted', () => {
    const histories = new Map<string, CardHistory>([
      ['new', { stored: undefined, reviews: [] }],
      ['a', { stored: stored({ id: 'a', state: 1, due: T0 + 3 * DAY + 10 * MINUTE, lastReview: T0 + 3 * DAY, reps: 1, stability: 2.3065, difficulty: 2.1181 }), reviews: [review('a', T0 + 3 * DAY, 3, 0)] }],
      // Answered at 03:00 KST on 2 January: still 1 January's study day.
      ['b', { stored: stored({ id: 'b', state: 1, due: Date.UTC(2026, 0, 1, 18, 10), lastReview: Date.UTC(2026, 0, 1, 18), reps: 1, stability: 2.3065, difficulty: 2.1181 }), reviews: [review('b', Date.UTC(2026, 0, 1, 18), 3, 0)] }],
    ]);
    const now = T0 + 5 * DAY;
    expect(collectionDay(scheduler, histories.values(), now)).toBe(DAY0);
    const progress = packageProgress(scheduler, histories, now);
    expect(progress.crt).toBe(Date.UTC(2025, 11, 31, 19) / 1000);
    expect(progress.conf).toEqual({ schedVer: 2, rollover: 4, creationOffset: -540 });
    expect([...progress.cards.keys()]).toEqual(['a', 'b']);
    expect(progress.cards.get('a')?.due).toBe(3);
    expect(progress.cards.get('b')?.due).toBe(0);
    expect([...progress.revlog.keys()]).toEqual(['a', 'b']);
  });

  it('starts on today’s study day when nothing was reviewed', () => {
    const progress = packageProgress(scheduler, new Map([['new', { stored: undefined, reviews: [] }]]), T0);
    expect(progress.crt).toBe(scheduler.studyDayStart(DAY0) / 1000);
    expect(progress.cards.size).toBe(0);
    expect(progress.revlog.size).toBe(0);
  });
});
