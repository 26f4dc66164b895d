/**
 * The review store: one SQLite file (default `<decks>/amgi.sqlite`) holding each reviewed card's
 * scheduling state and an append-only review log. Cards are joined to deck files by id; a card that
 * was never reviewed has no row (it is New), so a card removed from the notes keeps its history and
 * gets it back when its id returns.
 *
 * Durability: WAL mode, every answer committed in its own short transaction before the next card is
 * shown, a busy timeout for a second session. Write transactions begin IMMEDIATE: a transaction
 * that reads first and then writes cannot wait for another session's lock (SQLite answers BUSY).
 * The log is never rewritten: undo records the undone
 * review in `undone` and restores the card row saved with the review.
 */
import { closeSync, copyFileSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Rating, ScheduleState, Scheduler, CardStateKind } from '../schedule/fsrs.js';
import { fileSystemProblem, sqliteTrouble, storeProblem, UserError } from '../util/errors.js';
import { cleanUpOnExit } from '../util/exit-cleanup.js';
import { scratchFolder } from '../util/temp-folders.js';
import { dayIndex, DayTally, type AnswerCounts } from './answer-counts.js';
import { CardFactsTable, type CardFactColumns } from './card-facts.js';
import { PlannedStates } from './planned-states.js';
import { QueueStates, type SoonRow } from './queue-states.js';
import { MAX_DURATION_MS, ReviewBatch } from './review-batch.js';
import { FOLDERS_MIGRATION, forgetOtherFolders, otherFolders, recordFolder, sharedStoreRefusal, stillRecorded, type DecksFolder, type ServedFolder } from './served-folders.js';
import { pushAll } from '../util/arrays.js';

export { QueueStates, type QueueState } from './queue-states.js';
export { CardFactsTable, type CardFacts, type CardFactsLookup } from './card-facts.js';
export { DayTally, type AnswerCount, type AnswerCounts } from './answer-counts.js';
export type { DecksFolder, ServedFolder } from './served-folders.js';

/** `PRAGMA application_id`: marks the file as amgi's, so a foreign SQLite file is never touched. */
const APPLICATION_ID = 0x616d6769; // "amgi"
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** amgi's own card ids: 12 lower-case hex digits (see util/hex-ids.ts). */
const OWN_ID_GLOB = '[0-9a-f]'.repeat(12);

/** Schema migrations, in order; `user_version` says how many have run. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE cards (
     id TEXT PRIMARY KEY,
     due INTEGER NOT NULL,
     stability REAL NOT NULL,
     difficulty REAL NOT NULL,
     scheduled_days INTEGER NOT NULL,
     learning_steps INTEGER NOT NULL,
     reps INTEGER NOT NULL,
     lapses INTEGER NOT NULL,
     state INTEGER NOT NULL,
     last_review INTEGER,
     suspended INTEGER NOT NULL DEFAULT 0,
     buried_until_day INTEGER
   ) STRICT;
   CREATE TABLE revlog (
     id INTEGER PRIMARY KEY,
     card_id TEXT NOT NULL,
     review_time INTEGER NOT NULL,
     rating INTEGER NOT NULL,
     state_before INTEGER NOT NULL,
     elapsed_days INTEGER NOT NULL,
     scheduled_days INTEGER NOT NULL,
     duration INTEGER NOT NULL,
     card_before TEXT
   ) STRICT;
   CREATE INDEX revlog_card ON revlog (card_id, review_time);
   CREATE TABLE undone (revlog_id INTEGER PRIMARY KEY REFERENCES revlog (id), undone_at INTEGER NOT NULL) STRICT;
   CREATE INDEX cards_due ON cards (due);`,
  // 2: today's answers are counted by time, without reading the whole log.
  `CREATE INDEX revlog_time ON revlog (review_time);`,
  // 3: FSRS parameters fitted by `amgi optimize` (each adoption a new row, the latest in use), and why
  // a review was set aside (NULL: undone by the user; 'superseded': an imported answer won).
  `ALTER TABLE undone ADD COLUMN reason TEXT;
   CREATE TABLE parameters (
     id INTEGER PRIMARY KEY,
     adopted_at INTEGER NOT NULL,
     weights TEXT NOT NULL,
     log_loss REAL,
     rmse REAL,
     reviews INTEGER NOT NULL
   ) STRICT;`,
  // 4: what a queue reads without a pass over every row (cardsDueBefore): the cards due before a time
  // from the due index alone, the few that are not plain review cards (learning, suspended, buried),
  // and whether any id is not amgi's own shape (then every id cannot be read as hex in one piece).
  `DROP INDEX cards_due;
   CREATE INDEX cards_due ON cards (due, state, suspended, buried_until_day, id);
   CREATE INDEX cards_not_in_review ON cards (id) WHERE state != 2 OR suspended != 0 OR buried_until_day IS NOT NULL;
   CREATE INDEX cards_other_ids ON cards (id) WHERE NOT id GLOB '${OWN_ID_GLOB}';`,
  // 5: the decks folders the store has served, so that a purge never takes another project's history
  // for orphans (served-folders.ts). A table added, and a row of it; no review touched.
  FOLDERS_MIGRATION,
];

/** What decides when a stored card comes up for review. */
export interface DueCard {
  due: number;
  state: number;
  buriedUntilDay: number | null;
}

export interface StoredCard extends ScheduleState {
  id: string;
  suspended: boolean;
  buriedUntilDay: number | undefined;
}

export interface ReviewEntry {
  id: number;
  cardId: string;
  reviewTime: number;
  rating: Rating;
  stateBefore: CardStateKind;
  elapsedDays: number;
  scheduledDays: number;
  duration: number;
}

/** Answers of one study day (an index into the days asked for) with one rating, to cards in review or not. */
/** Up to this many cards are counted from their own reviews (answerCountsByDay); more, day by day. */
const COUNTED_BY_CARD_MAX = 2000;

/** A set of card ids: a Set will do. */
export interface IdSet extends Iterable<string> {
  readonly size: number;
  has(id: string): boolean;
}

/** A review as the FSRS optimizer's revlog format has it (and `amgi log` moves it). */
export interface LoggedReview {
  cardId: string;
  /** ms since the epoch */
  reviewTime: number;
  rating: Rating;
  stateBefore: CardStateKind;
  /** ms */
  duration: number;
}

/** FSRS parameters in use, and how they were fitted. */
export interface StoredParameters {
  weights: number[];
  adoptedAt: number;
  /** Log loss and RMSE (bins) of these parameters on the reviews they were fitted to. */
  logLoss: number | undefined;
  rmse: number | undefined;
  /** Reviews in the log when they were fitted. */
  reviews: number;
}

export interface ImportResult {
  /** Reviews stored by this import. */
  added: number;
  /** Reviews already in the store (the same card and time, the same answer). */
  duplicates: number;
  /** Reviews that disagreed with another answer for the same card and time (see importReviews). */
  conflicts: LoggedReview[];
  /** Stored reviews set aside because an imported one at the same card and time won. */
  replaced: number;
  /** Cards whose state was recomputed. */
  cards: number;
}

interface CardRow {
  id: string;
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
  suspended: number;
  buried_until_day: number | null;
}

