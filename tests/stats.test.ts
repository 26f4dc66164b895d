import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import Database from 'better-sqlite3';
import picocolors from 'picocolors';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../src/deck/deck-file.js';
import { CardScope, queueDecksOf, startOfStudyDay, type QueueCard, type QueueDeck } from '../src/review/queue.js';
import { DEFAULT_SETTINGS, Scheduler, type CardStateKind, type Rating } from '../src/schedule/fsrs.js';
import { renderStats } from '../src/stats/render.js';
import { computeStats, heatmapDayStarts, RECENT_FROM, type ReviewStats } from '../src/stats/stats.js';
import { ReviewStore, type LoggedReview, type ReviewEntry, type StoredCard } from '../src/store/store.js';
import { setAmbiguousWidth } from '../src/util/ambiguous-width.js';
import { displayWidth, truncateToWidth } from '../src/util/columns.js';
import { hexIdOf, hexIdValues } from '../src/util/hex-ids.js';
import { KeyTable } from '../src/util/key-table.js';
import { runAmgi, tempDir, writeFiles } from './helpers.js';

/** An instant given as Korean local time (UTC+9), the offset the fixture's scheduler uses. */
const kst = (local: string) => Date.parse(`${local}+09:00`);

/** Days start at 04:00 KST, whatever the machine's time zone. */
const scheduler = new Scheduler(DEFAULT_SETTINGS, () => 540);
const NOW = kst('2024-05-15T12:00:00'); // a Wednesday; its study day runs 05-15 04:00 to 05-16 04:00 KST

function deckCard(id: string, front = `앞면 ${id}`): DeckCard {
  return { id, front, back: '뒷면', tags: [], source: { path: 'x.md', line: 1 }, kind: 'callout', title: front, section: [] };
}

function stored(id: string, state: CardStateKind, due: string, stability: number, extra: Partial<StoredCard> = {}): StoredCard {
  return { id, state, due: kst(due), stability, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 3, lapses: 0, lastReview: kst('2024-05-01T12:00:00'), suspended: false, buriedUntilDay: undefined, ...extra };
}

let nextReviewId = 1;
function review(cardId: string, local: string, rating: Rating, stateBefore: CardStateKind): ReviewEntry {
  return { id: nextReviewId++, cardId, reviewTime: kst(local), rating, stateBefore, elapsedDays: 0, scheduledDays: 0, duration: 3000 };
}

const cards: QueueCard[] = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ deck: '네트워크', card: deckCard(id) })),
  ...['g', 'h', 'i'].map((id) => ({ deck: '운영체제', card: deckCard(id) })),
];
cards[5]!.card.front = '전송 계층에서 흐름 제어와 혼잡 제어를 함께 쓰는 TCP 연결의 재전송 타이머가 만료되었을 때 송신 측의 동작';

const states = new Map<string, StoredCard>(
  [
    // a: no row → new
    stored('b', 0, '2024-05-15T09:00:00', 0, { buriedUntilDay: scheduler.studyDay(NOW) + 1 }), // buried new card: still new
    stored('c', 2, '2024-05-14T10:00:00', 10, { lapses: 7 }), // overdue → today; 7 lapses is not a leech
    stored('d', 2, '2024-05-16T04:30:00', 30), // just after 04:00 → tomorrow
    stored('e', 1, '2024-05-15T13:00:00', 0.5),
    stored('f', 3, '2024-05-16T02:00:00', 2, { lapses: 9 }), // 02:00 on the 16th still belongs to the 15th
    stored('g', 2, '2024-05-16T12:00:00', 100, { lapses: 8, suspended: true }),
    stored('h', 2, '2024-06-20T12:00:00', 50, { lapses: 12 }), // 36 days ahead: beyond the forecast
    stored('i', 0, '2024-05-01T12:00:00', 0, { suspended: true, reps: 0 }), // suspended before its first answer
    stored('gone', 2, '2024-05-15T09:00:00', 1000, { lapses: 20 }), // in no deck
  ].map((card) => [card.id, card]),
);

const reviews: ReviewEntry[] = [
  review('c', '2023-05-17T03:00:00', 3, 0), // study day 05-16 of 2023: one day before the heatmap's year
  review('c', '2023-05-17T05:00:00', 3, 2), // 2023-05-17: first day of the heatmap (2024 is a leap year)
  review('h', '2024-04-16T03:30:00', 1, 2), // study day 04-15: one day before the 30-day window
  review('f', '2024-04-16T04:30:00', 2, 2), // 04-16: first day of the window; passed
  review('g', '2024-05-01T09:00:00', 3, 2), // passed (suspended since, still counted)
  review('e', '2024-05-10T20:00:00', 4, 0),
  review('e', '2024-05-10T20:10:00', 1, 1), // Again on a learning card: not a retention failure
  review('f', '2024-05-12T09:00:00', 1, 3), // Again while relearning: not a retention failure
  review('d', '2024-05-15T03:30:00', 1, 2), // study day 05-14; failed
  review('gone', '2024-05-15T09:00:00', 1, 2), // in no deck: not counted
  review('c', '2024-05-15T10:00:00', 3, 2), // today; passed
];

