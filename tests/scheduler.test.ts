/** The scheduler adapter against the golden vectors of ../shared/reference/fsrs.md (§4) and its traps (§3). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, formatInterval, Scheduler, type Rating, type ScheduleState, type SchedulerSettings } from '../src/schedule/fsrs.js';

const DEFAULT_W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
const DAY = 86_400_000;
/** Golden vectors are defined on UTC days: no day-start shift, no fuzz. */
const utcNoFuzz: SchedulerSettings = { ...DEFAULT_SETTINGS, fuzz: false, dayStartHour: 0, weights: DEFAULT_W };
const utc = () => 0;

describe('scheduler golden vectors', () => {
  it('V0: FSRS-6 default parameters, the same as ts-fsrs gives', async () => {
    expect(DEFAULT_SETTINGS.weights).toEqual(DEFAULT_W);
    // amgi keeps its own copy so that commands which never schedule need not load ts-fsrs.
    expect(DEFAULT_SETTINGS.weights).toEqual([...(await import('ts-fsrs')).default_w]);
  });

  it('V1: intervals when each review happens at the previous due', () => {
    const scheduler = new Scheduler(utcNoFuzz, utc);
    let state = scheduler.newCard(Date.UTC(2022, 10, 29, 12, 30));
    const days: number[] = [];
    for (const rating of [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3] as Rating[]) {
      state = scheduler.answer('card', state, state.due, rating).next;
      days.push(state.scheduledDays);
    }
    expect(days).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
    expect(state.stability).toBeCloseTo(20.77035737, 6);
    expect(state.difficulty).toBeCloseTo(9.0557599, 6);
  });

  it('V2: memory state after Again, Good ×5 with gaps 0, 0, 1, 3, 8, 21 days', () => {
    const scheduler = new Scheduler(utcNoFuzz, utc);
    const start = Date.UTC(2026, 0, 1, 9);
    let state = scheduler.newCard(start);
    // Day offsets 0, 0 (a minute later), 1, 4, 12, 33: gaps of 0, 0, 1, 3, 8 and 21 days.
    const reviews: [number, Rating][] = [[start, 1], [start + 60_000, 3], [start + DAY, 3], [start + 4 * DAY, 3], [start + 12 * DAY, 3], [start + 33 * DAY, 3]];
    for (const [at, rating] of reviews) state = scheduler.answer('card', state, at, rating).next;
    expect(state.stability).toBeCloseTo(53.62691, 3);
    expect(state.difficulty).toBeCloseTo(6.3574867, 4);
  });

  it('V3: the first answer on a new card', () => {
    const scheduler = new Scheduler(utcNoFuzz, utc);
    const now = Date.UTC(2026, 0, 1, 9);
    const preview = scheduler.preview('card', scheduler.newCard(now), now);
    expect(([1, 2, 3, 4] as Rating[]).map((r) => preview[r].stability)).toEqual([0.212, 1.2931, 2.3065, 8.2956]);
    expect(([1, 2, 3, 4] as Rating[]).map((r) => Number(preview[r].difficulty.toFixed(8)))).toEqual([6.4133, 5.11217071, 2.11810397, 1]);
    expect(([1, 2, 3, 4] as Rating[]).map((r) => preview[r].scheduledDays)).toEqual([0, 0, 0, 8]);
  });
});

describe('learning steps', () => {
  it('shows 1m, 6m, 10m and 8 days on a new card, then graduates after the 10-minute step', () => {
    const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }, utc);
    const now = Date.UTC(2026, 0, 1, 9);
    const state = scheduler.newCard(now);
    const preview = scheduler.preview('card', state, now);
    expect(([1, 2, 3, 4] as Rating[]).map((r) => formatInterval(preview[r].due - now))).toEqual(['1분', '6분', '10분', '8일']);
    const learning = scheduler.answer('card', state, now, 3).next;
    expect(learning.state).toBe(1);
    expect(learning.due - now).toBe(10 * 60_000);
    const graduated = scheduler.answer('card', learning, learning.due, 3).next;
    expect(graduated.state).toBe(2);
    expect(graduated.scheduledDays).toBe(2);
  });
});

describe('the study day starts at 04:00 local time, not at UTC midnight', () => {
  const replay = (offsetMinutes: number) => {
    const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, weights: DEFAULT_W }, () => offsetMinutes);
    let state: ScheduleState = scheduler.newCard(Date.UTC(2026, 0, 1, 9));
    const reviews: [number, Rating][] = [
      [Date.UTC(2026, 0, 1, 9, 0), 3],
      [Date.UTC(2026, 0, 1, 9, 10), 3],
      [Date.UTC(2026, 0, 4, 8, 0), 3],
      [Date.UTC(2026, 0, 15, 20, 0), 1],
      [Date.UTC(2026, 0, 15, 20, 10), 3],
      [Date.UTC(2026, 0, 17, 7, 30), 2],
    ];
    for (const [at, rating] of reviews) state = scheduler.answer('card', state, at, rating).next;
    return state;
  };

  it('gives the reference results in UTC and in Seoul', () => {
    const inUtc = replay(0);
    expect(inUtc).toMatchObject({ state: 2, reps: 6, lapses: 1 });
    expect(inUtc.stability).toBeCloseTo(3.75690109, 6);
    expect(inUtc.difficulty).toBeCloseTo(8.24449923, 6);
    // In Seoul, 01-15 20:00Z is already the study day 01-16, so the last gap is one day, not two.
    expect(replay(540).stability).toBeCloseTo(2.94607159, 6);
  });

  it('counts a review at 03:59 as the day before and one at 04:00 as the new day', () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, () => 540);
    const seoul = (day: number, hour: number, minute = 0) => Date.UTC(2026, 0, day, hour - 9, minute);
    expect(scheduler.studyDay(seoul(2, 3, 59))).toBe(scheduler.studyDay(seoul(1, 12)));
    expect(scheduler.studyDay(seoul(2, 4, 0))).toBe(scheduler.studyDay(seoul(1, 12)) + 1);
  });

  it('finds the instant a study day starts', () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, () => 540);
    const day = scheduler.studyDay(Date.UTC(2026, 0, 1, 1)); // 2026-01-01 10:00 in Seoul
    expect(day).toBe(Date.UTC(2026, 0, 1) / DAY);
    // 2026-01-01 04:00 in Seoul is 2025-12-31 19:00 UTC.
    expect(scheduler.studyDayStart(day)).toBe(Date.UTC(2025, 11, 31, 19));
    expect(scheduler.studyDay(Date.UTC(2025, 11, 31, 19) - 1)).toBe(day - 1);
  });
});

