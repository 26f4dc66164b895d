import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { computeParameters, convertCsvToFsrsItems, FSRSBinding } from '@open-spaced-repetition/binding';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fitLog, isValidItem, trainingItems, type HistoryReview } from '../src/schedule/fsrs-items.js';
import { DEFAULT_SETTINGS, DEFAULT_WEIGHTS, Scheduler } from '../src/schedule/fsrs.js';
import { recomputeCard, recomputeStates } from '../src/schedule/optimize.js';
import { runOptimizer } from '../src/schedule/optimizer.js';
import { formatReviewLog } from '../src/store/review-log-csv.js';
import { ReviewStore } from '../src/store/store.js';
import { runAmgi, tempDir, writeFiles } from './helpers.js';
import { SEOUL, SEOUL_TZ, simulate, TRUE_WEIGHTS } from './synthetic.js';

const env = { TZ: SEOUL_TZ };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A project whose store holds a synthetic learner's history, imported through the CLI. */
async function learner(cards: number, seed: number): Promise<string> {
  const dir = await tempDir();
  const history = simulate({ cards, start: Date.UTC(2026, 0, 1), days: 180, newPerDay: 10, seed });
  await writeFiles(dir, { 'decks/.keep': '', 'history.csv': formatReviewLog(history) });
  expect((await runAmgi(['log', 'import', 'history.csv'], { cwd: dir, env })).code).toBe(0);
  return dir;
}