const input = { decks: queueDecksOf(cards), deckNames: ['네트워크', '운영체제'], states, reviews, scheduler };

describe('the store’s counts of the log', () => {
  it('give the statistics the log itself gives: days cut at 04:00, undone answers and other cards left out', async () => {
    const store = ReviewStore.open(join(await tempDir(), 'amgi.sqlite'));
    const answer = (id: string, local: string, rating: Rating) => store.answer(scheduler, id, rating, kst(local), 3000);
    answer('a', '2023-05-17T03:59:59', 3); // the last second of study day 2023-05-16: before the heatmap's year
    answer('a', '2023-05-17T04:00:00', 3); // its first day
    answer('a', '2024-04-16T04:00:00', 1); // the first day of the recent window: a failure in review
    answer('b', '2024-04-16T03:59:59', 3); // a second before it
    answer('b', '2024-05-10T20:00:00', 4);
    answer('c', '2024-05-15T10:00:00', 2);
    store.undo(kst('2024-05-15T10:00:30')); // c's answer, undone: c is new again and its answer left out
    answer('d', '2024-05-15T11:00:00', 3);
    answer('gone', '2024-05-14T09:00:00', 1); // in no deck
    answer('gone', '2022-05-14T09:00:00', 1); // in no deck, and long ago
    const chosen: QueueCard[] = ['a', 'b', 'c', 'd'].map((id) => ({ deck: '네트워크', card: deckCard(id) }));
    const base = { decks: queueDecksOf(chosen), deckNames: ['네트워크'], states: store.cards(), scheduler };
    const fromLog = computeStats({ ...base, reviews: store.reviews() }, NOW);
    const counted = computeStats({ ...base, reviews: store.answerCountsByDay(heatmapDayStarts(scheduler, NOW), new Set(['a', 'b', 'c', 'd'])) }, NOW);
    expect(counted).toEqual(fromLog);
    // Ratings counted only over the recent days, as `amgi stats` asks: the same statistics.
    expect(computeStats({ ...base, reviews: store.answerCountsByDay(heatmapDayStarts(scheduler, NOW), new Set(['a', 'b', 'c', 'd']), RECENT_FROM) }, NOW)).toEqual(fromLog);
    // A scope smaller than the stored cards outside it (a, b, gone): the store counts the scope's cards
    // card by card, c's undone answer left out there too.
    const cAndD = { ...base, decks: queueDecksOf(chosen.slice(2)) };
    const fewFromLog = computeStats({ ...cAndD, reviews: store.reviews() }, NOW);
    expect(computeStats({ ...cAndD, reviews: store.answerCountsByDay(heatmapDayStarts(scheduler, NOW), new Set(['c', 'd']), RECENT_FROM) }, NOW)).toEqual(fewFromLog);
    expect(fewFromLog.heatmap).toEqual([{ date: '2024-05-15', reviews: 1 }]);
    expect(fewFromLog.uncountedReviews).toBe(5);
    expect(counted.heatmap).toEqual([
      { date: '2023-05-17', reviews: 1 },
      { date: '2024-04-15', reviews: 1 },
      { date: '2024-04-16', reviews: 1 },
      { date: '2024-05-10', reviews: 1 },
      { date: '2024-05-15', reviews: 1 },
    ]);
    expect(counted.retentionReviews).toEqual({ passed: 0, failed: 1, total: 1 });
    expect(counted.buttons).toEqual({ again: 1, hard: 0, good: 1, easy: 1 });
    expect(counted.uncountedReviews).toBe(1);
    store.close();
  });
});