describe('daylight saving time', () => {
  it('keeps a 10-minute learning step 10 minutes when the clocks change', () => {
    // New York: UTC-5 until 2025-03-09 07:00Z, then UTC-4.
    const change = Date.UTC(2025, 2, 9, 7);
    const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }, (ms) => (ms < change ? -300 : -240));
    const at = change - 5 * 60_000; // 01:55 local, five minutes before the change
    const learning = scheduler.answer('card', scheduler.newCard(at), at, 3).next;
    expect(learning.due - at).toBe(10 * 60_000);
    expect(learning.lastReview).toBe(at);
  });

  it('starts the study day at 04:00 on either side of the change', () => {
    // New York: EST (UTC-5) until 2026-03-08 07:00Z, EDT (UTC-4) after.
    const scheduler = new Scheduler(DEFAULT_SETTINGS, (ms) => (ms < Date.UTC(2026, 2, 8, 7) ? -300 : -240));
    const march8 = Date.UTC(2026, 2, 8) / DAY;
    expect(scheduler.studyDayStart(march8 - 1)).toBe(Date.UTC(2026, 2, 7, 9)); // 04:00 EST
    expect(scheduler.studyDayStart(march8)).toBe(Date.UTC(2026, 2, 8, 8)); // 04:00 EDT
  });
});

describe('memory state from a history alone', () => {
  it('is exactly what replaying every answer gives: same-day answers, long gaps, a clock set back, any time zone', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const gaps = [0, 60_000, 10 * 60_000, 5 * 3_600_000, DAY, 3 * DAY, 40 * DAY, 400 * DAY, -3_600_000];
    const fitted = [0.4, 1.1, 3.2, 12, 6.2, 0.6, 2.1, 0.02, 1.6, 0.2, 0.9, 1.7, 0.1, 0.3, 1.5, 0.5, 2.2, 0.6, 0.1, 0.1, 0.2];
    for (const [offset, weights] of [[0, DEFAULT_W], [540, fitted], [-300, fitted]] as const) {
      const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, weights }, () => offset);
      for (let card = 0; card < 100; card++) {
        let time = Date.UTC(2025, 0, 1) + Math.floor(random() * DAY);
        const history = Array.from({ length: 1 + Math.floor(random() * 15) }, () => {
          time += gaps[Math.floor(random() * gaps.length)]!;
          return { time, rating: (1 + Math.floor(random() * 4)) as Rating };
        });
        const { stability, difficulty } = scheduler.replay(`card-${card}`, history).at(-1)!.next;
        expect(scheduler.memoryAfter(history)).toEqual({ stability, difficulty });
      }
    }
  });
});

describe('fuzz', () => {
  const reviewCard = (scheduler: Scheduler, id: string, at: number) => {
    let state = scheduler.newCard(at);
    for (const step of [0, 10 * 60_000, 3 * DAY, 12 * DAY]) state = scheduler.answer(id, state, at + step, 3).next;
    return state;
  };

  it('gives a card the same interval whatever the time of day it is answered, and differs between cards', () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, () => 540);
    const start = Date.UTC(2026, 0, 1, 0);
    const state = reviewCard(scheduler, 'card-a', start);
    const day = state.due + DAY;
    const intervals = [0, 3, 7].map((hours) => scheduler.answer('card-a', state, day + hours * 3_600_000, 3).next.scheduledDays);
    expect(new Set(intervals).size).toBe(1);
    const others = ['b', 'c', 'd', 'e', 'f', 'g'].map((id) => scheduler.answer(`card-${id}`, reviewCard(scheduler, `card-${id}`, start), day, 3).next.scheduledDays);
    expect(new Set([intervals[0], ...others]).size).toBeGreaterThan(1);
  });
});

describe('settings', () => {
  it('refuses values ts-fsrs would silently replace', () => {
    expect(() => new Scheduler({ ...DEFAULT_SETTINGS, desiredRetention: 0 })).toThrow(/retention/);
    expect(() => new Scheduler({ ...DEFAULT_SETTINGS, weights: DEFAULT_W.slice(0, 19) })).toThrow(/21/);
  });

  it('formats intervals in Korean and English', () => {
    expect([60_000, 6 * 60_000, 3 * 3_600_000, 4 * DAY, 90 * DAY, 800 * DAY].map((ms) => formatInterval(ms))).toEqual(['1분', '6분', '3시간', '4일', '3개월', '2.2년']);
    expect(formatInterval(4 * DAY, 'en')).toBe('4d');
    // Near intervals keep apart (Hard and Good on a review card), and twelve months are a year.
    expect([62 * DAY, 74 * DAY, 300 * DAY, 359 * DAY, 364 * DAY, 365 * DAY].map((ms) => formatInterval(ms))).toEqual(['2.1개월', '2.5개월', '10개월', '1년', '1년', '1년']);
  });
});