export class ReviewStore {
  /**
   * Statements an export runs once per deck, prepared once: a statement's memory is freed only when
   * the garbage collector gets to it, and a thousand of them held tens of megabytes.
   */
  private amongCards: Database.Statement | undefined;
  private amongReviews: Database.Statement | undefined;
  /** The statements every answer runs, prepared once: preparing costs more than running them. */
  private readonly statements = new Map<string, Database.Statement>();
  /** Set by deferCheckpoints: writes since the WAL was last checkpointed. */
  private writesSinceCheckpoint: number | undefined;
  /** Set by writesFor: the decks folder every write is for, or how to find it at the first write. */
  private folderToRecord: DecksFolder | (() => DecksFolder) | undefined;
  /** Whether this store recorded folderToRecord already (then a write only checks that it still is). */
  private folderRecorded = false;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
    /** Where a store that could not be opened in place is read from (see open's `onlyReads`): removed on close. */
    private readonly copyDir?: string,
  ) {}

  /**
   * Open (or create) a store. A file that is not an amgi store is refused and left untouched.
   * `onlyReads`: the command only reads (due, stats, a log export), so a store that cannot be written
   * (a read-only folder, a backup) is read as it is, never migrated or changed.
   */
  static open(path: string, { onlyReads = false }: { onlyReads?: boolean } = {}): ReviewStore {
    if (path !== ':memory:') refuseForeignFile(path);
    try {
      return new ReviewStore(openInPlace(path), path);
    } catch (error) {
      if (!onlyReads || !existsSync(path) || sqliteTrouble(error) !== 'unwritable') throw storeError(path, error);
    }
    // Read a copy: SQLite keeps a WAL store's -shm file beside it, which a read-only folder cannot
    // hold, and which beside a read-only file it would make read-only too, blocking later writers.
    let copyDir: string;
    try {
      copyDir = scratchFolder('store'); // named after the process: its main thread removes it on Ctrl-C, also one an export thread made
    } catch (error) {
      throw new UserError(`${path}: amgi cannot write the review store, and could not copy it to read it either (${(error as Error).message}). Set TMPDIR to a folder amgi may write.`);
    }
    copiesToRemove.add(copyDir);
    removeCopiesOnExit();
    try {
      const copy = join(copyDir, 'amgi.sqlite');
      copyFileSync(path, copy);
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
      upgradeCopy(copy, path);
      return new ReviewStore(openReadOnly(copy, path), path, copyDir);
    } catch (error) {
      removeCopy(copyDir);
      throw storeError(path, fileSystemProblem(error) ?? error);
    }
  }

  close(): void {
    this.db.close();
    if (this.copyDir) removeCopy(this.copyDir);
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /**
   * Caps this connection's page cache (better-sqlite3 makes it 16 MB): an export reads each deck's
   * rows once, scattered over the file, and two threads' caches filled up to a seventh of its memory.
   */
  limitPageCache(kibibytes: number): void {
    this.db.pragma(`cache_size = -${Math.max(1, Math.floor(kibibytes))}`);
  }

  /**
   * For a review session: SQLite copies the write-ahead log into the database (a checkpoint, with an
   * fsync) every thousand pages, inside whichever commit crosses the mark, and that answer took
   * 10 to 70 ms instead of a fraction of one. The session checkpoints between cards instead
   * (checkpointIfDue), while the next card is read. Every answer is still committed before it is shown
   * as done: a checkpoint only moves committed pages.
   */
  deferCheckpoints(): void {
    this.db.pragma('wal_autocheckpoint = 0');
    this.writesSinceCheckpoint = 0;
  }

  /** After deferCheckpoints: checkpoint once about as many pages have been written as SQLite would let pass. Returns whether it did. */
  checkpointIfDue(): boolean {
    // An answer writes about ten pages (the log, its indexes and the card); SQLite's own mark is 1,000.
    if (this.writesSinceCheckpoint === undefined || this.writesSinceCheckpoint < 100) return false;
    this.db.pragma('wal_checkpoint(PASSIVE)');
    this.writesSinceCheckpoint = 0;
    return true;
  }

  /**
   * Every write from now on is for this decks folder: the first one records it as served, in the same
   * transaction, and later ones record it again if another folder's purge forgot it meanwhile (see
   * served-folders.ts). A command that only reads records nothing. Given as a function, the folder
   * is found at the first write: a review session looks at no file for it before its first answer.
   */
  writesFor(folder: DecksFolder | (() => DecksFolder)): void {
    this.folderToRecord = folder;
    this.folderRecorded = false;
  }

  /** The decks folders other than `folder` this store has served (see served-folders.ts). */
  otherFolders(folder: DecksFolder): ServedFolder[] {
    return otherFolders(this.db, folder);
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  card(id: string): StoredCard | undefined {
    const row = this.prepared('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
    return row && fromRow(row);
  }

  /** Every stored card, by id. */
  cards(): Map<string, StoredCard> {
    const rows = this.db.prepare('SELECT * FROM cards').all() as CardRow[];
    return new Map(rows.map((row) => [row.id, fromRow(row)]));
  }

  /** The stored cards among these ids, by id. */
  cardsAmong(ids: readonly string[]): Map<string, StoredCard> {
    this.amongCards ??= this.db.prepare('SELECT * FROM cards WHERE id IN (SELECT value FROM json_each(?))');
    const rows = this.amongCards.all(JSON.stringify(ids)) as CardRow[];
    return new Map(rows.map((row) => [row.id, fromRow(row)]));
  }

  /**
   * The review log of these cards without undone answers, by card, each card's oldest first (as
   * `reviews` orders them): an export reads its decks' cards one deck at a time, not the whole log.
   */
  reviewsAmong(ids: readonly string[]): Map<string, ReviewEntry[]> {
    // Rows as arrays: better-sqlite3 makes objects with named columns at twice the cost, for a million rows.
    this.amongReviews ??= this.db
      .prepare(
        `SELECT revlog.id, revlog.card_id, revlog.review_time, revlog.rating, revlog.state_before, revlog.elapsed_days, revlog.scheduled_days, revlog.duration
         FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id
         WHERE undone.revlog_id IS NULL AND revlog.card_id IN (SELECT value FROM json_each(?))
         ORDER BY revlog.review_time, revlog.id`,
      )
      .raw();
    const rows = this.amongReviews.all(JSON.stringify(ids)) as [number, string, number, number, number, number, number, number][];
    const byCard = new Map<string, ReviewEntry[]>();
    for (const [id, cardId, reviewTime, rating, stateBefore, elapsedDays, scheduledDays, duration] of rows) {
      const entry: ReviewEntry = { id, cardId, reviewTime, rating: rating as Rating, stateBefore: stateBefore as CardStateKind, elapsedDays, scheduledDays, duration };
      const list = byCard.get(cardId);
      if (list) list.push(entry);
      else byCard.set(cardId, [entry]);
    }
    return byCard;
  }

  /**
   * What a queue needs to know of each reviewed card until `horizon` (ms): due, state, suspension
   * and burial for every card that is not in review, or is due before the horizon, or is suspended
   * or buried; every other reviewed card only as known (see QueueStates). Reading 100,000 full rows
   * to count today's cards costs more than the rest of `amgi due` together.
   */
  cardsDueBefore(horizon: number): QueueStates {
    // Pages mapped rather than read one system call each: two thousand of them for 100,000 cards. Only
    // here: a command that reads the whole log would count every page it maps as its own memory.
    this.db.pragma('mmap_size = 268435456');
    try {
      // When every id is amgi's own (an index of the others says none is), all of them come as one
      // blob of their bytes (SQLite decodes the hex), read from the id index alone. The cards that
      // matter come as JSON, which parses far faster than rows arrive: those due before the horizon
      // (from the due index) and those not in review (from their own index; a card in both comes twice, alike).
      const otherIds = this.prepared(`SELECT count(*) FROM cards INDEXED BY cards_other_ids WHERE NOT id GLOB '${OWN_ID_GLOB}'`).pluck().get() as number;
      const [count, bytes] = otherIds > 0 ? [0, null] : (this.prepared("SELECT count(*), unhex(group_concat(id, '')) FROM cards").raw().get() as [number, Buffer | null]);
      const states = otherIds === 0 && (bytes?.length ?? 0) === 6 * count ? QueueStates.fromIdBytes(bytes ?? Buffer.alloc(0)) : this.queueStatesOfAnyIds();
      const soon = this.prepared(
        `SELECT (SELECT json_group_array(json_array(id, due, state, suspended, buried_until_day)) FROM cards WHERE due < ?),
                (SELECT json_group_array(json_array(id, due, state, suspended, buried_until_day)) FROM cards INDEXED BY cards_not_in_review
                   WHERE state != 2 OR suspended != 0 OR buried_until_day IS NOT NULL)`,
      )
        .raw()
        .get(horizon) as [string, string];
      for (const rows of soon) states.setSoon(JSON.parse(rows) as SoonRow[]);
      return states;
    } finally {
      this.db.pragma('mmap_size = 0');
    }
  }

  /** QueueStates of stored ids of any shape (imported from other tools). */
  private queueStatesOfAnyIds(): QueueStates {
    const own = 'length(id) = 12 AND length(CAST(id AS BLOB)) = 12';
    const ownIds = (this.prepared(`SELECT group_concat(id, '') FROM cards WHERE ${own}`).pluck().get() as string | null) ?? '';
    const others = this.prepared(`SELECT id FROM cards WHERE NOT (${own})`).pluck().all() as string[];
    return QueueStates.fromIds(ownIds, others);
  }

  /**
   * The earliest time after `after` at which one of the given cards (not suspended, not new) comes up:
   * `availableFrom` says when a card does (a review card from the start of its due day, a learning
   * card when due), and must never be later than its due, nor earlier than `notBefore(due)`. Cards
   * come in order of due, so the search stops once no later card can come up sooner.
   */
  nextAvailableAmong(isWanted: (cardId: string) => boolean, after: number, availableFrom: (card: DueCard) => number, notBefore: (due: number) => number): number | undefined {
    let soonest: number | undefined;
    const consider = (row: DueCard & { id: string }) => {
      if (!isWanted(row.id)) return;
      const at = availableFrom(row);
      // Come up already but not shown: held back by the day's limits, which the caller counts apart.
      if (at > after && (soonest === undefined || at < soonest)) soonest = at;
    };
    // Buried cards, whatever their due (one due yesterday comes back when its burial ends), new ones too.
    for (const row of this.prepared('SELECT id, due, state, buried_until_day AS buriedUntilDay FROM cards WHERE suspended = 0 AND buried_until_day IS NOT NULL').iterate() as IterableIterator<DueCard & { id: string }>) consider(row);
    const rows = this.db.prepare('SELECT id, due, state, buried_until_day AS buriedUntilDay FROM cards WHERE state != 0 AND suspended = 0 AND due > ? ORDER BY due').iterate(after) as IterableIterator<DueCard & { id: string }>;
    for (const row of rows) {
      if (soonest !== undefined && notBefore(row.due) >= soonest) break;
      consider(row);
    }
    return soonest;
  }

  /**
   * Answer a card: the review is logged and the card's new state saved in one transaction, so an
   * answer is either wholly in the store or not at all.
   */
  answer(scheduler: Scheduler, cardId: string, rating: Rating, now: number, durationMs: number): { card: StoredCard; revlogId: number } {
    return this.write(() => {
      const before = this.card(cardId);
      const state = before ?? { ...scheduler.newCard(now), id: cardId, suspended: false, buriedUntilDay: undefined };
      const { next, elapsedDays } = scheduler.answer(cardId, state, now, rating);
      const { lastInsertRowid } = this.prepared('INSERT INTO revlog (card_id, review_time, rating, state_before, elapsed_days, scheduled_days, duration, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(cardId, now, rating, state.state, elapsedDays, next.scheduledDays, answerDuration(durationMs), before ? JSON.stringify(before) : null);
      const stored: StoredCard = { ...next, id: cardId, suspended: false, buriedUntilDay: undefined };
      this.save(stored);
      return { card: stored, revlogId: Number(lastInsertRowid) };
    });
  }

  /**
   * Undo an answer (by default the latest one not yet undone). Only the latest answer of its card
   * can be undone; an older one returns undefined. The card gets back the state saved with the
   * answer, exactly; but if its history or the parameters changed since (an import, `amgi
   * optimize`), that state is stale, and the card is rebuilt by replaying the answers left, under
   * `scheduler`.
   */
  undo(now: number, revlogId?: number, scheduler?: Scheduler): ReviewEntry | undefined {
    return this.write(() => {
      const counted = 'SELECT revlog.* FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL';
      const row = (
        revlogId === undefined ? this.db.prepare(`${counted} ORDER BY revlog.id DESC LIMIT 1`).get() : this.db.prepare(`${counted} AND revlog.id = ?`).get(revlogId)
      ) as (RevlogRow & { card_before: string | null }) | undefined;
      if (!row) return undefined;
      const answeredSince = this.db
        .prepare(`${counted} AND revlog.card_id = ? AND (revlog.review_time > ? OR (revlog.review_time = ? AND revlog.id > ?)) LIMIT 1`)
        .get(row.card_id, row.review_time, row.review_time, row.id);
      if (answeredSince) return undefined;
      const before = row.card_before === null ? undefined : (JSON.parse(row.card_before) as StoredCard);
      const importedSince = this.db.prepare('SELECT 1 FROM revlog WHERE card_id = ? AND id > ? LIMIT 1').get(row.card_id, row.id);
      const refittedSince = this.db.prepare('SELECT 1 FROM parameters WHERE adopted_at >= ? LIMIT 1').get(row.review_time);
      this.db.prepare('INSERT INTO undone (revlog_id, undone_at) VALUES (?, ?)').run(row.id, now);
      const left = (importedSince || refittedSince) && scheduler ? this.reviews(row.card_id) : undefined;
      if (left && left.length > 0) {
        const replayed = scheduler!.replay(row.card_id, left.map((entry) => ({ time: entry.reviewTime, rating: entry.rating }))).at(-1)!.next;
        this.save({ ...replayed, id: row.card_id, suspended: before?.suspended ?? false, buriedUntilDay: before?.buriedUntilDay });
      } else if (before) {
        this.save(before);
      } else {
        this.db.prepare('DELETE FROM cards WHERE id = ?').run(row.card_id);
      }
      return toEntry(row);
    });
  }

  /** The review log without undone answers, oldest first (imported reviews take their place by time); of one card, if given. */
  reviews(cardId?: string): ReviewEntry[] {
    // Ordered by time, then id: the time index gives that order without sorting a million rows.
    const rows = this.db
      .prepare(
        `SELECT revlog.id, revlog.card_id, revlog.review_time, revlog.rating, revlog.state_before, revlog.elapsed_days, revlog.scheduled_days, revlog.duration
         FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id
         WHERE undone.revlog_id IS NULL ${cardId === undefined ? '' : 'AND revlog.card_id = ?'}
         ORDER BY revlog.review_time, revlog.id`,
      )
      .all(...(cardId === undefined ? [] : [cardId])) as RevlogRow[];
    return rows.map(toEntry);
  }

  /**
   * The review log (undone answers excluded) as `amgi log export` writes it: oldest first, ties by card
   * id, read as it goes. The log is stored about in time order, so the time index reads it about in
   * the table's order.
   */
  *reviewsForExport(): IterableIterator<LoggedReview> {
    const rows = this.db
      .prepare(
        `SELECT card_id, review_time, rating, state_before, duration FROM revlog
         WHERE NOT EXISTS (SELECT 1 FROM undone WHERE undone.revlog_id = revlog.id)
         ORDER BY review_time, card_id, id`,
      )
      .raw()
      .iterate() as IterableIterator<[string, number, Rating, CardStateKind, number]>;
    for (const [cardId, reviewTime, rating, stateBefore, duration] of rows) yield { cardId, reviewTime, rating, stateBefore, duration };
  }

  /** The review log (undone answers excluded) card by card, each card's oldest first. */
  *reviewsByCard(): IterableIterator<ReviewEntry> {
    for (const { reviews } of this.historiesByCard()) yield* reviews;
  }

  /**
   * Each reviewed card's history (undone answers excluded), oldest first, cards in the order of their
   * ids, read as it goes. SQLite sorts the log in one pass over the table and hands over each card's
   * reviews as one JSON array. Read in card order through the (card, time) index, a table page was
   * fetched for nearly every review, and a million rows handed over one by one took 4 s; this takes 1.5 s.
   */
  *historiesByCard(): IterableIterator<CardHistory> {
    const rows = this.db.prepare(HISTORIES_SQL).raw().iterate() as IterableIterator<[string, string]>;
    for (const [cardId, json] of rows) yield { cardId, reviews: reviewEntries(cardId, json) };
  }

  /**
   * The log's answers counted by study day (undone answers excluded): those to the cards `inScope`,
   * and how many went to other cards. `dayStarts[n]` is the first instant of day n, and the last one
   * the end of the last day. Ratings and states are counted only on the days from `detailFrom` on:
   * before it, a day's answers are counted from the time index alone, without reading their rows.
   *
   * SQLite counts every answer by time, and the cards of whichever list is shorter are counted apart:
   * the cards in scope, or the reviewed cards outside it (with every deck chosen, only those that left
   * the notes). Checking each of 700,000 answers against a list of 100,000 cards took 0.5 s. All of it
   * is read in one transaction, so an answer saved meanwhile by a session is counted once or not at all.
   */
  answerCountsByDay(dayStarts: readonly number[], inScope: IdSet, detailFrom = 0): AnswerCounts {
    return this.db.transaction(() => {
      // The cards with reviews, from the card index: a card's row alone would miss reviews whose card
      // has none (an older amgi's undone bury of a card answered meanwhile elsewhere deleted its row).
      const reviewed = JSON.parse(this.prepared('SELECT json_group_array(card_id) FROM (SELECT DISTINCT card_id FROM revlog)').pluck().get() as string) as string[];
      const outOfScope = reviewed.filter((id) => !inScope.has(id));
      const listScope = inScope.size <= outOfScope.length;
      const listed = listScope ? [...new Set(inScope)] : outOfScope;
      const all = this.tallyDays(dayStarts, detailFrom, false);
      const apart = listed.length <= COUNTED_BY_CARD_MAX ? this.tallyCards(listed, dayStarts, detailFrom) : this.tallyListedDays(listed, dayStarts, detailFrom);
      return listScope ? apart.toCounts(all.total() - apart.total()) : all.minus(apart).toCounts(apart.total());
    })();
  }

  /**
   * Answers day by day from the time index: SQLite counts each day's few groups as they come, where
   * one query over all days sorted 700,000 rows into groups. Undone answers are counted, then taken
   * away: they are few, and asking the undone table about every answer took about half of the count.
   */
  private tallyDays(dayStarts: readonly number[], detailFrom: number, onlyListed: boolean): DayTally {
    const filter = `review_time >= ? AND review_time < ?${onlyListed ? ' AND card_id IN listed_cards' : ''}`;
    const total = this.prepared(`SELECT count(*) FROM revlog INDEXED BY revlog_time WHERE ${filter}`).pluck();
    const grouped = this.prepared(`SELECT rating, state_before = 2, count(*) FROM revlog INDEXED BY revlog_time WHERE ${filter} GROUP BY 1, 2`).raw();
    const tally = new DayTally(dayStarts.length - 1, detailFrom);
    for (let day = 0; day + 1 < dayStarts.length; day++) {
      if (day < detailFrom) {
        tally.addTotal(day, total.get(dayStarts[day], dayStarts[day + 1]) as number);
        continue;
      }
      for (const [rating, inReview, count] of grouped.all(dayStarts[day], dayStarts[day + 1]) as [Rating, 0 | 1, number][]) tally.add(day, rating, inReview === 1, count);
    }
    return tally.minus(this.tallyUndone(dayStarts, detailFrom, onlyListed));
  }

  /** The undone answers among those tallyDays counts. */
  private tallyUndone(dayStarts: readonly number[], detailFrom: number, onlyListed: boolean): DayTally {
    const tally = new DayTally(dayStarts.length - 1, detailFrom);
    if (dayStarts.length < 2) return tally;
    const rows = this.prepared(
      `SELECT revlog.review_time, revlog.rating, revlog.state_before = 2 FROM undone JOIN revlog ON revlog.id = undone.revlog_id
       WHERE revlog.review_time >= ? AND revlog.review_time < ?${onlyListed ? ' AND revlog.card_id IN listed_cards' : ''}`,
    )
      .raw()
      .all(dayStarts[0], dayStarts.at(-1)) as [number, Rating, 0 | 1][];
    for (const [time, rating, inReview] of rows) tally.add(dayIndex(dayStarts, time)!, rating, inReview === 1);
    return tally;
  }

  /** Answers to a few cards, from each card's own reviews (the card index): cheap for a few cards, slow for tens of thousands. */
  private tallyCards(cardIds: readonly string[], dayStarts: readonly number[], detailFrom: number): DayTally {
    const tally = new DayTally(dayStarts.length - 1, detailFrom);
    if (cardIds.length === 0) return tally;
    const rows = this.prepared(
      `SELECT revlog.review_time, revlog.rating, revlog.state_before = 2
       FROM json_each(?) AS listed JOIN revlog INDEXED BY revlog_card ON revlog.card_id = listed.value AND revlog.review_time >= ? AND revlog.review_time < ?
       WHERE NOT EXISTS (SELECT 1 FROM undone WHERE undone.revlog_id = revlog.id)`,
    )
      .raw()
      .all(JSON.stringify(cardIds), dayStarts[0], dayStarts.at(-1)) as [number, Rating, 0 | 1][];
    for (const [time, rating, inReview] of rows) tally.add(dayIndex(dayStarts, time)!, rating, inReview === 1);
    return tally;
  }

  /** Answers to many cards, day by day, each answer's card looked up in a table of them. */
  private tallyListedDays(cardIds: readonly string[], dayStarts: readonly number[], detailFrom: number): DayTally {
    // A temporary table (in memory, so a read-only store can have one too): a list given with each
    // day's query would be built again for each.
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS listed_cards (id TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM listed_cards;');
    try {
      this.prepared('INSERT OR IGNORE INTO listed_cards SELECT value FROM json_each(?)').run(JSON.stringify(cardIds));
      return this.tallyDays(dayStarts, detailFrom, true);
    } finally {
      this.db.exec('DELETE FROM listed_cards');
    }
  }

  /** What statistics read of every stored card, in columns (see CardFactsTable). */
  cardFacts(): CardFactsTable {
    return this.db.transaction(() => this.readCardFacts())();
  }

  private readCardFacts(): CardFactsTable {
    // amgi's own ids come as their bytes, as in cardsDueBefore: no string per card. (In one
    // transaction with the check that they are all amgi's own.)
    const allOwn = (this.prepared(`SELECT count(*) FROM cards INDEXED BY cards_other_ids WHERE NOT id GLOB '${OWN_ID_GLOB}'`).pluck().get() as number) === 0;
    const [ids, ...json] = this.prepared(
      `SELECT ${allOwn ? "unhex(group_concat(id, ''))" : 'json_group_array(id)'}, json_group_array(due), json_group_array(state),
              json_group_array(suspended), json_group_array(stability), json_group_array(lapses), json_group_array(last_review)
       FROM cards`,
    )
      .raw()
      .get() as [Buffer | string | null, ...string[]];
    const [due, state, suspended, stability, lapses, lastReview] = json.map((column) => JSON.parse(column) as unknown[]);
    const idColumn = allOwn ? (ids as Buffer | null) ?? new Uint8Array(0) : (JSON.parse(ids as string) as string[]);
    return new CardFactsTable({ ids: idColumn, due, state, suspended, stability, lapses, lastReview } as CardFactColumns);
  }

  /** How many reviews the log holds (undone answers excluded). */
  reviewCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL').get() as { n: number }).n;
  }

  /**
   * Merge reviews from elsewhere (another machine, another FSRS tool). A review is known by its card
   * and time. One already stored with the same answer is not stored again, so importing a file twice
   * changes nothing. When two sources disagree about the same card and time, the lower (rating,
   * state, duration) is counted and the other is kept in the log but set aside (as undone, reason
   * "superseded"), so that imports in any order end with the same log. A review undone here stays
   * undone. Each affected card's state is then rebuilt by replaying its history; its suspension and
   * burial are kept.
   *
   * The replay is planned outside the write lock, so a review session in another process is not
   * kept waiting; if the log changed meanwhile, the plan is made again.
   */
  importReviews(scheduler: Scheduler, reviews: ReviewBatch | readonly LoggedReview[]): ImportResult {
    const batch = reviews instanceof ReviewBatch ? reviews : ReviewBatch.from(reviews);
    for (let attempt = 1; ; attempt++) {
      const plan = this.db.transaction(() => ({ version: this.logVersion(), ...this.planImport(scheduler, batch) }))();
      const result = this.write(() => {
        if (attempt < 3 && this.logVersion() !== plan.version) return undefined; // planned on a stale log
        const insert = this.db.prepare(
          'INSERT INTO revlog (card_id, review_time, rating, state_before, elapsed_days, scheduled_days, duration, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)',
        );
        const setAside = this.db.prepare("INSERT INTO undone (revlog_id, undone_at, reason) VALUES (?, ?, 'superseded')");
        const { count, positions, elapsedDays, scheduledDays } = plan.inserts;
        for (let k = 0; k < count; k++) {
          const n = positions[k]!;
          insert.run(batch.cardIds[batch.card[n]!], batch.time[n], batch.rating[n], batch.stateBefore[n], elapsedDays[k], scheduledDays[k], batch.duration[n]);
        }
        for (const id of plan.superseded) setAside.run(id, Date.now());
        const { states } = plan;
        for (let k = 0; k < states.count; k++) {
          const cardId = batch.cardIds[states.card[k]!]!;
          const current = this.card(cardId);
          this.saveState(cardId, states.at(k), current?.suspended ?? false, current?.buriedUntilDay);
        }
        return { added: count, duplicates: plan.duplicates, conflicts: plan.conflicts, replaced: plan.superseded.length, cards: states.count };
      });
      if (result) return result;
    }
  }

  /**
   * What an import would write, read from the store as it is now (see importReviews): card by card,
   * each card's stored history read once. Planned review by review, with two queries per review and
   * objects for each, a million reviews took 1.8 GB.
   */
  private planImport(scheduler: Scheduler, batch: ReviewBatch) {
    const storedHistory = this.db.prepare(
      `SELECT revlog.id, revlog.review_time, revlog.rating, revlog.state_before, revlog.duration, undone.revlog_id IS NOT NULL
       FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id
       WHERE revlog.card_id = ? ORDER BY revlog.review_time, revlog.id`,
    ).raw();
    const answerOf = (n: number) => ({ rating: batch.rating[n] as Rating, stateBefore: batch.stateBefore[n] as CardStateKind, duration: batch.duration[n]! });
    // Typed and as long as the file: pushed to, a million numbers took three times their size. Days
    // are whole numbers (the columns are STRICT INTEGER) well within 32 bits.
    const inserts = { count: 0, positions: new Uint32Array(batch.length), elapsedDays: new Int32Array(batch.length), scheduledDays: new Int32Array(batch.length) };
    const superseded: number[] = [];
    const states = new PlannedStates(batch.cardIds.length);
    let duplicates = 0;
    const conflicts: { foundAt: number; position: number }[] = [];
    const { starts, positions } = batch.byCard();
    for (let card = 0; card < batch.cardIds.length; card++) {
      const cardId = batch.cardIds[card]!;
      const stored = (storedHistory.all(cardId) as StoredAnswerRow[]).map(([id, time, rating, stateBefore, duration, undone]) => ({ id, time, rating, stateBefore, duration, undone: undone === 1 }));
      // Per time: the stored answer that counts (the first not undone), or none though one was undone.
      const storedAt = new Map<number, (typeof stored)[number] | null>();
      for (const answer of stored) if (!storedAt.get(answer.time)) storedAt.set(answer.time, answer.undone ? null : answer);
      const chosen: number[] = []; // per time, the review the file brings in
      const setAside = new Set<number>();
      for (let k = starts[card]!; k < starts[card + 1]!; ) {
        const time = batch.time[positions[k]!]!;
        const counted = storedAt.get(time);
        let chosenHere: number | undefined;
        for (; k < starts[card + 1]! && batch.time[positions[k]!] === time; k++) {
          const n = positions[k]!;
          if (chosenHere !== undefined) {
            const order = compareAnswers(answerOf(n), answerOf(chosenHere));
            if (order === 0) duplicates++;
            else {
              conflicts.push({ foundAt: n, position: order < 0 ? chosenHere : n });
              if (order < 0) chosenHere = n;
            }
          } else if (counted) {
            const order = compareAnswers(answerOf(n), counted);
            if (order === 0) duplicates++;
            else {
              conflicts.push({ foundAt: n, position: n });
              if (order < 0) {
                setAside.add(counted.id);
                chosenHere = n;
              }
            }
          } else if (counted === null) {
            duplicates++; // undone here: the user took it back
          } else {
            chosenHere = n;
          }
        }
        if (chosenHere !== undefined) chosen.push(chosenHere);
      }
      if (chosen.length === 0) continue;
      const history = [
        ...stored.filter((answer) => !answer.undone && !setAside.has(answer.id)).map(({ time, rating }) => ({ time, rating, position: -1 })),
        ...chosen.map((n) => ({ time: batch.time[n]!, rating: batch.rating[n] as Rating, position: n })),
      ].sort((a, b) => a.time - b.time);
      const replayed = scheduler.replay(cardId, history);
      history.forEach(({ position }, k) => {
        if (position < 0) return;
        inserts.positions[inserts.count] = position;
        inserts.elapsedDays[inserts.count] = replayed[k]!.elapsedDays;
        inserts.scheduledDays[inserts.count++] = replayed[k]!.next.scheduledDays;
      });
      states.push(card, replayed.at(-1)!.next);
      pushAll(superseded, setAside);
    }
    // Reported in the file's order, as they were met.
    conflicts.sort((a, b) => a.foundAt - b.foundAt);
    return { inserts, superseded, states, duplicates, conflicts: conflicts.map(({ position }) => batch.at(position)) };
  }

  /** Changes whenever a review is added or set aside, by any process. */
  private logVersion(): string {
    const row = this.db.prepare('SELECT (SELECT ifnull(max(id), 0) FROM revlog) AS revlog, (SELECT count(*) FROM undone) AS undone').get() as { revlog: number; undone: number };
    return `${row.revlog}:${row.undone}`;
  }

  /** The FSRS parameters in use, if `amgi optimize` adopted any. */
  parameters(): StoredParameters | undefined {
    const row = this.prepared('SELECT * FROM parameters ORDER BY id DESC LIMIT 1').get() as
      | { adopted_at: number; weights: string; log_loss: number | null; rmse: number | null; reviews: number }
      | undefined;
    if (!row) return undefined;
    return { weights: JSON.parse(row.weights) as number[], adoptedAt: row.adopted_at, logLoss: row.log_loss ?? undefined, rmse: row.rmse ?? undefined, reviews: row.reviews };
  }

  /**
   * Adopt new parameters and save the card states `recompute` derives from the cards and the log.
   * The recomputation runs outside the write lock (a review session elsewhere is not kept waiting);
   * if an answer came in meanwhile, it runs again inside. Returns how many cards were saved.
   */
  adoptParameters(parameters: StoredParameters, recompute: (cardId: string, stored: StoredCard | undefined, history: readonly ReviewEntry[]) => StoredCard): number {
    // Planned from a snapshot (a read transaction: a review session elsewhere can still write), one
    // card at a time, each history with its card's row: read as a million review objects, then
    // grouped by card, the log took 750 MB. The plan is kept as columns (see PlannedStates).
    const plan = () => {
      const ids: string[] = [];
      const planned = new PlannedStates(this.reviewedCardCount());
      for (const { cardId, reviews, stored } of this.historiesWithCards()) {
        const card = recompute(cardId, stored, reviews);
        ids.push(cardId);
        planned.push(ids.length - 1, card, card);
      }
      return { version: this.logVersion(), ids, planned };
    };
    const snapshot = this.db.transaction(plan)();
    return this.write(() => {
      const { ids, planned } = this.logVersion() === snapshot.version ? snapshot : plan();
      this.db
        .prepare('INSERT INTO parameters (adopted_at, weights, log_loss, rmse, reviews) VALUES (?, ?, ?, ?, ?)')
        .run(parameters.adoptedAt, JSON.stringify(parameters.weights), parameters.logLoss ?? null, parameters.rmse ?? null, parameters.reviews);
      for (let k = 0; k < planned.count; k++) {
        const id = ids[planned.card[k]!]!;
        // Suspended or buried meanwhile: those flags are the user's latest word.
        const current = this.card(id);
        const flags = current ?? planned.flagsAt(k);
        this.saveState(id, planned.at(k), flags.suspended, flags.buriedUntilDay);
      }
      return planned.count;
    });
  }

  /** How many cards have a review (undone ones included): an upper bound for a plan's size. */
  private reviewedCardCount(): number {
    return this.prepared('SELECT count(*) FROM (SELECT DISTINCT card_id FROM revlog)').pluck().get() as number;
  }

  /** historiesByCard, each history with its card's row (undefined for a card without one). */
  private *historiesWithCards(): IterableIterator<CardHistory & { stored: StoredCard | undefined }> {
    const rows = this.db
      .prepare(`SELECT histories.card_id AS history_card, histories.reviews AS history, cards.* FROM (${HISTORIES_SQL}) AS histories LEFT JOIN cards ON cards.id = histories.card_id`)
      .iterate() as IterableIterator<{ history_card: string; history: string } & (CardRow | { [column in keyof CardRow]: null })>;
    for (const row of rows) {
      yield { cardId: row.history_card, reviews: reviewEntries(row.history_card, row.history), stored: row.id === null ? undefined : fromRow(row) };
    }
  }

  /**
   * Undo a bury or a suspension: the card gets back its flags of `before` (undefined: it had no row,
   * so none). Only the flags: another amgi may have answered the card since (a second session, an
   * import), and its schedule then is that answer's, not `before`'s. The row goes only where it was
   * made for the set-aside and the card has no review still: a reviewed card without a row would
   * come up as new.
   */
  restore(cardId: string, before: StoredCard | undefined): void {
    this.write(() => {
      const now = this.card(cardId);
      if (now === undefined) return; // purged meanwhile: nothing to put back
      const reviewed = this.prepared('SELECT 1 FROM revlog WHERE card_id = ? AND NOT EXISTS (SELECT 1 FROM undone WHERE undone.revlog_id = revlog.id) LIMIT 1').get(cardId) !== undefined;
      if (before === undefined && !reviewed) this.db.prepare('DELETE FROM cards WHERE id = ?').run(cardId);
      else this.save({ ...now, suspended: before?.suspended ?? false, buriedUntilDay: before?.buriedUntilDay });
    });
  }

  /** Answers (not undone) since `since` ms, by the card's state before the answer. */
  answersSince(since: number): Map<CardStateKind, number> {
    const rows = this.prepared('SELECT state_before AS state, count(*) AS n FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL AND review_time >= ? GROUP BY state_before')
      .all(since) as { state: CardStateKind; n: number }[];
    return new Map(rows.map((row) => [row.state, row.n]));
  }

  /** The cards answered since `since` (undone answers left out). */
  cardsAnsweredSince(since: number): Set<string> {
    const ids = this.prepared('SELECT DISTINCT card_id FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL AND review_time >= ?').pluck().all(since) as string[];
    return new Set(ids);
  }

  /** Hide a card until the given study day (bury), keeping its schedule. */
  bury(scheduler: Scheduler, cardId: string, untilDay: number, now: number): void {
    this.write(() => {
      const card = this.card(cardId) ?? { ...scheduler.newCard(now), id: cardId, suspended: false, buriedUntilDay: undefined };
      this.save({ ...card, buriedUntilDay: untilDay });
    });
  }

  setSuspended(scheduler: Scheduler, cardId: string, suspended: boolean, now: number): void {
    this.write(() => {
      const card = this.card(cardId) ?? { ...scheduler.newCard(now), id: cardId, suspended: false, buriedUntilDay: undefined };
      this.save({ ...card, suspended });
    });
  }

  /** Stored cards whose id is in no deck: their history waits for the id to return. */
  orphans(inDecks: IdSet): string[] {
    const ids = this.prepared('SELECT id FROM cards UNION SELECT card_id FROM revlog').pluck().all() as string[];
    return ids.filter((id) => !inDecks.has(id)).sort();
  }

  /** Reviews stored of each of these cards, undone ones excluded. */
  reviewCounts(cardIds: readonly string[]): Map<string, number> {
    const rows = this.prepared(
      `SELECT listed.value, count(revlog.id) FROM json_each(?) AS listed
       LEFT JOIN revlog INDEXED BY revlog_card ON revlog.card_id = listed.value AND NOT EXISTS (SELECT 1 FROM undone WHERE undone.revlog_id = revlog.id)
       GROUP BY listed.value`,
    )
      .raw()
      .all(JSON.stringify(cardIds)) as [string, number][];
    return new Map(rows);
  }

  /** The ids of the suspended cards, in order, from the index of cards not plainly in review. */
  suspendedIds(): string[] {
    return this.prepared(
      `SELECT id FROM cards INDEXED BY cards_not_in_review
       WHERE (state != 2 OR suspended != 0 OR buried_until_day IS NOT NULL) AND suspended != 0 ORDER BY id`,
    )
      .pluck()
      .all() as string[];
  }

  /**
   * Delete orphans and their history, for good. Returns how many cards were purged. With `guard`, its
   * `folder` is the decks folder `inDecks` are of: refused (a UserError, nothing deleted) while the store has also served
   * another folder, whose cards would look like orphans here, unless `anyFolder`; then the others are
   * forgotten, since no card of theirs outside `inDecks` is left.
   */
  purgeOrphans(inDecks: IdSet, guard?: { folder: DecksFolder; anyFolder?: boolean }): number {
    if (this.orphans(inDecks).length === 0) return 0;
    return this.write(() => {
      // Asked under the write lock: another project's session may have written since the orphans were listed.
      if (guard) {
        const others = otherFolders(this.db, guard.folder);
        if (others.length > 0 && !guard.anyFolder) throw sharedStoreRefusal(this.path, others, guard.folder);
        forgetOtherFolders(this.db, guard.folder);
      }
      // Listed again under the lock too: a card answered since by the folders just forgotten must go with
      // them, or it would be left with no folder recorded, for a later purge to take unasked.
      const orphans = this.orphans(inDecks);
      for (const id of orphans) {
        this.db.prepare('DELETE FROM undone WHERE revlog_id IN (SELECT id FROM revlog WHERE card_id = ?)').run(id);
        this.db.prepare('DELETE FROM revlog WHERE card_id = ?').run(id);
        this.db.prepare('DELETE FROM cards WHERE id = ?').run(id);
      }
      return orphans.length;
    });
  }

  /**
   * Run `work` in one IMMEDIATE transaction. If the disk is full or failing, SQLite rolls the whole
   * transaction back: nothing half-written stays, and the user is told the answer was not saved.
   */
  private write<T>(work: () => T): T {
    try {
      const result = this.db
        .transaction(() => {
          const done = work();
          this.recordServedFolder();
          return done;
        })
        .immediate();
      this.folderRecorded = this.folderToRecord !== undefined;
      if (this.writesSinceCheckpoint !== undefined) this.writesSinceCheckpoint++;
      return result;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new UserError(`${this.path}: another program has held the review store for over 5 seconds; the last action was not saved. Try again.`);
      }
      if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY') {
        throw new UserError(`${this.path}: cannot save (${code === 'SQLITE_FULL' ? 'the disk is full' : (error as Error).message}); the last action was not saved and the store is unchanged.`);
      }
      throw error;
    }
  }

  /**
   * Inside a write: the folder of writesFor recorded as served, at the first write fully, at later ones
   * only if it is no longer recorded (a write that only reads the row dirties no page of the store).
   */
  private recordServedFolder(): void {
    if (this.folderToRecord === undefined) return;
    if (typeof this.folderToRecord === 'function') this.folderToRecord = this.folderToRecord();
    const prepare = (sql: string) => this.prepared(sql);
    if (!this.folderRecorded || !stillRecorded(prepare, this.folderToRecord)) recordFolder(prepare, this.folderToRecord, Date.now());
  }

  private save(card: StoredCard): void {
    this.saveState(card.id, card, card.suspended, card.buriedUntilDay);
  }

  /**
   * save() from a schedule state and the card's flags, bound by position. An import saves 100,000
   * cards: spread into a new object and bound by name, each left garbage that V8 promoted (measured).
   */
  private saveState(id: string, state: ScheduleState, suspended: boolean, buriedUntilDay: number | undefined): void {
    this.prepared(
      `INSERT INTO cards (id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, suspended, buried_until_day)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
         scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
         state = excluded.state, last_review = excluded.last_review, suspended = excluded.suspended, buried_until_day = excluded.buried_until_day`,
    ).run(id, state.due, state.stability, state.difficulty, state.scheduledDays, state.learningSteps, state.reps, state.lapses, state.state, state.lastReview ?? null, suspended ? 1 : 0, buriedUntilDay ?? null);
  }
}

/** A card's review as historiesByCard reads it: id, review time, rating, state before, elapsed days, scheduled days, duration. */
type ReviewTuple = [number, number, Rating, CardStateKind, number, number, number];

/** Each reviewed card's answers (undone ones excluded) as one JSON array of ReviewTuples, oldest first. */
const HISTORIES_SQL = `SELECT card_id, json_group_array(json_array(id, review_time, rating, state_before, elapsed_days, scheduled_days, duration) ORDER BY review_time, id) AS reviews
   FROM revlog NOT INDEXED WHERE NOT EXISTS (SELECT 1 FROM undone WHERE undone.revlog_id = revlog.id)
   GROUP BY card_id`;

function reviewEntries(cardId: string, json: string): ReviewEntry[] {
  return (JSON.parse(json) as ReviewTuple[]).map(
    ([id, reviewTime, rating, stateBefore, elapsedDays, scheduledDays, duration]): ReviewEntry => ({ id, cardId, reviewTime, rating, stateBefore, elapsedDays, scheduledDays, duration }),
  );
}

/** One card's reviews, oldest first. */
export interface CardHistory {
  cardId: string;
  reviews: ReviewEntry[];
}

interface RevlogRow {
  id: number;
  card_id: string;
  review_time: number;
  rating: number;
  state_before: number;
  elapsed_days: number;
  scheduled_days: number;
  duration: number;
}

/** A stored answer as planImport reads it: id, time, rating, state before, duration, whether undone (1) or not (0). */
type StoredAnswerRow = [number, number, Rating, CardStateKind, number, 0 | 1];

/** The order that decides between two answers for the same card and time: lower rating, then state, then duration. */
function compareAnswers(a: Pick<LoggedReview, 'rating' | 'stateBefore' | 'duration'>, b: Pick<LoggedReview, 'rating' | 'stateBefore' | 'duration'>): number {
  return a.rating - b.rating || a.stateBefore - b.stateBefore || a.duration - b.duration;
}

function toEntry(row: RevlogRow): ReviewEntry {
  return {
    id: row.id,
    cardId: row.card_id,
    reviewTime: row.review_time,
    rating: row.rating as Rating,
    stateBefore: row.state_before as CardStateKind,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    duration: row.duration,
  };
}

function fromRow(row: CardRow): StoredCard {
  return {
    id: row.id,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateKind,
    lastReview: row.last_review ?? undefined,
    suspended: row.suspended === 1,
    buriedUntilDay: row.buried_until_day ?? undefined,
  };
}

function migrate(db: Database.Database, path: string): void {
  const check = (version: number) => {
    if (version > MIGRATIONS.length) {
      throw new UserError(`${path}: the review store has schema version ${version}, newer than this amgi knows (${MIGRATIONS.length}); update amgi.`);
    }
  };
  check(db.pragma('user_version', { simple: true }) as number);
  if ((db.pragma('user_version', { simple: true }) as number) === MIGRATIONS.length) return;
  db.transaction(() => {
    // Read again under the write lock: another process may have created or upgraded the store meanwhile.
    const version = db.pragma('user_version', { simple: true }) as number;
    check(version);
    if (version === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (let n = version; n < MIGRATIONS.length; n++) db.exec(MIGRATIONS[n]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** Copies of stores read where they could not be written (see open): removed on close, or as the process ends. */
const copiesToRemove = new Set<string>();

function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  copiesToRemove.delete(dir);
}

let removingOnExit = false;

/** A command cut short (`amgi log export | head`, Ctrl-C) ends without closing its store: its copy goes as the process exits, or on the signal. */
function removeCopiesOnExit(): void {
  if (removingOnExit) return;
  removingOnExit = true;
  cleanUpOnExit(() => {
    for (const dir of copiesToRemove) rmSync(dir, { recursive: true, force: true });
    copiesToRemove.clear();
  });
}

/** The store opened for reading and writing, its schema brought up to date. */
function openInPlace(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: 5000 });
  } catch (error) {
    if (sqliteTrouble(error) !== undefined) throw error;
    throw new UserError(`${path}: cannot open the review store (${(error as Error).message}).`);
  }
  if (db.readonly) {
    // SQLite opens a file it may not write read-only, silently: say so before it makes any file beside it.
    db.close();
    throw Object.assign(new Error('the file is read-only'), { code: 'SQLITE_READONLY' });
  }
  try {
    // Several amgi starting on a new store at once (two sessions, a session and a build) can find it
    // busy while one of them creates it or turns on its log; busy_timeout does not cover every step
    // of that, so each step is tried again for a while.
    whenNotBusy(() => refuseForeignDatabase(db, path));
    whenNotBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL'); // with WAL: an answer survives a killed process once committed
    db.pragma('foreign_keys = ON');
    whenNotBusy(() => migrate(db, path));
    return db;
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}

/** How long opening the store waits out another amgi that has it busy. */
const BUSY_WAIT_MS = 5000;

function whenNotBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (let pause = 5; ; pause = Math.min(100, pause * 2)) {
    try {
      return step();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() + pause > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

/**
 * The store read for which cards have reviews, without changing it: a build says so of cards it adds
 * (a concept written again gets its old id, and its reviews). None where it cannot be read as it is
 * (missing, of another version, someone else's file): it only adds to what a build says.
 */
export class ReviewedCards {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): ReviewedCards | undefined {
    if (!existsSync(path)) return undefined;
    try {
      // Its one query reads what every schema has (revlog, its card index, undone): a store of an older
      // amgi, not upgraded until its first write, still tells the build which cards come back with reviews.
      return new ReviewedCards(openReadOnly(path, path, { olderToo: true }));
    } catch {
      return undefined;
    }
  }

  /** Of `ids`, those with a review that was not undone. */
  among(ids: readonly string[]): Set<string> {
    if (ids.length === 0) return new Set();
    try {
      const statement = this.db.prepare(
        `SELECT DISTINCT listed.value FROM json_each(?) AS listed
         JOIN revlog INDEXED BY revlog_card ON revlog.card_id = listed.value
         WHERE NOT EXISTS (SELECT 1 FROM undone WHERE undone.revlog_id = revlog.id)`,
      );
      return new Set(statement.pluck().all(JSON.stringify(ids)) as string[]);
    } catch {
      return new Set();
    }
  }

  close(): void {
    this.db.close();
  }
}

/**
 * A store of an older amgi, read from a private copy because it cannot be written (see open), is
 * upgraded in that copy alone: the readers need the tables and indexes the upgrades add, and the store
 * itself stays as it is. An empty file or someone else's is left for openReadOnly to refuse.
 */
function upgradeCopy(copy: string, shown: string): void {
  const db = new Database(copy, { fileMustExist: true });
  try {
    refuseForeignDatabase(db, shown);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < MIGRATIONS.length) migrate(db, shown);
  } finally {
    db.close();
  }
}

/**
 * A store opened for reading only, as it is: one of an older amgi is refused rather than upgraded (the
 * private copy open reads was upgraded already), unless `olderToo` (ReviewedCards, whose query every
 * schema can answer, reads the store itself, which must not change). `shown` is the store's own path.
 */
function openReadOnly(path: string, shown: string, { olderToo = false }: { olderToo?: boolean } = {}): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    refuseForeignDatabase(db, shown);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new UserError(`${shown}: the review store has schema version ${version}, newer than this amgi knows (${MIGRATIONS.length}); update amgi.`);
    }
    if (version < MIGRATIONS.length && !(olderToo && version > 0)) {
      throw new UserError(`${shown}: the review store cannot be written, and it has schema version ${version} where this amgi reads ${MIGRATIONS.length}. Run amgi once where the store can be written (it upgrades the store), or use an amgi of its version.`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseForeignDatabase(db: Database.Database, path: string): void {
  // Both read in one transaction: read apart, another amgi creating the store in between would show
  // its tables without its application id, as someone else's file.
  const { applicationId, tables } = db.transaction(() => ({
    applicationId: db.pragma('application_id', { simple: true }) as number,
    tables: db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number },
  }))();
  if (applicationId !== APPLICATION_ID && tables.n > 0) {
    throw new UserError(`${path}: this SQLite file is not an amgi review store; it was left untouched. Use --store to choose another file.`);
  }
}

/** Any error met opening the store at `path`, as a UserError saying what to do. */
function storeError(path: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  return storeProblem(path, error) ?? new UserError(`${path}: the review store is damaged or unreadable (${(error as Error).message}); it was left untouched. Restore it from a backup, or use --store to choose another file.`);
}

/** A non-empty file that is not SQLite at all (a text file, a zip…) is refused before SQLite opens it. */
function refuseForeignFile(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) throw new UserError(`${path}: is a folder; --store (or AMGI_STORE) names the review store's file, such as decks/amgi.sqlite.`);
  if (statSync(path).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new UserError(`${path}: not an amgi review store (not an SQLite file); it was left untouched. Use --store to choose another file.`);
  }
}

/** A card left on screen for weeks still logs a duration every FSRS tool (and `amgi log import`) reads. */
function answerDuration(durationMs: number): number {
  return Math.min(MAX_DURATION_MS, Math.max(0, Math.round(durationMs)));
}