async function optimizeJson(dir: string, ...flags: string[]) {
  const result = await runAmgi(['optimize', '--json', ...flags], { cwd: dir, env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('training items', () => {
  // Seoul time; a study day starts at 04:00.
  const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
  const at = (day: number, hour: number) => Date.UTC(2026, 2, day, hour - 9);
  const review = (time: number, rating: 1 | 2 | 3 | 4, stateBefore: 0 | 1 | 2 | 3): HistoryReview => ({ cardId: 'c', reviewTime: time, rating, stateBefore });

  it('makes one item per review on a later study day, counting days from 04:00 local time', () => {
    const { items } = trainingItems(
      [
        review(at(1, 22), 3, 0),
        review(at(2, 2), 3, 1), // 02:00 the next morning: still the same study day
        review(at(4, 10), 3, 2),
        review(at(4, 11), 1, 2), // same day again: informs, but is not an item of its own
        review(at(9, 10), 3, 3),
      ],
      (ms) => scheduler.studyDay(ms),
    );
    expect(items).toEqual([
      [[3, 0], [3, 0], [3, 3]],
      [[3, 0], [3, 0], [3, 3], [1, 0], [3, 5]],
    ]);
  });

  it('starts a card’s history at its last run of learning answers', () => {
    const { items } = trainingItems(
      [review(at(1, 10), 3, 0), review(at(5, 10), 3, 2), review(at(6, 10), 3, 0), review(at(8, 10), 4, 2)],
      (ms) => scheduler.studyDay(ms),
    );
    expect(items).toEqual([[[3, 0], [4, 2]]]);
  });

  it('knows which items the optimizer would abort on', () => {
    expect(isValidItem([[3, 0], [3, 2]])).toBe(true);
    expect(isValidItem([[3, 0], [3, 0]])).toBe(false); // no review on a later day
    expect(isValidItem([[3, 1], [3, 2]])).toBe(false);
    expect(isValidItem([[5, 0], [3, 2]])).toBe(false);
    expect(isValidItem([])).toBe(false);
  });
});

describe('amgi optimize', () => {
  it('fits a synthetic learner better than the defaults, adopts the fit and recomputes memory states', async () => {
    const dir = await learner(600, 3);
    const storePath = join(dir, 'decks', 'amgi.sqlite');
    const before = ReviewStore.open(storePath);
    const cardsBefore = before.cards();
    before.close();

    const report = await optimizeJson(dir);
    expect(Object.keys(report).slice(0, 6)).toEqual(['parameters', 'logLossBefore', 'logLossAfter', 'rmseBefore', 'rmseAfter', 'adopted']);
    expect(report.parameters).toHaveLength(21);
    expect(report.logLossAfter).toBeLessThan(report.logLossBefore);
    expect(report.rmseAfter).toBeLessThan(report.rmseBefore);
    expect(report.adopted).toBe(true);
    expect(report.defaultsReturned).toBe(false);
    // The learner forgets much faster than FSRS's default learner: the fit finds a lower first stability after "Good".
    expect(report.parameters[2]).toBeLessThan(DEFAULT_WEIGHTS[2]! / 2);
    expect(Math.abs(report.parameters[2] - TRUE_WEIGHTS[2]!)).toBeLessThan(Math.abs(DEFAULT_WEIGHTS[2]! - TRUE_WEIGHTS[2]!));

    const after = ReviewStore.open(storePath);
    expect(after.parameters()?.weights).toEqual(report.parameters);
    const cardsAfter = after.cards();
    after.close();
    expect(report.cardsRecomputed).toBe(cardsBefore.size);
    const card = cardsBefore.get('syn-00000')!;
    expect(cardsAfter.get('syn-00000')!.stability).not.toBeCloseTo(card.stability, 3);
    expect(cardsAfter.get('syn-00000')!.due).toBe(card.due); // memory state only; due dates stay
    expect(cardsAfter.get('syn-00000')!.reps).toBe(card.reps);

    // Fitting the same reviews again gives the same parameters: nothing better, nothing adopted.
    const again = await optimizeJson(dir);
    expect(again.adopted).toBe(false);
    expect(again.logLossBefore).toBeCloseTo(report.logLossAfter, 6);
  }, 60_000);

  it('changes nothing with --dry-run, and moves due dates only with --reschedule', async () => {
    const dir = await learner(150, 5);
    const storePath = join(dir, 'decks', 'amgi.sqlite');
    const dry = await optimizeJson(dir, '--dry-run', '--force');
    expect(dry.adopted).toBe(false);
    expect(dry.dryRun).toBe(true);
    let store = ReviewStore.open(storePath);
    expect(store.parameters()).toBeUndefined();
    const before = store.cards();
    store.close();

    const forced = await optimizeJson(dir, '--force', '--reschedule');
    expect(forced.adopted).toBe(true);
    store = ReviewStore.open(storePath);
    const after = store.cards();
    store.close();
    const moved = [...after.values()].filter((card) => card.due !== before.get(card.id)!.due);
    expect(moved.length).toBeGreaterThan(0);
  }, 60_000);

  it('prints the comparison, the decision and a warning about few reviews', async () => {
    const dir = await learner(50, 8);
    const result = await runAmgi(['optimize'], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: only \d+ reviews; FSRS needs about 1,000/);
    expect(result.stdout).toMatch(/ {2}log loss {5}0\.\d{4} {4}0\.\d{4}/);
    expect(result.stdout).toMatch(/Adopted|Kept the parameters in use/);
    expect(result.stdout).toMatch(/Parameters now in use:|Fitted parameters \(not adopted\):/);
  }, 60_000);

  it('says there is nothing to learn from before any card was reviewed on a later day', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'decks/.keep': '' });
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    const now = Date.now();
    store.answer(new Scheduler(DEFAULT_SETTINGS), 'card', 3, now - 60_000, 1000);
    store.close();
    const result = await runAmgi(['optimize'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('amgi: nothing to learn from yet: FSRS fits your memory from cards answered again on a later day, and your one review is not such.');
    // Before any review at all, it says so, not "none of your 0 reviews"; no store is made to say it.
    const fresh = await tempDir();
    await writeFiles(fresh, { 'decks/.keep': '' });
    const none = await runAmgi(['optimize', '--dry-run'], { cwd: fresh, env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('and you have no reviews yet. Review for a few weeks');
    expect(existsSync(join(fresh, 'decks', 'amgi.sqlite'))).toBe(false);
  });

  it('fits exactly what fsrs-rs fits to the same log through its own converter', async () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const history = simulate({ cards: 300, start: Date.UTC(2026, 0, 1), days: 120, newPerDay: 10, seed: 21 });
    // Twins answer at the same instants with other ratings: their items tie on time with different
    // reviews, and the order of card numbers as text ("301" before "91") decides between them.
    const twins = history.filter(({ cardId }) => cardId >= 'syn-00090' && cardId < 'syn-00100').map((review) => ({ ...review, cardId: `twin-${review.cardId}`, rating: review.rating === 3 ? (2 as const) : review.rating }));
    const byCard = [...history, ...twins].sort((a, b) => (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : a.reviewTime - b.reviewTime));
    const log = fitLog(byCard, scheduler);
    const current = [...DEFAULT_WEIGHTS];
    const fit = await runOptimizer({ current, numRelearningSteps: 1 }, () => {}, log.csv);

    const items = convertCsvToFsrsItems(Buffer.concat(log.csv), 0, 'UTC', () => 0);
    const parameters = await computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1 });
    expect(fit.parameters).toEqual(parameters);
    expect(fit.before.logLoss).toBe(new FSRSBinding(current).evaluate(items).logLoss);
    expect(fit.after.logLoss).toBe(new FSRSBinding(parameters).evaluate(items).logLoss);
  }, 60_000);

  it('survives the optimizer aborting in native code', async () => {
    // An item with no review on a later day makes fsrs-rs panic, which aborts its process.
    await expect(runOptimizer({ items: [[[3, 0], [3, 0]]], current: [...DEFAULT_WEIGHTS], numRelearningSteps: 1 })).rejects.toThrow(
      /the FSRS optimizer failed \((signal SIGABRT|exit code \d+)/,
    );
  });

  it('reviews are then scheduled with the adopted parameters', async () => {
    const dir = await learner(150, 9);
    await optimizeJson(dir, '--force');
    const { openStore } = await import('../src/review/session-data.js');
    const session = openStore({ decksDir: join(dir, 'decks') });
    try {
      expect(session.scheduler.settings.weights).toEqual(session.store.parameters()!.weights);
      expect(session.scheduler.settings.weights).not.toEqual(DEFAULT_SETTINGS.weights);
    } finally {
      session.store.close();
    }
  }, 60_000);
});

describe('amgi optimize, when things go wrong', () => {
  it('leaves out cards whose history has no first answer, as fsrs-rs does', () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const t = Date.UTC(2026, 2, 1, 3);
    const reviews: HistoryReview[] = [0, 5, 20].map((day) => ({ cardId: 'migrated', reviewTime: t + day * DAY, rating: 3, stateBefore: 2 }));
    expect(trainingItems(reviews, (ms) => scheduler.studyDay(ms)).items).toEqual([]);
  });

  it('says there are too few reviews when the optimizer’s own filter leaves too little', async () => {
    const dir = await tempDir();
    const history = simulate({ cards: 20, start: Date.UTC(2026, 0, 1), days: 20, newPerDay: 10, seed: 4 });
    await writeFiles(dir, { 'decks/.keep': '', 'h.csv': formatReviewLog(history) });
    await runAmgi(['log', 'import', 'h.csv'], { cwd: dir, env });
    const result = await runAmgi(['optimize'], { cwd: dir, env });
    expect(result.stderr).toContain('too few reviews for the FSRS optimizer');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('internal error');
  });

  it('ignores output on the optimizer’s channel that is not its own', async () => {
    const dir = await learner(150, 12);
    const noisy = { ...env, NODE_OPTIONS: `--import data:text/javascript,${encodeURIComponent("process.stdout.write('hello from a preloaded module\\n')")}` };
    const result = await runAmgi(['optimize'], { cwd: dir, env: noisy });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Adopted|Kept the parameters in use/);
  }, 60_000);
});