describe('the store’s counts of a card left without a row', () => {
  it('still count its reviews as another card’s', async () => {
    const path = join(await tempDir(), 'amgi.sqlite');
    const store = ReviewStore.open(path);
    const at = kst('2024-05-14T09:00:00');
    for (const id of ['a', 'b', 'c']) store.answer(scheduler, id, 3, at, 1000);
    // An older amgi undid a session's suspension of a new card an import had given reviews meanwhile: the row went, its reviews stayed.
    store.importReviews(scheduler, [{ cardId: 'x', reviewTime: at + 60_000, rating: 1, stateBefore: 0, duration: 1000 }]);
    const older = new Database(path);
    older.prepare('DELETE FROM cards WHERE id = ?').run('x');
    older.close();
    expect(store.card('x')).toBeUndefined();
    const base = { decks: queueDecksOf(['a', 'b', 'c'].map((id) => ({ deck: '네트워크', card: deckCard(id) }))), deckNames: ['네트워크'], states: store.cards(), scheduler };
    const fromLog = computeStats({ ...base, reviews: store.reviews() }, NOW);
    expect(fromLog.uncountedReviews).toBe(1);
    expect(computeStats({ ...base, reviews: store.answerCountsByDay(heatmapDayStarts(scheduler, NOW), new Set(['a', 'b', 'c']), RECENT_FROM) }, NOW)).toEqual(fromLog);
    store.close();
  });
});

describe('the store’s counts of the log, with thousands of cards on both sides of the scope', () => {
  it('are the counts the log gives (cards then counted day by day, not card by card)', async () => {
    const store = ReviewStore.open(join(await tempDir(), 'amgi.sqlite'));
    const ids = Array.from({ length: 4400 }, (_, n) => hexIdOf(n * 7919 + 1));
    const history: LoggedReview[] = ids.flatMap((cardId, n) => [
      { cardId, reviewTime: NOW - (n % 400) * 86_400_000 - 3_600_000, rating: 3, stateBefore: 0, duration: 1000 },
      { cardId, reviewTime: NOW - (n % 37) * 86_400_000 - 1_800_000, rating: ((n % 4) + 1) as Rating, stateBefore: 2, duration: 1000 },
    ]);
    store.importReviews(scheduler, history);
    store.answer(scheduler, ids[0]!, 1, NOW - 60_000, 1000);
    store.undo(NOW - 30_000); // undone: counted nowhere
    // Stored reviews superseded by a lower answer at the same time, long before the recent days and
    // in them, in scope and out of it: each set aside, and the lower one counted in its place.
    const superseded = store.importReviews(scheduler, [
      { ...history[2 * 300]!, rating: 1 }, // card 300's first review, 300 days ago
      { ...history[2 * 5 + 1]!, rating: 1 }, // card 5's second review, 5 days ago
      { ...history[2 * 2205 + 1]!, rating: 1 }, // card 2205 (out of scope), 22 days ago
    ]);
    expect(superseded.replaced).toBe(3);
    const inDeck = ids.slice(0, 2200); // 2,200 cards in scope, 2,200 outside: both lists too long to count card by card
    const base = { decks: queueDecksOf(inDeck.map((id) => ({ deck: '큰 덱', card: deckCard(id) }))), deckNames: ['큰 덱'], states: store.cards(), scheduler };
    const fromLog = computeStats({ ...base, reviews: store.reviews() }, NOW);
    const counted = computeStats({ ...base, reviews: store.answerCountsByDay(heatmapDayStarts(scheduler, NOW), new Set(inDeck), RECENT_FROM) }, NOW);
    expect(counted).toEqual(fromLog);
    expect(fromLog.uncountedReviews).toBeGreaterThan(4000);
    expect(fromLog.buttons.again).toBeGreaterThan(0);
    store.close();
  });
});

describe('KeyTable', () => {
  it('keeps every id value it is given, through growing, and knows the ones it was not', () => {
    const table = new KeyTable();
    for (let n = 0; n < 10_000; n++) table.set(n * 2_654_435_761, n);
    expect(table.size).toBe(10_000);
    expect(table.get(9_999 * 2_654_435_761)).toBe(9_999);
    expect(table.get(0)).toBe(0);
    expect(table.get(12_345)).toBe(-1);
    expect(table.get(-1)).toBe(-1); // the mark of an empty slot is no key
    table.set(0, 7);
    expect([table.get(0), table.size]).toEqual([7, 10_000]);
  });
});

