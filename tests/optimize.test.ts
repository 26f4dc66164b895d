import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { computeParameters, convertCsvToFsrsItems, FSRSBinding } from '@open-spaced-repetition/binding';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fitLog, isValidItem, trainingItems, type FitBudget, type HistoryReview } from '../src/schedule/fsrs-items.js';
import { DEFAULT_SETTINGS, DEFAULT_WEIGHTS, Scheduler } from '../src/schedule/fsrs.js';
import { recomputeCard, recomputeStates } from '../src/schedule/optimize.js';
import { childMemoryBudget, runOptimizer } from '../src/schedule/optimizer.js';
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
    // A log this small is fitted whole.
    expect(report).toMatchObject({ sampled: false, reviewsFitted: report.reviews, itemsFitted: report.items, cardsFitted: report.cards });
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

describe('a large log, fitted on a sample of its cards', () => {
  const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
  const history = simulate({ cards: 200, start: Date.UTC(2026, 0, 1), days: 90, newPerDay: 10, seed: 31 });
  const byCard = [...history].sort((a, b) => (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : a.reviewTime - b.reviewTime));
  /** Each item costs 1: a budget is a number of items. */
  const items = (budget: number): FitBudget => ({ budget, cost: (count) => count });
  /** fitLog's CSV lines by card number. */
  const cardsOf = (csv: readonly Buffer[]) => {
    const lines = new Map<string, string[]>();
    for (const line of Buffer.concat(csv).toString('latin1').trim().split('\n').slice(1)) {
      const card = line.slice(0, line.indexOf(','));
      lines.set(card, [...(lines.get(card) ?? []), line]);
    }
    return lines;
  };

  it('keeps whole cards, as many as the budget holds, the same ones every time', () => {
    const whole = fitLog(byCard, scheduler);
    const sample = fitLog(byCard, scheduler, items(whole.items / 2));
    expect({ reviews: sample.reviews, items: sample.items, cards: sample.cards }).toEqual({ reviews: whole.reviews, items: whole.items, cards: whole.cards });
    expect(sample.fitted.sampled).toBe(true);
    expect(sample.fitted.items).toBeLessThanOrEqual(whole.items / 2);
    expect(sample.fitted.items).toBeGreaterThan(whole.items / 2 - 40);

    const all = cardsOf(whole.csv);
    const kept = cardsOf(sample.csv);
    expect(kept.size).toBe(sample.fitted.cards);
    for (const [card, lines] of kept) expect(lines, `card ${card}`).toEqual(all.get(card));
    const leftOut = [...all].filter(([card]) => !kept.has(card)).reduce((sum, [, lines]) => sum + lines.length, 0);
    expect(sample.fitted.reviews).toBe(whole.reviews - leftOut);
    // Not the first cards by id: cards from all over the log.
    const numbers = [...kept.keys()].map(Number);
    expect(Math.min(...numbers)).toBeLessThan(whole.cards / 4);
    expect(Math.max(...numbers)).toBeGreaterThan((3 * whole.cards) / 4);

    expect(Buffer.concat(fitLog(byCard, scheduler, items(whole.items / 2)).csv)).toEqual(Buffer.concat(sample.csv));
    // A larger budget keeps the same cards and more.
    const larger = cardsOf(fitLog(byCard, scheduler, items((3 * whole.items) / 4)).csv);
    expect(larger.size).toBeGreaterThan(kept.size);
    for (const card of kept.keys()) expect(larger.has(card), `card ${card}`).toBe(true);
  });

  it('takes no sample when the whole log fits the budget', () => {
    const whole = fitLog(byCard, scheduler);
    const within = fitLog(byCard, scheduler, items(whole.items));
    expect(within.fitted).toEqual({ reviews: whole.reviews, items: whole.items, cards: whole.cards, sampled: false });
    expect(Buffer.concat(within.csv)).toEqual(Buffer.concat(whole.csv));
  });

  it('says so, fits the same sample every run, scores both parameter sets on it, and fits on all with --all-reviews', async () => {
    const dir = await learner(300, 17);
    // 0.5 MB over the part of the child that does not grow with the log: about a fifth of these cards.
    const small = { ...env, AMGI_OPTIMIZE_MEMORY_MB: '60.5' };
    const run = async (...flags: string[]) => {
      const result = await runAmgi(['optimize', '--dry-run', ...flags], { cwd: dir, env: small });
      expect(result.code, result.stderr).toBe(0);
      return result;
    };
    const first = JSON.parse((await run('--json')).stdout);
    expect(first.sampled).toBe(true);
    expect(first.cardsFitted).toBeGreaterThan(0);
    expect(first.cardsFitted).toBeLessThan(first.cards / 2);
    expect(first.itemsFitted).toBeLessThan(first.items / 2);
    expect(first.reviewsFitted).toBeLessThan(first.reviews / 2);
    expect(first.logLossAfter).toBeLessThan(first.logLossBefore);
    // RMSE (bins) can differ in its 8th digit from run to run: fsrs-rs sums its bins in hash-map order.
    const { rmseBefore, rmseAfter, ...same } = JSON.parse((await run('--json')).stdout);
    expect(same).toEqual({ ...first, rmseBefore: undefined, rmseAfter: undefined });
    expect(rmseBefore).toBeCloseTo(first.rmseBefore, 6);
    expect(rmseAfter).toBeCloseTo(first.rmseAfter, 6);

    // Before and after are scored on the same items: the sample's.
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    const sample = fitLog(store.reviewsByCard(), new Scheduler(DEFAULT_SETTINGS, SEOUL), childMemoryBudget(60.5));
    store.close();
    expect(sample.fitted).toEqual({ reviews: first.reviewsFitted, items: first.itemsFitted, cards: first.cardsFitted, sampled: true });
    const sampleItems = convertCsvToFsrsItems(Buffer.concat(sample.csv), 0, 'UTC', () => 0);
    expect(first.logLossBefore).toBe(new FSRSBinding([...DEFAULT_WEIGHTS]).evaluate(sampleItems).logLoss);
    expect(first.logLossAfter).toBe(new FSRSBinding(first.parameters).evaluate(sampleItems).logLoss);

    const text = await run();
    expect(text.stdout).toContain(
      `Fitted to ${first.itemsFitted.toLocaleString('en')} items from ${first.cardsFitted} of ${first.cards} cards (${first.reviewsFitted.toLocaleString('en')} of ${first.reviews.toLocaleString('en')} reviews).`,
    );
    expect(text.stdout).toContain('All of them would take the optimizer over about 60.5 MB, so it fitted a sample of whole cards');
    expect(text.stdout).toContain('--all-reviews fits on every review.');
    expect(text.stderr).toContain(`Fitting FSRS parameters to ${first.itemsFitted.toLocaleString('en')} items from ${first.reviewsFitted.toLocaleString('en')} of ${first.reviews.toLocaleString('en')} reviews (a sample of cards)…`);

    const all = JSON.parse((await run('--json', '--all-reviews')).stdout);
    expect(all).toMatchObject({ sampled: false, reviews: first.reviews, reviewsFitted: first.reviews, itemsFitted: first.items, cardsFitted: first.cards });
    expect(all.parameters).not.toEqual(first.parameters);
    const plain = await run('--all-reviews');
    expect(plain.stdout).toContain(`Fitted to ${first.items.toLocaleString('en')} items from ${first.cards} cards (${first.reviews.toLocaleString('en')} reviews).`);
    expect(plain.stdout).not.toContain('sample');
  }, 60_000);

  it('refuses a memory target that is not a number of megabytes', async () => {
    const dir = await learner(20, 2);
    for (const value of ['lots', '0', '-5']) {
      const result = await runAmgi(['optimize', '--dry-run'], { cwd: dir, env: { ...env, AMGI_OPTIMIZE_MEMORY_MB: value } });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`amgi: AMGI_OPTIMIZE_MEMORY_MB must be a number of megabytes, such as 250; it is "${value}".\n`);
    }
  });
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