describe('adopting parameters', () => {
  it('recomputes every reviewed card, keeps flags set before or during the plan, and gives a card without a row one', async () => {
    const path = join(await tempDir(), 'amgi.sqlite');
    const store = ReviewStore.open(path);
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const history = simulate({ cards: 30, start: Date.UTC(2026, 0, 1), days: 60, newPerDay: 5, seed: 3 });
    store.importReviews(scheduler, history);
    const [suspended, buried, rowless, suspendedMeanwhile] = [...new Set(history.map((review) => review.cardId))];
    store.setSuspended(scheduler, suspended!, true, Date.UTC(2026, 2, 1));
    store.bury(scheduler, buried!, scheduler.studyDay(Date.UTC(2026, 2, 1)) + 1, Date.UTC(2026, 2, 1));
    // Its reviews stay, its row is gone (as an older amgi's undone bury of a card answered elsewhere left it).
    const older = new Database(path);
    older.prepare('DELETE FROM cards WHERE id = ?').run(rowless!);
    older.close();
    const before = store.cards();
    expect(before.has(rowless!)).toBe(false);

    const adopted = new Scheduler({ ...DEFAULT_SETTINGS, weights: TRUE_WEIGHTS }, SEOUL);
    const expected = recomputeStates(before, history.map((review, id) => ({ ...review, id, elapsedDays: 0, scheduledDays: 0 })), adopted, { keepDue: true });
    const elsewhere = ReviewStore.open(path); // a review session, suspending a card while the plan runs
    let planned = 0;
    const saved = store.adoptParameters({ weights: TRUE_WEIGHTS, adoptedAt: Date.UTC(2026, 2, 2), reviews: history.length }, (cardId, stored, reviews) => {
      if (planned++ === 0) elsewhere.setSuspended(scheduler, suspendedMeanwhile!, true, Date.UTC(2026, 2, 2));
      return recomputeCard(cardId, stored, reviews, adopted, { keepDue: true });
    });
    elsewhere.close();
    expect(saved).toBe(expected.length);
    const after = store.cards();
    for (const card of expected) {
      const flags = card.id === suspendedMeanwhile ? { suspended: true } : {};
      expect(after.get(card.id), card.id).toEqual({ ...card, ...flags });
    }
    expect(after.get(suspended!)).toMatchObject({ suspended: true });
    expect(after.get(buried!)?.buriedUntilDay).toBe(scheduler.studyDay(Date.UTC(2026, 2, 1)) + 1);
    expect(after.get(rowless!)).toMatchObject({ suspended: false, reps: history.filter((review) => review.cardId === rowless).length });
    expect(after.get(suspendedMeanwhile!)).toMatchObject({ suspended: true });
    store.close();
  });
  it('plans again inside the write when an answer comes in while the plan runs, so that answer is counted', async () => {
    const path = join(await tempDir(), 'amgi.sqlite');
    const store = ReviewStore.open(path);
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const history = simulate({ cards: 10, start: Date.UTC(2026, 0, 1), days: 30, newPerDay: 5, seed: 5 });
    store.importReviews(scheduler, history);
    const answered = history[0]!.cardId;
    const adopted = new Scheduler({ ...DEFAULT_SETTINGS, weights: TRUE_WEIGHTS }, SEOUL);
    const elsewhere = ReviewStore.open(path);
    let plans = 0;
    store.adoptParameters({ weights: TRUE_WEIGHTS, adoptedAt: Date.UTC(2026, 2, 2), reviews: history.length }, (cardId, stored, reviews) => {
      if (plans++ === 0) elsewhere.answer(scheduler, answered, 3, Date.UTC(2026, 2, 1), 1000);
      return recomputeCard(cardId, stored, reviews, adopted, { keepDue: true });
    });
    elsewhere.close();
    const reviews = store.reviews(answered);
    expect(reviews).toHaveLength(history.filter((review) => review.cardId === answered).length + 1);
    const expected = recomputeCard(answered, undefined, reviews, adopted, { keepDue: false });
    expect(store.card(answered)).toMatchObject({ stability: expected.stability, difficulty: expected.difficulty, reps: reviews.length });
    store.close();
  });
});