describe('the store’s columns of its cards (cardFacts)', () => {
  it('give the statistics its cards give, found by id value or by id, with cards outside the decks left out', async () => {
    const store = ReviewStore.open(join(await tempDir(), 'amgi.sqlite'));
    const own = ['00000000000a', '0123456789ab', 'fedcba987654', 'ffffffffffff', '000000000001'];
    const foreign = 'Anki:1712345678'; // an id imported from elsewhere: found by id, not by value
    for (const [n, id] of [...own, foreign].entries()) {
      for (let answer = 0; answer <= n; answer++) store.answer(scheduler, id, answer % 3 === 0 ? 1 : 3, kst('2024-05-01T09:00:00') + answer * 2 * 86_400_000, 3000);
    }
    store.setSuspended(scheduler, own[2]!, true, kst('2024-05-15T09:00:00'));
    store.answer(scheduler, 'abcabcabcabc', 3, kst('2024-05-14T09:00:00'), 3000); // in no deck
    const deckOf = (name: string, ids: string[], withKeys: boolean): QueueDeck => ({
      name,
      ids,
      ...(withKeys ? { keys: () => hexIdValues(ids.join('')) } : {}),
      entry: (position) => ({ deck: name, card: deckCard(ids[position]!) }),
    });
    const decks = [deckOf('값으로', [own[0]!, own[1]!, own[2]!, 'dddddddddddd'], true), deckOf('문자열로', [own[3]!, own[4]!, foreign], false)];
    const base = { decks, deckNames: ['값으로', '문자열로'], reviews: store.answerCountsByDay(heatmapDayStarts(scheduler, NOW), new CardScope(decks)), scheduler };
    const fromColumns = computeStats({ ...base, states: store.cardFacts() }, NOW);
    expect(fromColumns).toEqual(computeStats({ ...base, states: store.cards() }, NOW));
    expect(fromColumns.counts).toMatchObject({ total: 7, new: 1, suspended: 1 });
    expect(fromColumns.uncountedReviews).toBe(1);
    expect(fromColumns.stability.max).toBeGreaterThan(0);
    store.close();
  });
});

describe('computeStats (hand-computed fixture)', () => {
  const stats = computeStats(input, NOW);

  it('counts cards by state, suspended cards only as suspended', () => {
    // new: a (no row), b (state 0, buried); learning: e; review: c, d, h; relearning: f; suspended: g, i
    expect(stats.date).toBe('2024-05-15');
    expect(stats.decks).toEqual(['네트워크', '운영체제']);
    expect(stats.counts).toEqual({ new: 2, learning: 1, review: 3, relearning: 1, suspended: 2, total: 9 });
  });

  it('forecasts the next 30 study days, overdue cards on today', () => {
    // day 0: c (overdue), e (13:00), f (02:00 next morning); day 1: d (04:30); h is day 36; g suspended
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast[0]).toEqual({ date: '2024-05-15', due: 3 });
    expect(stats.forecast[1]).toEqual({ date: '2024-05-16', due: 1 });
    expect(stats.forecast.slice(2).every((day) => day.due === 0)).toBe(true);
    expect(stats.forecast[29]!.date).toBe('2024-06-13');
  });

  it('counts reviews per study day over the past 365 days', () => {
    expect(stats.heatmap).toEqual([
      { date: '2023-05-17', reviews: 1 },
      { date: '2024-04-15', reviews: 1 },
      { date: '2024-04-16', reviews: 1 },
      { date: '2024-05-01', reviews: 1 },
      { date: '2024-05-10', reviews: 2 },
      { date: '2024-05-12', reviews: 1 },
      { date: '2024-05-14', reviews: 1 },
      { date: '2024-05-15', reviews: 1 },
    ]);
  });

  it('measures true retention over the last 30 days against the desired retention', () => {
    // Review-state answers from 04-16 to 05-15: f passed, g passed, d failed, c passed → 3/4
    expect(stats.recentDays).toBe(30);
    expect(stats.retention).toBe(0.75);
    expect(stats.retentionReviews).toEqual({ passed: 3, failed: 1, total: 4 });
    expect(stats.desiredRetention).toBe(0.9);
  });

  it('counts the answer buttons over the same 30 days, in every state', () => {
    // f Hard, g Good, e Easy, e Again, f Again, d Again, c Good
    expect(stats.buttons).toEqual({ again: 3, hard: 1, good: 2, easy: 1 });
  });

  it('takes median and maximum stability over answered cards, suspended included', () => {
    // c 10, d 30, e 0.5, f 2, g 100, h 50 → 0.5 2 10 | 30 50 100 → median (10 + 30) / 2
    expect(stats.stability).toEqual({ median: 20, max: 100 });
  });

  it('lists leeches (8+ lapses) by lapses, and counts reviews of cards outside the decks', () => {
    expect(stats.leeches).toEqual([
      { id: 'h', deck: '운영체제', front: '앞면 h', lapses: 12, suspended: false },
      { id: 'f', deck: '네트워크', front: cards[5]!.card.front, lapses: 9, suspended: false },
      { id: 'g', deck: '운영체제', front: '앞면 g', lapses: 8, suspended: true },
    ]);
    expect(stats.uncountedReviews).toBe(1);
  });

  it('counts only the chosen decks', () => {
    const os = computeStats({ ...input, decks: queueDecksOf(cards.filter((card) => card.deck === '운영체제')), deckNames: ['운영체제'] }, NOW);
    // g (suspended), h (review), i (suspended); reviews of g and h only
    expect(os.counts).toEqual({ new: 0, learning: 0, review: 1, relearning: 0, suspended: 2, total: 3 });
    expect(os.forecast.every((day) => day.due === 0)).toBe(true);
    expect(os.retentionReviews).toEqual({ passed: 1, failed: 0, total: 1 }); // h's failure is a day too old
    expect(os.stability).toEqual({ median: 75, max: 100 });
    expect(os.uncountedReviews).toBe(8); // 11 reviews: 2 of g and h, 1 (c's) a day before the heatmap's year
  });

  it('gives nulls, not zeros, where nothing can be measured', () => {
    const empty = computeStats({ ...input, states: new Map(), reviews: [] }, NOW);
    expect(empty.counts).toEqual({ new: 9, learning: 0, review: 0, relearning: 0, suspended: 0, total: 9 });
    expect(empty.retention).toBeNull();
    expect(empty.retentionReviews).toEqual({ passed: 0, failed: 0, total: 0 });
    expect(empty.stability).toEqual({ median: null, max: null });
    expect(empty.heatmap).toEqual([]);
    expect(empty.leeches).toEqual([]);
  });
});

