/** `amgi export --format apkg --with-progress`, end to end: answers in the store → cards and revlog in the package. */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Scheduler } from '../src/schedule/fsrs.js';
import { ReviewStore } from '../src/store/store.js';
import { runAmgi, tempDir, writeFiles } from './helpers.js';

const NOTE = `# 네트워크 기초

> 방화벽

트래픽을 규칙에 따라 걸러냅니다.

> 라우터

패킷을 다른 네트워크로 보냅니다.

> 스위치

같은 네트워크 안에서 프레임을 전달합니다.

> 허브

받은 신호를 모든 포트로 보냅니다.
`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface CardRow {
  id: number;
  mod: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}
interface RevlogRow {
  id: number;
  cid: number;
  usn: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** The package's collection: col, and each amgi card's Anki card and revlog rows (by amgi card id). */
async function readPackage(path: string) {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const file = join(await tempDir(), 'collection.anki2');
  await writeFile(file, files['collection.anki2']!);
  const db = new Database(file, { readonly: true });
  try {
    const col = db.prepare('SELECT crt, conf FROM col').get() as { crt: number; conf: string };
    const cards = db.prepare('SELECT cards.*, notes.guid FROM cards JOIN notes ON notes.id = cards.nid').all() as (CardRow & { guid: string })[];
    const revlog = db.prepare('SELECT * FROM revlog ORDER BY id').all() as RevlogRow[];
    const cardOf = (cardId: string) => cards.find((card) => card.guid.endsWith(`-${cardId}`))!;
    const reviewsOf = (cardId: string) => revlog.filter((row) => row.cid === cardOf(cardId).id);
    return { crt: col.crt, conf: JSON.parse(col.conf) as Record<string, unknown>, cards, revlog, cardOf, reviewsOf };
  } finally {
    db.close();
  }
}

/**
 * A built project whose store holds: a review card (three answers, plus one undone), a suspended
 * card answered at the same instants as the first, a card relearning after a lapse an hour ago,
 * and a card never reviewed. Times are real, in this machine's time zone, as the binary sees them.
 */
async function reviewedProject() {
  const dir = await tempDir();
  await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  const deck = JSON.parse(await readFile(join(dir, 'decks', '네트워크.json'), 'utf8')) as { cards: { id: string }[] };
  const [review, suspended, relearning, untouched] = deck.cards.map((card) => card.id) as [string, string, string, string];
  const scheduler = new Scheduler(DEFAULT_SETTINGS);
  const now = Date.now();
  const t0 = now - 20 * DAY;
  const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
  try {
    store.answer(scheduler, review, 3, t0, 4000);
    store.answer(scheduler, suspended, 3, t0, 3000);
    store.answer(scheduler, review, 3, t0 + 10 * MINUTE, 90_000); // over Anki's 60-second cap
    store.answer(scheduler, suspended, 3, t0 + 10 * MINUTE, 3000);
    const due = store.card(review)!.due;
    store.answer(scheduler, review, 3, due, 5000);
    store.answer(scheduler, review, 1, due + MINUTE, 1000);
    store.undo(due + 2 * MINUTE);
    store.setSuspended(scheduler, suspended, true, t0 + 11 * MINUTE);
    store.answer(scheduler, relearning, 3, now - 5 * DAY, 2000);
    store.answer(scheduler, relearning, 3, now - 5 * DAY + 10 * MINUTE, 2000);
    store.answer(scheduler, relearning, 1, now - HOUR, 2000);
    const stored = { review: store.card(review)!, suspended: store.card(suspended)!, relearning: store.card(relearning)! };
    return { dir, scheduler, t0, ids: { review, suspended, relearning, untouched }, stored };
  } finally {
    store.close();
  }
}

describe('amgi export --format apkg --with-progress', () => {
  it('carries card states and the review log into the package', async () => {
    const { dir, scheduler, t0, ids, stored } = await reviewedProject();
    const result = await runAmgi(['export', '--format', 'apkg', '--with-progress'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(4 notes; progress: 3 reviewed cards, 8 reviews)');
    expect(result.stdout).toContain('tick "Import any learning progress"');
    expect(result.stdout).toContain('Notes already in your Anki collection keep their existing Anki schedule');
    const pkg = await readPackage(join(dir, 'decks', '네트워크.apkg'));

    // The collection starts at the start of the study day of the first answer; Anki counts days as amgi does.
    const firstDay = scheduler.studyDay(t0);
    expect(pkg.crt * 1000).toBe(scheduler.studyDayStart(firstDay));
    expect(pkg.conf).toMatchObject({ schedVer: 2, rollover: 4, creationOffset: new Date(pkg.crt * 1000).getTimezoneOffset() });
    const dueDay = (ms: number) => scheduler.studyDay(ms) - firstDay;

    const review = pkg.cardOf(ids.review);
    expect(review).toMatchObject({ type: 2, queue: 2, due: dueDay(stored.review.due), ivl: stored.review.scheduledDays, factor: 2500, reps: 3, lapses: 0, left: 0 });
    expect(stored.review.state).toBe(2);
    expect(JSON.parse(review.data)).toEqual({
      s: Math.round(stored.review.stability * 1e4) / 1e4,
      d: Math.round(stored.review.difficulty * 1e4) / 1e4,
      dr: 0.9,
      decay: DEFAULT_SETTINGS.weights[20],
      lrt: Math.floor(stored.review.lastReview! / 1000),
    });
    expect(pkg.cardOf(ids.suspended)).toMatchObject({ type: 2, queue: -1, due: dueDay(stored.suspended.due), reps: 2 });
    // Relearning: a review card due on its due day (the 10-minute step's day), with an interval of a day.
    expect(stored.relearning.state).toBe(3);
    expect(pkg.cardOf(ids.relearning)).toMatchObject({ type: 2, queue: 2, due: dueDay(stored.relearning.due), ivl: 1, reps: 3, lapses: 1 });
    expect(pkg.cardOf(ids.untouched)).toMatchObject({ type: 0, queue: 0, due: 4, ivl: 0, reps: 0, data: '' });
    expect(pkg.cards.filter((card) => card.type === 2).every((card) => card.due >= 0)).toBe(true);

    // One row per answer that was not undone, ids unique and not before crt.
    expect(pkg.revlog).toHaveLength(8);
    expect(new Set(pkg.revlog.map((row) => row.id)).size).toBe(8);
    expect(pkg.revlog.every((row) => row.id >= pkg.crt * 1000 && row.usn === -1)).toBe(true);
    const columns = (cardId: string) => pkg.reviewsOf(cardId).map((row) => [row.ease, row.type]);
    expect(columns(ids.review)).toEqual([[3, 0], [3, 0], [3, 1]]);
    expect(columns(ids.suspended)).toEqual([[3, 0], [3, 0]]);
    expect(columns(ids.relearning)).toEqual([[3, 0], [3, 0], [1, 1]]);
    expect(pkg.reviewsOf(ids.untouched)).toEqual([]);
    // Two cards answered in the same millisecond: the second row moves by 1 ms.
    expect(pkg.reviewsOf(ids.review)[0]!.id).toBe(t0);
    expect(pkg.reviewsOf(ids.suspended)[0]!.id).toBe(t0 + 1);
    const reviewRows = pkg.reviewsOf(ids.review);
    expect(reviewRows.map((row) => row.time)).toEqual([4000, 60_000, 5000]);
    expect(reviewRows.map((row) => [row.lastIvl, row.ivl])).toEqual([[0, -600], [-600, reviewRows[1]!.ivl], [reviewRows[1]!.ivl, stored.review.scheduledDays]]);
    expect(reviewRows[1]!.ivl).toBeGreaterThanOrEqual(1);
    const lapse = pkg.reviewsOf(ids.relearning)[2]!;
    expect(lapse.ivl).toBe(-600);
    expect(lapse.lastIvl).toBeGreaterThanOrEqual(1);
    expect(pkg.revlog.every((row) => row.factor >= 100 && row.factor <= 1100)).toBe(true);
  });

  it('writes the same files from worker threads as from one thread', async () => {
    const { dir, scheduler, t0 } = await reviewedProject();
    // More decks with the same deck name and fronts (fronts are made unique across decks), and answers
    // at the same instant in every deck (revlog ids are made unique across packages). A copy of a deck
    // file (the same GUIDs twice) is refused: see cli.test.ts.
    await writeFiles(dir, Object.fromEntries([1, 2, 3, 4].map((n) => [`source-notes/네트워크-${n}.md`, NOTE])));
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    try {
      for (const n of [1, 2, 3, 4]) {
        const deck = JSON.parse(await readFile(join(dir, 'decks', `네트워크-${n}.json`), 'utf8')) as { cards: { id: string }[] };
        store.answer(scheduler, deck.cards[n - 1]!.id, 3, t0, 3000);
      }
    } finally {
      store.close();
    }
    const exportWith = async (threads: number, out: string, args: string[] = []) => {
      const result = await runAmgi(['export', ...args, '--out', `${out}/`, '--json'], { cwd: dir, env: { AMGI_EXPORT_THREADS: String(threads) } });
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { decks: { file: string }[] }).decks.map((deck) => ({ ...deck, file: deck.file.replace(`${out}/`, '') }));
    };
    const files = async (out: string) => Promise.all((await readdir(join(dir, out))).sort().map(async (name) => [name, await readFile(join(dir, out, name))] as const));

    expect(await exportWith(3, 'csv-threads')).toEqual(await exportWith(1, 'csv-one'));
    expect(await files('csv-threads')).toEqual(await files('csv-one'));
    const fronts = (await files('csv-one')).flatMap(([, text]) => String(text).split('\n').filter((line) => line.startsWith('"')).map((line) => line.split('\t')[0]));
    expect(new Set(fronts).size).toBe(fronts.length);

    // Packages hold the export's time; after a first export both runs read the same notes' history.
    await exportWith(1, 'first', ['--format', 'apkg', '--with-progress']);
    const one = await exportWith(1, 'apkg-one', ['--format', 'apkg', '--with-progress']);
    expect(await exportWith(3, 'apkg-threads', ['--format', 'apkg', '--with-progress'])).toEqual(one);
    for (const { file } of one) {
      const [a, b] = [await readPackage(join(dir, 'apkg-one', file)), await readPackage(join(dir, 'apkg-threads', file))];
      expect([b.crt, b.cards, b.revlog]).toEqual([a.crt, a.cards, a.revlog]);
    }
    const revlogIds = (await Promise.all(one.map(async ({ file }) => (await readPackage(join(dir, 'apkg-one', file))).revlog.map((row) => row.id)))).flat();
    expect(new Set(revlogIds).size).toBe(revlogIds.length);
  });

  it('reports what it carried as JSON', async () => {
    const { dir } = await reviewedProject();
    const result = await runAmgi(['export', '--format', 'apkg', '--with-progress', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { withProgress: boolean; store: unknown; decks: { progress: unknown }[] };
    expect(report.withProgress).toBe(true);
    expect(report.store).toEqual({ file: 'decks/amgi.sqlite', exists: true });
    expect(report.decks[0]!.progress).toEqual({ cards: 3, reviews: 8 });
  });

  it('leaves every card new and the log empty without the flag', async () => {
    const { dir } = await reviewedProject();
    const result = await runAmgi(['export', '--format', 'apkg', '--json'], { cwd: dir });
    expect(JSON.parse(result.stdout)).toMatchObject({ withProgress: false });
    expect(result.stdout).not.toContain('"progress"');
    const pkg = await readPackage(join(dir, 'decks', '네트워크.apkg'));
    expect(pkg.revlog).toEqual([]);
    expect(pkg.cards.map((card) => [card.type, card.queue, card.data])).toEqual([[0, 0, ''], [0, 0, ''], [0, 0, ''], [0, 0, '']]);
    expect(pkg.conf).not.toHaveProperty('schedVer');
  });

  it('refuses the flag for CSV, which cannot carry scheduling', async () => {
    const { dir } = await reviewedProject();
    const result = await runAmgi(['export', '--with-progress'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--with-progress needs --format apkg');
    expect(existsSync(join(dir, 'decks', '네트워크.csv'))).toBe(false);
  });

  it('exports every card new without a store, and never creates one', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const result = await runAmgi(['export', '--format', 'apkg', '--with-progress'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No review store at decks/amgi.sqlite');
    expect(existsSync(join(dir, 'decks', 'amgi.sqlite'))).toBe(false);
    expect((await readPackage(join(dir, 'decks', '네트워크.apkg'))).revlog).toEqual([]);
  });

  it('reads the store given by --store, and refuses a damaged or foreign one without a stack trace', async () => {
    const { dir } = await reviewedProject();
    await rename(join(dir, 'decks', 'amgi.sqlite'), join(dir, 'elsewhere.sqlite'));
    const moved = await runAmgi(['--store', 'elsewhere.sqlite', 'export', '--format', 'apkg', '--with-progress', '--json'], { cwd: dir });
    expect(JSON.parse(moved.stdout)).toMatchObject({ store: { file: 'elsewhere.sqlite', exists: true }, decks: [{ progress: { cards: 3, reviews: 8 } }] });
    await writeFiles(dir, { 'notes.txt': 'not a store' });
    const foreign = await runAmgi(['--store', 'notes.txt', 'export', '--format', 'apkg', '--with-progress'], { cwd: dir });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('not an amgi review store');
    expect(foreign.stderr).not.toMatch(/\n\s+at /);
    const header = Buffer.from('SQLite format 3\u0000');
    await writeFiles(dir, { 'decks/amgi.sqlite': Buffer.concat([header, Buffer.alloc(4080, 7)]) });
    const damaged = await runAmgi(['export', '--format', 'apkg', '--with-progress'], { cwd: dir });
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/amgi\.sqlite: .*(damaged|not an amgi review store)/);
    expect(damaged.stderr).not.toMatch(/\n\s+at /);
  });
});
