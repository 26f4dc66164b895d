/** The review store on real SQLite files in temp folders, with real child processes for crashes and concurrency. */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../src/deck/deck-file.js';
import { comesUpAt, dueAndForecast, ForecastCounter, nextCard, scanQueue, usageToday, type QueueDeck, type QueueStateLookup } from '../src/review/queue.js';
import { DEFAULT_SETTINGS, Scheduler } from '../src/schedule/fsrs.js';
import { ReviewStore, type QueueState } from '../src/store/store.js';
import { storeProblem } from '../src/util/errors.js';
import { repoRoot, tempDir } from './helpers.js';

const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }, () => 540);
const T0 = Date.UTC(2026, 0, 5, 0); // 09:00 in Seoul
const DAY = 86_400_000;

async function storePath(): Promise<string> {
  return join(await tempDir(), 'amgi.sqlite');
}

describe('review store', () => {
  it('creates a versioned store and keeps answers across reopening', async () => {
    const path = await storePath();
    const store = ReviewStore.open(path);
    expect(store.schemaVersion()).toBe(5);
    store.answer(scheduler, 'card-a', 3, T0, 4200);
    store.close();
    const again = ReviewStore.open(path);
    expect(again.card('card-a')).toMatchObject({ state: 1, reps: 1 });
    expect(again.reviews()).toEqual([
      { id: 1, cardId: 'card-a', reviewTime: T0, rating: 3, stateBefore: 0, elapsedDays: 0, scheduledDays: 0, duration: 4200 },
    ]);
    again.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('undo restores the previous state exactly and keeps the undone answer out of the history', async () => {
    const store = ReviewStore.open(await storePath());
    store.answer(scheduler, 'card-a', 3, T0, 1000);
    const afterFirst = store.card('card-a');
    store.answer(scheduler, 'card-a', 1, T0 + 10 * 60_000, 1000);
    expect(store.undo(T0 + 11 * 60_000)).toMatchObject({ cardId: 'card-a', rating: 1 });
    expect(store.card('card-a')).toEqual(afterFirst);
    expect(store.reviews().map((review) => review.rating)).toEqual([3]);
    expect(store.undo(T0 + 12 * 60_000)).toMatchObject({ rating: 3 });
    expect(store.card('card-a')).toBeUndefined(); // New again
    expect(store.undo(T0 + 13 * 60_000)).toBeUndefined();
    store.close();
  });

  it('reads the log card by card in id order, each card oldest first, an imported older answer in its place, undone answers left out', async () => {
    const store = ReviewStore.open(await storePath());
    store.answer(scheduler, 'card-b', 3, T0, 1000);
    store.answer(scheduler, 'card-a', 3, T0 + 60_000, 2000);
    store.answer(scheduler, 'card-b', 1, T0 + DAY, 3000);
    store.answer(scheduler, 'card-b', 4, T0 + DAY + 60_000, 4000);
    store.undo(T0 + DAY + 120_000);
    // Imported after the others, so stored after them, but answered before them all.
    store.importReviews(scheduler, [{ cardId: 'card-a', reviewTime: T0 - DAY, rating: 2, stateBefore: 0, duration: 5000 }]);
    const histories = [...store.historiesByCard()].map(({ cardId, reviews }) => [cardId, reviews.map((review) => [review.cardId, review.reviewTime - T0, review.rating, review.duration])]);
    expect(histories).toEqual([
      ['card-a', [['card-a', -DAY, 2, 5000], ['card-a', 60_000, 3, 2000]]],
      ['card-b', [['card-b', 0, 3, 1000], ['card-b', DAY, 1, 3000]]],
    ]);
    expect([...store.reviewsByCard()].map((review) => review.duration)).toEqual([5000, 2000, 1000, 3000]);
    // Every field as the time-ordered log gives it.
    const byTime = store.reviews();
    expect([...store.reviewsByCard()].sort((a, b) => a.reviewTime - b.reviewTime)).toEqual(byTime);
    store.close();
  });

  it('keeps the history of a card removed from the notes, and can purge such orphans', async () => {
    const store = ReviewStore.open(await storePath());
    store.answer(scheduler, 'gone', 3, T0, 1000);
    store.answer(scheduler, 'kept', 3, T0, 1000);
    expect(store.orphans(new Set(['kept']))).toEqual(['gone']);
    expect(store.card('gone')).toBeDefined(); // back when the id returns
    expect(store.purgeOrphans(new Set(['kept']))).toBe(1);
    expect(store.card('gone')).toBeUndefined();
    expect(store.reviews().map((review) => review.cardId)).toEqual(['kept']);
    store.close();
  });

  it('buries until a study day and suspends without touching the schedule', async () => {
    const store = ReviewStore.open(await storePath());
    store.answer(scheduler, 'card-a', 3, T0, 1000);
    const before = store.card('card-a')!;
    store.bury(scheduler, 'card-a', scheduler.studyDay(T0) + 1, T0);
    store.setSuspended(scheduler, 'card-b', true, T0);
    expect(store.card('card-a')).toEqual({ ...before, buriedUntilDay: scheduler.studyDay(T0) + 1 });
    expect(store.card('card-b')).toMatchObject({ state: 0, suspended: true });
    expect(store.reviews()).toHaveLength(1);
    store.close();
  });

  it('undoes a bury or a suspension without undoing what another amgi did to the card meanwhile', async () => {
    const path = await storePath();
    const session = ReviewStore.open(path);
    const elsewhere = ReviewStore.open(path); // a second session on the same store
    // A new card buried, answered by the other session, then the bury undone: its answer's schedule stays.
    session.bury(scheduler, 'new-card', scheduler.studyDay(T0) + 1, T0);
    const answered = elsewhere.answer(scheduler, 'new-card', 3, T0 + 60_000, 1000).card;
    session.restore('new-card', undefined);
    expect(session.card('new-card')).toEqual({ ...answered, buriedUntilDay: undefined });
    // A reviewed card suspended, answered by an import meanwhile, then the suspension undone.
    session.answer(scheduler, 'old-card', 3, T0, 1000);
    const before = session.card('old-card')!;
    session.setSuspended(scheduler, 'old-card', true, T0 + 1000);
    elsewhere.importReviews(scheduler, [{ cardId: 'old-card', reviewTime: T0 + 2 * DAY, rating: 3, stateBefore: before.state, duration: 1000 }]);
    const imported = elsewhere.card('old-card')!;
    session.restore('old-card', before);
    expect(session.card('old-card')).toEqual({ ...imported, suspended: false });
    expect(session.card('old-card')!.reps).toBe(2);
    // A new card buried and the bury undone with nothing between: no row is left.
    session.bury(scheduler, 'untouched', scheduler.studyDay(T0) + 1, T0);
    session.restore('untouched', undefined);
    expect(session.card('untouched')).toBeUndefined();
    elsewhere.close();
    session.close();
  });

  it('refuses a text file, a foreign SQLite database and a damaged store, leaving each untouched', async () => {
    const dir = await tempDir();
    const text = join(dir, 'notes.sqlite');
    await writeFile(text, '이건 데이터베이스가 아니다\n');
    expect(() => ReviewStore.open(text)).toThrow(/not an amgi review store \(not an SQLite file\); it was left untouched/);
    expect(await readFile(text, 'utf8')).toBe('이건 데이터베이스가 아니다\n');

    const foreign = join(dir, 'other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE things (x)');
    other.close();
    const foreignBytes = await readFile(foreign);
    expect(() => ReviewStore.open(foreign)).toThrow(/not an amgi review store; it was left untouched/);
    expect(await readFile(foreign)).toEqual(foreignBytes);

    const damaged = join(dir, 'damaged.sqlite');
    const good = ReviewStore.open(damaged);
    good.answer(scheduler, 'card-a', 3, T0, 1000);
    good.close();
    const bytes = await readFile(damaged);
    bytes.fill(0x5a, 100, bytes.length); // keep the header, wreck the pages
    await writeFile(damaged, bytes);
    expect(() => ReviewStore.open(damaged)).toThrow(/damaged or unreadable .*left untouched/);
    expect(await readFile(damaged)).toEqual(bytes);
  });

  it('upgrades a store made by an older amgi, keeping its history', async () => {
    const path = await storePath();
    const store = ReviewStore.open(path);
    store.answer(scheduler, 'card-a', 3, T0, 1000);
    store.close();
    const raw = new Database(path); // make it what version 1 wrote
    raw.exec(`DROP TABLE folders; DROP INDEX revlog_time; DROP TABLE parameters; ALTER TABLE undone DROP COLUMN reason;
      DROP INDEX cards_not_in_review; DROP INDEX cards_other_ids; DROP INDEX cards_due; CREATE INDEX cards_due ON cards (due)`);
    raw.pragma('user_version = 1');
    raw.close();
    const upgraded = ReviewStore.open(path);
    expect(upgraded.schemaVersion()).toBe(5);
    expect(upgraded.reviews()).toHaveLength(1);
    expect(upgraded.parameters()).toBeUndefined();
    upgraded.close();
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'revlog_time'").get()).toEqual({ name: 'revlog_time' });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'cards_not_in_review'").get()).toEqual({ name: 'cards_not_in_review' });
    expect(check.prepare("SELECT sql FROM sqlite_master WHERE name = 'cards_due'").pluck().get()).toContain('buried_until_day');
    check.close();
  });

  it('records the decks folders it serves with their first write, and remembers that an upgraded store’s history came from folders unknown', async () => {
    const a = { id: undefined, path: '/notes/a/decks', holdsStore: true };
    const b = { id: 'b0b0b0b0', path: '/notes/b/decks', holdsStore: false };
    const path = await storePath();
    const store = ReviewStore.open(path);
    store.writesFor(a);
    expect(store.otherFolders(b)).toEqual([]); // nothing written yet
    store.answer(scheduler, 'card-a', 3, T0, 1000);
    expect(store.otherFolders(b)).toEqual([{ id: undefined, path: '/notes/a/decks', lastWritten: expect.any(Number) }]);
    // Its first export gives a its id: the folder recorded by that path is it.
    store.writesFor({ ...a, id: 'a0a0a0a0' });
    store.answer(scheduler, 'card-a', 3, T0 + DAY, 1000);
    expect(store.otherFolders(b).map((folder) => [folder.id, folder.path])).toEqual([['a0a0a0a0', '/notes/a/decks']]);
    expect(store.otherFolders({ ...a, id: 'a0a0a0a0', path: '/moved/a/decks' })).toEqual([]);
    store.close();

    // A store with history, as schema 4 left it: the upgrade adds the table, with one row for history of folders unknown.
    const raw = new Database(path);
    raw.exec('DROP TABLE folders');
    raw.pragma('user_version = 4');
    const reviewsBefore = raw.prepare('SELECT * FROM revlog').all();
    raw.close();
    const upgraded = ReviewStore.open(path);
    expect(upgraded.schemaVersion()).toBe(5);
    expect(upgraded.reviews()).toHaveLength(2);
    expect(upgraded.otherFolders(b)).toEqual([{ id: undefined, path: undefined, lastWritten: undefined }]);
    expect(upgraded.otherFolders(a)).toEqual([]); // the store lies in a: its history is a's
    expect(upgraded.purgeOrphans(new Set(['card-a']), { folder: b })).toBe(0); // nothing to purge: nothing refused
    expect(() => upgraded.purgeOrphans(new Set(['other']), { folder: b })).toThrow(/holds reviews written by an older amgi.*Nothing was purged/s);
    expect(upgraded.reviews()).toHaveLength(2);
    upgraded.close();
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT * FROM revlog').all()).toEqual(reviewsBefore);
    check.close();
    // A folder at a's path under another id (a's .amgi-id deleted for a fresh one) is a where the store lies in it, and only there.
    const renamed = ReviewStore.open(path);
    renamed.writesFor({ ...a, id: 'a0a0a0a0' });
    renamed.answer(scheduler, 'card-a', 3, T0 + 2 * DAY, 1000);
    expect(renamed.otherFolders({ ...a, id: 'c0c0c0c0' })).toEqual([]);
    expect(renamed.otherFolders({ ...a, id: 'c0c0c0c0', holdsStore: false }).map((folder) => folder.id)).toEqual(['a0a0a0a0']);
    renamed.writesFor({ ...a, id: 'c0c0c0c0' });
    renamed.answer(scheduler, 'card-a', 3, T0 + 3 * DAY, 1000);
    expect(renamed.otherFolders(b).map((folder) => folder.id)).toEqual(['c0c0c0c0']); // recorded once, under its new id
    renamed.close();
    // A new store has no history, of any folder.
    const fresh = ReviewStore.open(await storePath());
    expect(fresh.otherFolders(b)).toEqual([]);
    fresh.close();
  });

  /** One store, two decks folders: b's session has answered card-b1, and a's connection writes too. */
  async function twoFoldersOneStore() {
    const a = { id: 'a0a0a0a0', path: '/notes/a/decks', holdsStore: false };
    const b = { id: 'b0b0b0b0', path: '/notes/b/decks', holdsStore: false };
    const path = await storePath();
    const sessionB = ReviewStore.open(path);
    sessionB.writesFor(b);
    sessionB.answer(scheduler, 'card-b1', 3, T0, 1000);
    const inA = ReviewStore.open(path);
    inA.writesFor(a);
    return { a, sessionB, inA };
  }

  it('records a session’s folder again when another folder’s purge --any-folder forgot it while the session went on', async () => {
    const { a, sessionB, inA } = await twoFoldersOneStore();
    // a's purge, told --any-folder, takes b's card and forgets b, while b's session is still open.
    expect(inA.purgeOrphans(new Set(['card-a']), { folder: a, anyFolder: true })).toBe(1);
    expect(inA.otherFolders(a)).toEqual([]);
    sessionB.answer(scheduler, 'card-b2', 3, T0 + 60_000, 1000);
    // b writes again: the store serves it again, and a's next purge refuses to take its new card.
    expect(inA.otherFolders(a).map((folder) => folder.id)).toEqual(['b0b0b0b0']);
    expect(() => inA.purgeOrphans(new Set(['card-a']), { folder: a })).toThrow(/has also served another decks folder.*Nothing was purged/s);
    expect(inA.reviews().map((review) => review.cardId)).toEqual(['card-b2']);
    sessionB.close();
    inA.close();
  });

  it('purges --any-folder what is in no deck as it takes the write lock: a card another folder answered after the listing goes too, never left with its folder forgotten', async () => {
    const { a, sessionB, inA } = await twoFoldersOneStore();
    // b's session answers a new card while a's purge is still reading what is in no deck (before it takes the lock).
    let answeredMeanwhile = false;
    const decksOfA = new Set(['card-a']);
    const whileListing = {
      size: decksOfA.size,
      [Symbol.iterator]: () => decksOfA[Symbol.iterator](),
      has: (id: string) => {
        if (!answeredMeanwhile) {
          answeredMeanwhile = true;
          sessionB.answer(scheduler, 'card-b2', 3, T0 + 60_000, 1000);
        }
        return decksOfA.has(id);
      },
    };
    inA.purgeOrphans(whileListing, { folder: a, anyFolder: true });
    // The store serves a alone only if no card of b's is left: else a's next plain purge would take it unasked.
    expect(inA.otherFolders(a)).toEqual([]);
    expect(inA.orphans(decksOfA)).toEqual([]);
    expect(inA.reviews()).toEqual([]);
    sessionB.close();
    inA.close();
  });

  it('finds the folder it writes for only as it first writes: opening and reading look at no file of the decks folder', async () => {
    const path = await storePath();
    const store = ReviewStore.open(path);
    let looked = 0;
    store.writesFor(() => {
      looked++;
      return { id: undefined, path: '/notes/a/decks', holdsStore: false };
    });
    store.parameters();
    store.cardsDueBefore(T0 + DAY);
    expect(looked).toBe(0);
    store.answer(scheduler, 'card-a', 3, T0, 1000);
    store.answer(scheduler, 'card-a', 3, T0 + DAY, 1000);
    expect(looked).toBe(1);
    expect(store.otherFolders({ id: undefined, path: '/notes/b/decks', holdsStore: false }).map((folder) => folder.path)).toEqual(['/notes/a/decks']);
    store.close();
  });

  it('lets several processes create the same new store at once', async () => {
    const path = await storePath();
    const children = [0, 1, 2].map(() => answeringChild(path, `p${Math.random().toString(36).slice(2, 6)}-`, 5));
    const codes = await Promise.all(children.map((child) => new Promise<number | null>((done) => {
      child.stdout!.resume();
      child.on('exit', done);
    })));
    expect(codes).toEqual([0, 0, 0]);
    const store = ReviewStore.open(path);
    expect(store.reviews()).toHaveLength(15);
    store.close();
  });

  it('undoes a given answer only while it is its card’s latest', async () => {
    const store = ReviewStore.open(await storePath());
    store.answer(scheduler, 'card-a', 3, T0, 1000);
    const first = store.reviews().at(-1)!.id;
    store.answer(scheduler, 'card-b', 3, T0, 1000);
    store.answer(scheduler, 'card-a', 3, T0 + 600_000, 1000);
    expect(store.undo(T0 + 700_000, first)).toBeUndefined(); // card-a was answered again since
    const second = store.reviews('card-b').at(-1)!.id;
    expect(store.undo(T0 + 700_000, second)).toMatchObject({ cardId: 'card-b' }); // not the newest overall, but card-b's latest
    expect(store.reviews().map((review) => review.cardId)).toEqual(['card-a', 'card-a']);
    store.close();
  });

  it('says the disk is full when SQLite cannot write the store or the files beside it, also when only reading', async () => {
    const full = storeProblem('decks/amgi.sqlite', Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    expect(full?.message).toMatch(/^decks\/amgi\.sqlite: the disk is full, .*Free some disk space and try again; nothing was lost/);
  });

  it('refuses a store from a newer amgi', async () => {
    const path = await storePath();
    ReviewStore.open(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => ReviewStore.open(path)).toThrow(/amgi\.sqlite: the review store has schema version 99, newer than this amgi knows/);
  });
});

/** A child process that answers cards in a loop and prints each id once its transaction committed. */
function answeringChild(path: string, prefix: string, count: number) {
  const script = `
    const { ReviewStore } = await import(${JSON.stringify(join(repoRoot, 'dist/store/store.js'))});
    const { Scheduler, DEFAULT_SETTINGS } = await import(${JSON.stringify(join(repoRoot, 'dist/schedule/fsrs.js'))});
    const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }, () => 540);
    const store = ReviewStore.open(${JSON.stringify(path)});
    for (let n = 0; n < ${count}; n++) {
      store.answer(scheduler, '${prefix}' + n, 3, ${T0} + n, 500);
      process.stdout.write('${prefix}' + n + '\\n');
    }
    store.close();`;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

describe('review store under crashes and concurrency', () => {
  it('keeps every committed answer when the process is killed with SIGKILL, and opens cleanly after', async () => {
    const path = await storePath();
    ReviewStore.open(path).close();
    const child = answeringChild(path, 'k', 100_000);
    const committed: string[] = [];
    await new Promise<void>((done) => {
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        committed.push(...lines);
        if (committed.length >= 300 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => done());
    });
    expect(committed.length).toBeGreaterThanOrEqual(300);
    const store = ReviewStore.open(path);
    const reviewed = new Set(store.reviews().map((review) => review.cardId));
    for (const id of committed) expect(reviewed.has(id), id).toBe(true);
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('loses no answer when two sessions write at once', async () => {
    const path = await storePath();
    ReviewStore.open(path).close();
    const children = [answeringChild(path, 'a', 300), answeringChild(path, 'b', 300)];
    const codes = await Promise.all(children.map((child) => new Promise<number | null>((done) => {
      child.stdout!.resume();
      child.on('exit', done);
    })));
    expect(codes).toEqual([0, 0]);
    const store = ReviewStore.open(path);
    expect(store.reviews()).toHaveLength(600);
    expect(store.cards().size).toBe(600);
    store.close();
  });
});

describe('cards a queue needs', () => {
  it('reads due, learning, suspended and buried cards in full, and the rest as stand-ins that are neither new nor due', async () => {
    const store = ReviewStore.open(await storePath());
    const day = 86_400_000;
    const review = (id: string) => {
      store.answer(scheduler, id, 3, T0, 1000);
      store.answer(scheduler, id, 3, T0 + 10 * 60_000, 1000); // graduates: due in a few days
    };
    review('later');
    review('suspended');
    store.setSuspended(scheduler, 'suspended', true, T0);
    store.answer(scheduler, 'learning', 1, T0, 1000);
    const horizon = T0 + day; // before 'later' is due
    const states = store.cardsDueBefore(horizon);
    const queued = (id: string) => {
      const { due, state, suspended, buriedUntilDay } = store.card(id)!;
      return { due, state, suspended, buriedUntilDay };
    };
    expect(states.get('learning')).toEqual(queued('learning'));
    expect(states.get('suspended')).toEqual(queued('suspended'));
    const standIn = states.get('later')!;
    expect(standIn.state).toBe(2);
    expect(standIn.due).toBeGreaterThan(horizon + 365 * day);
    expect(states.get('never-reviewed')).toBeUndefined();
    const far = store.cardsDueBefore(T0 + 400 * day);
    expect(far.get('later')).toEqual(queued('later'));
    const exactly = (card: { due: number }) => card.due;
    expect(store.nextAvailableAmong((id) => ['later', 'learning'].includes(id), T0 + 20 * 60_000, exactly, exactly)).toBe(store.card('later')!.due);
    store.close();
  });

  it('knows every stored card by id, whatever the id looks like, and nothing else', async () => {
    const store = ReviewStore.open(await storePath());
    // amgi's own ids (12 hex digits), and ids an imported log may bring: 12 characters that are not
    // lower-case hex, Hangul, a character outside the BMP, other lengths.
    const stored = ['0123456789ab', 'ffffffffffff', '000000000000', 'abcdefghijkl', 'ABCDEF012345', '가나다라마바사아자차카타', '😀0123456789', 'a', '0123456789abc'];
    for (const id of stored) store.answer(scheduler, id, 3, T0, 1000);
    const states = store.cardsDueBefore(T0);
    for (const id of stored) expect(states.get(id), id).toBeDefined();
    for (const id of ['0123456789ac', 'fffffffffffe', '0123456789AB', '0123456789a', '', 'abcdefghijkm', '가나다라마바사아자차카타파']) expect(states.get(id), id).toBeUndefined();
    // A store of amgi's own ids only (read another way): the same answers.
    const own = ReviewStore.open(await storePath());
    const ownIds = Array.from({ length: 300 }, (_, n) => (n * 0x9e3779b97f4a % 2 ** 48).toString(16).padStart(12, '0'));
    for (const id of ownIds) own.answer(scheduler, id, 3, T0, 1000);
    const ownStates = own.cardsDueBefore(T0);
    for (const id of ownIds) expect(ownStates.get(id), id).toBeDefined();
    for (const id of ['0123456789ac', 'fffffffffffe', ownIds[1]!.toUpperCase(), ownIds[2]!.slice(1)]) expect(ownStates.get(id), id).toBeUndefined();
    own.close();
    // A first answer undone: the card is new again.
    states.delete('0123456789ab');
    expect(states.get('0123456789ab')).toBeUndefined();
    store.close();
  });

  it('follows a session’s answers: new cards become known, undone first answers new again', async () => {
    const store = ReviewStore.open(await storePath());
    store.answer(scheduler, 'aaaaaaaaaaaa', 4, T0 - 86_400_000, 1000); // Easy: in review, due days after the horizon
    expect(store.card('aaaaaaaaaaaa')).toMatchObject({ state: 2 });
    expect(store.card('aaaaaaaaaaaa')!.due).toBeGreaterThan(T0 + 2 * 86_400_000);
    const states = store.cardsDueBefore(T0 + 86_400_000);
    // More new cards than the table was made for (16 slots for one stored id): it grows and forgets none.
    const answered = Array.from({ length: 200 }, (_, n) => (n * 0x9e3779b97f4a % 2 ** 48).toString(16).padStart(12, '0'));
    answered.push('imported-card', '가나다라마바사아자차카타');
    for (const [n, id] of answered.entries()) states.set(id, { due: T0 + n, state: 1, suspended: false, buriedUntilDay: undefined });
    for (const [n, id] of answered.entries()) expect(states.get(id), id).toEqual({ due: T0 + n, state: 1, suspended: false, buriedUntilDay: undefined });
    const visited: [QueueState | undefined, number][] = [];
    states.forEachNewOrSoon(Float64Array.of(0x0123456789ab, Number.parseInt(answered[7]!, 16)), (state, position) => visited.push([state, position]));
    expect(visited).toEqual([[undefined, 0], [states.get(answered[7]!), 1]]);
    // Answered again: the latest state counts.
    states.set(answered[3]!, { due: T0 + 99, state: 2, suspended: true, buriedUntilDay: undefined });
    expect(states.get(answered[3]!)).toMatchObject({ due: T0 + 99, suspended: true });
    // Undone first answers: new again, and known again after another answer.
    states.delete(answered[5]!);
    states.delete('imported-card');
    expect(states.get(answered[5]!)).toBeUndefined();
    expect(states.get('imported-card')).toBeUndefined();
    states.set('imported-card', { due: T0, state: 1, suspended: false, buriedUntilDay: undefined });
    expect(states.get('imported-card')).toMatchObject({ due: T0 });
    // The card not due soon is a stand-in: known, in review, due after any horizon.
    expect(states.get('aaaaaaaaaaaa')).toMatchObject({ state: 2, due: Number.MAX_SAFE_INTEGER });
    store.close();
  });
});

describe('queues over the store’s states', () => {
  it('count, forecast and choose as they would over every card’s full state', async () => {
    const store = ReviewStore.open(await storePath());
    const day = 86_400_000;
    const ids = Array.from({ length: 120 }, (_, n) => ((n + 1) * 0x9e3779b97f4a % 2 ** 48).toString(16).padStart(12, '0'));
    // Every kind of card a queue tells apart: new (never answered), answered Easy long ago (in review,
    // due after the horizon), due today, due within the forecast, learning, suspended, buried, and a
    // first answer undone (new again).
    ids.forEach((id, n) => {
      if (n % 8 === 0) return;
      if (n % 8 === 1) store.answer(scheduler, id, 4, T0 - 60 * day, 1000);
      else if (n % 8 === 2) store.answer(scheduler, id, 4, T0 - 5 * day - n * 60_000, 1000);
      else if (n % 8 === 3) store.answer(scheduler, id, 3, T0 - 2 * day + n * 60_000, 1000);
      else if (n % 8 === 4) store.answer(scheduler, id, 1, T0 - 30 * 60_000, 1000);
      else if (n % 8 === 5) store.setSuspended(scheduler, id, true, T0 - day);
      else if (n % 8 === 6) store.bury(scheduler, id, scheduler.studyDay(T0) + 1, T0 - 60_000);
      else {
        store.answer(scheduler, id, 3, T0 - 60_000, 1000);
        store.undo(T0 - 30_000);
      }
    });
    const now = T0 + 60_000;
    const decks = [ids.slice(0, 50), ids.slice(50)].map((deckIds, d): QueueDeck => ({
      name: `덱 ${d + 1}`,
      ids: deckIds,
      keys: () => Float64Array.from(deckIds, (id) => Number.parseInt(id, 16)),
      entry: (position) => ({ deck: `덱 ${d + 1}`, card: { id: deckIds[position]! } as DeckCard }),
    }));
    const compact = store.cardsDueBefore(now + 8 * day);
    const full = new Map([...store.cards()].map(([id, card]) => [id, { due: card.due, state: card.state, suspended: card.suspended, buriedUntilDay: card.buriedUntilDay }]));
    // In a session, an undone first answer takes a card out of the lookup: it is new again.
    for (const id of [ids[1]!, ids[9]!]) {
      compact.delete(id);
      full.delete(id);
    }
    const usage = usageToday(store, scheduler, now);
    const limits = { newPerDay: 20, reviewsPerDay: 7 }; // 15 learning cards were new today: 5 more are left
    const overCompact = dueAndForecast(decks, compact, usage, limits, scheduler, now, 7, ['덱 1', '덱 2']);
    const overFull = dueAndForecast(decks, full, usage, limits, scheduler, now, 7, ['덱 1', '덱 2']);
    expect(overCompact).toEqual(overFull);
    // Each kind is there to be told apart: some new, learning and review today, some due later in the week.
    expect(overFull.today.total).toMatchObject({ new: 5, review: 7 });
    expect(overFull.today.total.learning).toBeGreaterThan(0);
    expect([...overFull.forecast.values()].flat().reduce((sum, count) => sum + count, 0)).toBeGreaterThan(overFull.today.total.learning + overFull.today.total.review);
    // The same cards sorted out, in the same order, and the same card shown first.
    const scanned = (states: QueueStateLookup) => {
      const scan = scanQueue(decks, states, scheduler, now, limits.newPerDay);
      const idOf = ({ deck, position }: { deck: QueueDeck; position: number }) => deck.ids[position];
      return { learning: scan.learning.map(idOf), review: scan.review.map(idOf), fresh: scan.fresh.map(idOf), next: nextCard(scan, usage, limits, now) };
    };
    expect(scanned(compact)).toEqual(scanned(full));
    expect(scanned(full).fresh.slice(0, 2)).toEqual([ids[0], ids[1]]);
    store.close();
  });
});

describe('the due forecast', () => {
  it('counts a buried card on the day it comes back, not on the day it was due', () => {
    const counter = new ForecastCounter(scheduler, T0, 7, ['덱']);
    const deck = { name: '덱' } as QueueDeck;
    const today = scheduler.studyDay(T0);
    counter.count({ due: T0 - 1000, state: 2, suspended: false }, deck);
    counter.count({ due: T0 - 1000, state: 2, suspended: false, buriedUntilDay: today + 1 }, deck);
    counter.count({ due: T0 - 1000, state: 2, suspended: false, buriedUntilDay: today + 30 }, deck);
    expect(counter.byDeck.get('덱')).toEqual([1, 1, 0, 0, 0, 0, 0]);
  });
});

describe('when the next card comes up', () => {
  it('is the start of its study day for a review card, its due time for a learning card, and the day a buried card comes back', async () => {
    const store = ReviewStore.open(await storePath());
    const dayStart = (due: number) => scheduler.studyDayStart(scheduler.studyDay(due));
    const next = (isWanted: (id: string) => boolean) => store.nextAvailableAmong(isWanted, T0, (card) => comesUpAt(scheduler, card), dayStart);
    store.answer(scheduler, 'review-card', 4, T0, 1000); // Easy: a review card, due days later at 09:00
    const review = store.card('review-card')!;
    expect(review.state).toBe(2);
    // Shown from 04:00 that day (as `amgi due` counts it), not five hours later.
    expect(next(() => true)).toBe(review.due - 5 * 3_600_000);
    store.answer(scheduler, 'learning-card', 1, T0, 1000); // Again: back in minutes
    expect(next(() => true)).toBe(store.card('learning-card')!.due);
    expect(next((id) => id === 'review-card')).toBe(review.due - 5 * 3_600_000); // a card in no deck does not count
    store.bury(scheduler, 'review-card', scheduler.studyDay(review.due) + 2, T0);
    expect(next((id) => id === 'review-card')).toBe(scheduler.studyDayStart(scheduler.studyDay(review.due) + 2));
    expect(next(() => false)).toBeUndefined();
    // Buried when already due (`s` on the last card of the day): it comes back when the burial ends.
    const later = review.due + 3_600_000;
    store.bury(scheduler, 'learning-card', scheduler.studyDay(later) + 1, later);
    const dueCardId = 'review-card';
    store.bury(scheduler, dueCardId, scheduler.studyDay(later) + 1, later);
    expect(store.nextAvailableAmong(() => true, later, (card) => comesUpAt(scheduler, card), dayStart)).toBe(scheduler.studyDayStart(scheduler.studyDay(later) + 1));
    store.close();
  });
});

describe('checkpoints in a review session', () => {
  it('keeps answers in the write-ahead log while cards are answered, and merges them between cards', async () => {
    const { statSync } = await import('node:fs');
    const path = await storePath();
    const store = ReviewStore.open(path);
    store.deferCheckpoints();
    const size = () => statSync(path).size;
    const before = size();
    // Enough answers that SQLite's own checkpoint (every 1,000 pages) would have run inside one of them.
    for (let n = 0; n < 400; n++) {
      store.answer(scheduler, `card-${n}`, 3, T0 + n, 1000);
      if (n === 98) expect(store.checkpointIfDue()).toBe(false);
    }
    expect(size()).toBe(before);
    // Committed all the same: another connection reads every answer.
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM revlog').pluck().get()).toBe(400);
    reader.close();
    expect(store.checkpointIfDue()).toBe(true);
    expect(size()).toBeGreaterThan(before);
    expect(store.checkpointIfDue()).toBe(false); // nothing written since
    store.close();
  });
});