function expectFits(lines: readonly string[], width = 80): void {
  const wide = lines.filter((line) => stringWidth(stripVTControlCharacters(line)) > width);
  expect(wide).toEqual([]);
}

describe('renderStats', () => {
  const stats = computeStats(input, NOW);
  const lines = renderStats(stats);

  it('fits 80 columns, Hangul counting two', () => {
    expectFits(lines);
    expect(lines).toContain('  실제 기억률 (true retention): 75.0% (3/4)');
    expect(lines).toContain('  목표 기억률 (desired retention): 90.0% — 목표보다 낮음 (below target)');
    expect(lines).toContain('  중앙값 (median) 20.0일 · 최대 (max) 100.0일');
  });

  it('draws the forecast as bars scaled to the busiest day', () => {
    // 3 due today fills the six rows; 1 due tomorrow is a third: two full rows (16 of 48 eighths)
    const top = lines.findIndex((line) => line.startsWith('  3 │'));
    expect(lines.slice(top, top + 7)).toEqual(['  3 │█', '    │█', '    │█', '    │█', '    │█ █', '    │█ █', `  0 └${'─'.repeat(59)}`]);
    expect(lines[top + 7]).toBe('     오늘          +7            +14           +21           +28');
  });

  it('shades the calendar by quantile, today in the last column', () => {
    // Days with reviews: seven with 1, one with 2. Today (Wednesday) has 1: the lightest shade;
    // Friday 05-10 had 2, more than 7/8 of the days: the darkest. Friday 05-17 is still to come.
    const wednesday = lines.find((line) => line.startsWith('  수 '))!;
    const friday = lines.find((line) => line.startsWith('  금 '))!;
    expect(wednesday.at(-1)).toBe('░');
    expect(friday.at(-1)).toBe('█');
    expect(stringWidth(wednesday)).toBe(5 + 53); // 2024-05-15 is in the 53rd week column from 2023-05-14
    expect(lines).toContain('  · 0  ░ 1  █ 2  (하루 복습 수, reviews a day)');
  });

  it('lists leeches with fronts cut to the line, and columns aligned for Hangul', () => {
    const leechLines = lines.slice(lines.findIndex((line) => line.startsWith('거머리 카드')) + 1);
    expect(leechLines[0]).toBe('  12회  운영체제  앞면 h');
    expect(leechLines[1]!.startsWith('   9회  네트워크  전송 계층에서')).toBe(true);
    expect(leechLines[1]!.endsWith('…')).toBe(true);
    expect(stringWidth(leechLines[1]!)).toBe(80);
    expect(leechLines[2]).toBe('   8회  운영체제  앞면 g (일시 중지)');
  });

  it('notes the reviews of cards outside the decks it left out: of cards in no deck when every deck was chosen', () => {
    expect(lines.at(-1)).toBe('고른 덱에 없는 카드의 복습 1회는 세지 않았습니다 (reviews of other cards)');
    expect(renderStats(stats, { everyDeck: true }).at(-1)).toBe('어느 덱에도 없는 카드의 복습 1회는 세지 않았습니다 (see amgi orphans)');
  });

  it('adds colour without changing a character of the chart', () => {
    const coloured = renderStats(stats, { colors: picocolors.createColors(true) });
    expect(coloured.join('\n')).toContain('\u001b[');
    expect(coloured.map((line) => stripVTControlCharacters(line))).toEqual(lines);
  });

  it('keeps the calendar legend within 80 columns when days have thousands of reviews', () => {
    const busy: ReviewEntry[] = [];
    for (let day = 0; day < 40; day++) {
      for (let n = 0; n < 1000 + day * 250; n++) busy.push({ ...reviews[0]!, id: busy.length + 1, reviewTime: NOW - day * 86_400_000 - n });
    }
    const heavy = renderStats(computeStats({ ...input, reviews: busy }, NOW));
    expectFits(heavy);
    expect(heavy).toContain('  (하루 복습 수, reviews a day)'); // moved to a line of its own
    // Thousands grouped, as every command writes counts (`5,609 reviews`).
    expect(heavy.find((line) => /^ {2}복습 \d/.test(line))).toMatch(/^ {2}복습 \d{1,3}(,\d{3})+회 · 복습한 날 \d+일 · 하루 최다 10,750회$/);
  });

  it('fits 80 columns where ambiguous-width characters (· ─ █ ▒) are drawn two columns wide, the calendar showing the weeks that fit', () => {
    setAmbiguousWidth(2);
    try {
      const wideLines = renderStats(stats);
      const tooWide = wideLines.filter((line) => stringWidth(stripVTControlCharacters(line), { ambiguousIsNarrow: false }) > 80);
      expect(tooWide).toEqual([]);
      expect(wideLines).toContain('지난 37주 복습 기록 (reviews, past 37 weeks)');
      // The calendar's rows line up: every cell is two columns, a day without reviews too.
      const calendar = wideLines.slice(wideLines.indexOf('지난 37주 복습 기록 (reviews, past 37 weeks)') + 2).slice(0, 7);
      expect(calendar.every((row) => stringWidth(row, { ambiguousIsNarrow: false }) <= 5 + 37 * 2)).toBe(true);
      // A bar as long on screen as where blocks are one column: half as many blocks.
      const bar = (rendered: string[]) => rendered.find((line) => line.startsWith('  3 알맞음'))!.replace(/^[^█▏▎▍▌▋▊▉]*/, '');
      expect(bar(wideLines).length).toBeLessThan(bar(lines).length);
    } finally {
      setAmbiguousWidth(1);
    }
  });

  it('says so when there are no reviews yet', () => {
    const empty = renderStats(computeStats({ ...input, states: new Map(), reviews: [] }, NOW));
    expectFits(empty);
    expect(empty).toContain('  아직 복습 기록이 없습니다 (no reviews yet)');
    expect(empty).toContain('  아직 답한 카드가 없습니다 (no card answered yet)');
    expect(empty).toContain('  앞으로 30일 동안 복습할 카드가 없습니다 (nothing due)');
    expect(empty.some((line) => line.includes('NaN') || line.includes('null'))).toBe(false);
  });
});

describe('truncateToWidth', () => {
  it('cuts by display width, never inside a character', () => {
    expect(truncateToWidth('가나다라', 8)).toBe('가나다라');
    expect(truncateToWidth('가나다라', 7)).toBe('가나다…');
    expect(truncateToWidth('가나다라', 6)).toBe('가나…'); // 가나다 would leave no room for …
    expect(truncateToWidth('ab가', 3)).toBe('ab…');
  });
});

describe('displayWidth', () => {
  it('counts plain text directly exactly as string-width does, colour codes included', () => {
    const samples = [
      '', 'TCP 3-way 핸드셰이크', 'ㄱㄴㄷ 자모', '완료 3 · 남음 17 (새 5 · 학습 2 · 복습 10) · 1:05',
      '네트워크 › 전송 계층 — 요약…', 'today’s • ─│└┼', '  월  ·░▒▓█ ▁▂▃▄▅▆▇█ ▀▐▟', picocolors.bold('굵게') + picocolors.dim(' 흐리게'),
      '\x1b[7m반전\x1b[27m', // plain fast path
      '☁️ Café', '한글\u0301', '🇰🇷 국기', 'ｗｉｄｅ', '\ttab', '\x1b[2J지우기', '\u00ad숨은', // string-width's own path
    ];
    for (const text of samples) expect(displayWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
  });
});

// ---- through the real binary ----

const NOTES = {
  'source-notes/네트워크.md': [
    '# 네트워크',
    '## 흐름 제어와 혼잡 제어를 함께 사용하는 TCP 연결에서 재전송 타이머가 만료되었을 때 송신 측이 하는 일',
    '혼잡 윈도를 줄이고 다시 보낸다.',
    '## 슬라이딩 윈도',
    '설명.',
    '## 3-way 핸드셰이크',
    '설명.',
  ].join('\n\n'),
  'source-notes/os.md': ['# OS', '## 교착 상태', '설명.', '## 스케줄링', '설명.', '## 페이징', '설명.', '## 세그먼테이션', '설명.'].join('\n\n'),
};

async function builtProject(): Promise<{ dir: string; ids: Record<string, string> }> {
  const dir = await tempDir();
  await writeFiles(dir, NOTES);
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  const ids: Record<string, string> = {};
  for (const file of ['네트워크.json', 'os.json']) {
    const deck = JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string; front: string }[] };
    for (const card of deck.cards) ids[card.front] = card.id;
  }
  return { dir, ids };
}

/**
 * Answers written straight into the store, on earlier study days between 09:00 and 16:00 (days
 * start at 04:00), so no answer lies near a day boundary.
 */
function answerHistory(dir: string, ids: Record<string, string>): void {
  const scheduler = new Scheduler(DEFAULT_SETTINGS);
  const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
  const dayStart = (daysAgo: number) => startOfStudyDay(scheduler, Date.now()) - daysAgo * 86_400_000;
  const answerOn = (daysAgo: number, id: string, ratings: Rating[]) =>
    ratings.forEach((rating, n) => store.answer(scheduler, id, rating, dayStart(daysAgo) + 5 * 3_600_000 + n * 20 * 60_000, 4000));
  const lapses = (count: number): Rating[] => [4, ...Array.from({ length: count }, (): Rating[] => [1, 3]).flat()];
  try {
    const longFront = Object.keys(ids).find((front) => front.startsWith('흐름 제어'))!;
    answerOn(10, ids['슬라이딩 윈도']!, [4]);
    answerOn(5, ids[longFront]!, lapses(8)); // Easy, then Again + Good 8 times: 17 answers
    answerOn(4, ids['교착 상태']!, lapses(9)); // 19 answers
    answerOn(3, ids['슬라이딩 윈도']!, [3]);
    answerOn(2, ids['슬라이딩 윈도']!, [2]);
    answerOn(1, ids['3-way 핸드셰이크']!, [1]);
    answerOn(1, ids['스케줄링']!, [3]);
    store.setSuspended(scheduler, ids['페이징']!, true, Date.now());
    // The fixture is what the test thinks it is: leeches are back in Review with their lapses.
    expect([store.card(ids[longFront]!)!.lapses, store.card(ids[longFront]!)!.state]).toEqual([8, 2]);
    expect([store.card(ids['교착 상태']!)!.lapses, store.card(ids['교착 상태']!)!.state]).toEqual([9, 2]);
  } finally {
    store.close();
  }
}

/** The local date of an instant on a study day that starts at 04:00 (as YYYY-MM-DD, Swedish style). */
const localStudyDate = (ms: number) => new Date(ms - 4 * 3_600_000).toLocaleDateString('sv-SE');

async function statsJson(dir: string, ...args: string[]): Promise<ReviewStats> {
  const result = await runAmgi(['stats', '--json', ...args], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReviewStats;
}

describe('amgi stats', () => {
  it('gives numbers that match the answers given', async () => {
    const { dir, ids } = await builtProject();
    answerHistory(dir, ids);
    const stats = await statsJson(dir);
    expect(stats.decks).toEqual(['OS', '네트워크']);
    // review: both leeches and 슬라이딩 윈도; learning: 3-way (Again), 스케줄링 (Good); 페이징 suspended; 세그먼테이션 new
    expect(stats.counts).toEqual({ new: 1, learning: 2, review: 3, relearning: 0, suspended: 1, total: 7 });
    // Review-state answers: 8 + 9 Agains of the leeches; Good and Hard on 슬라이딩 윈도 → 2 / 19
    expect(stats.retentionReviews).toEqual({ passed: 2, failed: 17, total: 19 });
    expect(stats.retention).toBeCloseTo(2 / 19, 10);
    // again 8 + 9 + 1; hard 1; good 8 + 9 + 1 + 1; easy 1 + 1 + 1
    expect(stats.buttons).toEqual({ again: 18, hard: 1, good: 19, easy: 3 });
    const day = (daysAgo: number) => localStudyDate(Date.now() - daysAgo * 86_400_000);
    expect(stats.date).toBe(day(0));
    expect(stats.heatmap).toEqual([
      { date: day(10), reviews: 1 },
      { date: day(5), reviews: 17 },
      { date: day(4), reviews: 19 },
      { date: day(3), reviews: 1 },
      { date: day(2), reviews: 1 },
      { date: day(1), reviews: 2 },
    ]);
    expect(stats.leeches.map(({ deck, lapses, suspended }) => ({ deck, lapses, suspended }))).toEqual([
      { deck: 'OS', lapses: 9, suspended: false },
      { deck: '네트워크', lapses: 8, suspended: false },
    ]);
    expect(stats.leeches[0]!.front).toBe('교착 상태');
    // The learning cards were due minutes after yesterday's answers: overdue, so today.
    expect(stats.forecast[0]!.due).toBeGreaterThanOrEqual(2);
    expect(stats.forecast.map((entry) => entry.date).slice(0, 2)).toEqual([day(0), localStudyDate(Date.now() + 86_400_000)]);
    expect(stats.stability.median).toBeGreaterThan(0);
    expect(stats.stability.max).toBeGreaterThanOrEqual(stats.stability.median!);
    expect(stats.uncountedReviews).toBe(0);
    expect(stats.desiredRetention).toBe(0.9);

    const os = await statsJson(dir, 'os');
    expect(os.decks).toEqual(['OS']);
    expect(os.counts.total).toBe(4);
    expect(os.uncountedReviews).toBe(3 + 17 + 1); // the 네트워크 cards: 슬라이딩 윈도, the leech, 3-way
  });

  it('prints charts within 80 columns, with leeches aligned for Hangul', async () => {
    const { dir, ids } = await builtProject();
    answerHistory(dir, ids);
    const result = await runAmgi(['stats'], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expectFits(lines);
    expect(result.stdout).not.toContain('\u001b['); // not a terminal: no colour
    expect(lines).toContain('  실제 기억률 (true retention): 10.5% (2/19)');
    expect(lines).toContain('  3 알맞음 (good)  19   46.3%  █████████████▉');
    const leeches = lines.filter((line) => /^ {2}[89]회 /.test(line));
    expect(leeches[0]).toBe('  9회  OS        교착 상태');
    expect(leeches[1]!.startsWith('  8회  네트워크  흐름 제어와 혼잡 제어를')).toBe(true);
    expect(leeches[1]!.endsWith('…')).toBe(true);
  });

  it('says whose reviews it left out: other decks\' when decks are named, cards in no deck\' when none is', async () => {
    const { dir, ids } = await builtProject();
    answerHistory(dir, ids);
    const os = await runAmgi(['stats', 'os'], { cwd: dir });
    expect(os.stdout.trimEnd().split('\n').at(-1)).toBe('고른 덱에 없는 카드의 복습 21회는 세지 않았습니다 (reviews of other cards)');
    expect((await runAmgi(['stats'], { cwd: dir })).stdout).not.toContain('세지 않았습니다'); // every reviewed card is in a deck
    await rm(join(dir, 'source-notes', '네트워크.md'));
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const every = await runAmgi(['stats'], { cwd: dir });
    expect(every.stdout.trimEnd().split('\n').at(-1)).toBe('어느 덱에도 없는 카드의 복습 21회는 세지 않았습니다 (see amgi orphans)');
  });

  it('never creates a store, and says there is nothing yet', async () => {
    const { dir } = await builtProject();
    const plain = await runAmgi(['stats'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('아직 복습 기록이 없습니다 (no reviews yet)');
    const stats = await statsJson(dir);
    expect(stats.counts).toEqual({ new: 7, learning: 0, review: 0, relearning: 0, suspended: 0, total: 7 });
    expect([stats.retention, stats.stability, stats.heatmap]).toEqual([null, { median: null, max: null }, []]);
    expect(existsSync(join(dir, 'decks', 'amgi.sqlite'))).toBe(false);
  });

  it('names the decks there are when asked for one that is not', async () => {
    const { dir } = await builtProject();
    const result = await runAmgi(['stats', '없는덱'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no deck named "없는덱"');
    expect(result.stderr).toContain('  네트워크  (네트워크)');
    expect(result.stdout).toBe('');
  });

  it('takes a deck named twice as one deck', async () => {
    const { dir } = await builtProject();
    const result = await runAmgi(['stats', '--json', '네트워크', '네트워크'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).decks).toEqual(['네트워크']);
  });
});

describe('displayWidth', () => {
  it('counts like string-width: Hangul two columns, ASCII one, anything else by string-width', async () => {
    const { displayWidth } = await import('../src/util/columns.js');
    for (const text of ['', 'abc 123', '네트워크', '가나 ab 다', 'ㄱㄴ', '한글\u0301', 'é', '😀 이모지', '中文', '\u1100\u1161']) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
