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
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Rating, ScheduleState, Scheduler, CardStateKind } from '../schedule/fsrs.js';
import { UserError } from '../util/errors.js';

/** `PRAGMA application_id`: marks the file as amgi's, so a foreign SQLite file is never touched. */
const APPLICATION_ID = 0x616d6769; // "amgi"
const SQLITE_HEADER = 'SQLite format 3\u0000';

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
  // 3: FSRS parameters fitted by `amgi optimize`; each adoption is a new row, the latest is in use.
  `CREATE TABLE parameters (
     id INTEGER PRIMARY KEY,
     adopted_at INTEGER NOT NULL,
     weights TEXT NOT NULL,
     log_loss REAL,
     rmse REAL,
     reviews INTEGER NOT NULL
   ) STRICT;`,
];

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
  /** Reviews of a card at a time already in the store with another answer: the stored one is kept. */
  conflicts: LoggedReview[];
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
  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {}

  /** Open (or create) a store. A file that is not an amgi store is refused and left untouched. */
  static open(path: string): ReviewStore {
    if (path !== ':memory:') refuseForeignFile(path);
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: 5000 });
    } catch (error) {
      throw new UserError(`${path}: cannot open the review store (${(error as Error).message}).`);
    }
    try {
      const applicationId = db.pragma('application_id', { simple: true }) as number;
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (applicationId !== APPLICATION_ID && tables.n > 0) {
        db.close();
        throw new UserError(`${path}: this SQLite file is not an amgi review store; it was left untouched. Use --store to choose another file.`);
      }
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL'); // with WAL: an answer survives a killed process once committed
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (error) {
      if (db.open) db.close();
      if (error instanceof UserError) throw error;
      throw new UserError(`${path}: the review store is damaged or unreadable (${(error as Error).message}); it was left untouched. Restore it from a backup, or use --store to choose another file.`);
    }
    return new ReviewStore(db, path);
  }

  close(): void {
    this.db.close();
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  card(id: string): StoredCard | undefined {
    const row = this.db.prepare('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
    return row && fromRow(row);
  }

  /** Every stored card, by id. */
  cards(): Map<string, StoredCard> {
    const rows = this.db.prepare('SELECT * FROM cards').all() as CardRow[];
    return new Map(rows.map((row) => [row.id, fromRow(row)]));
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
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO revlog (card_id, review_time, rating, state_before, elapsed_days, scheduled_days, duration, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(cardId, now, rating, state.state, elapsedDays, next.scheduledDays, Math.max(0, Math.round(durationMs)), before ? JSON.stringify(before) : null);
      const stored: StoredCard = { ...next, id: cardId, suspended: false, buriedUntilDay: undefined };
      this.save(stored);
      return { card: stored, revlogId: Number(lastInsertRowid) };
    });
  }

  /**
   * Undo an answer (by default the latest one not yet undone): the card gets back its exact previous
   * state. Only the latest answer of its card can be undone; an older one returns undefined.
   */
  undo(now: number, revlogId?: number): ReviewEntry | undefined {
    return this.write(() => {
      const latest = 'SELECT revlog.* FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL';
      const row = (
        revlogId === undefined
          ? this.db.prepare(`${latest} ORDER BY revlog.id DESC LIMIT 1`).get()
          : this.db.prepare(`${latest} AND revlog.card_id = (SELECT card_id FROM revlog WHERE id = ?) ORDER BY revlog.id DESC LIMIT 1`).get(revlogId)
      ) as (RevlogRow & { card_before: string | null }) | undefined;
      if (!row || (revlogId !== undefined && row.id !== revlogId)) return undefined;
      if (row.card_before === null) this.db.prepare('DELETE FROM cards WHERE id = ?').run(row.card_id);
      else this.save(JSON.parse(row.card_before) as StoredCard);
      this.db.prepare('INSERT INTO undone (revlog_id, undone_at) VALUES (?, ?)').run(row.id, now);
      return toEntry(row);
    });
  }

  /** The review log without undone answers, oldest first (imported reviews take their place by time). */
  reviews(cardId?: string): ReviewEntry[] {
    const where = cardId === undefined ? '' : 'AND revlog.card_id = ?';
    const rows = this.db
      .prepare(`SELECT revlog.* FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL ${where} ORDER BY revlog.review_time, revlog.card_id, revlog.id`)
      .all(...(cardId === undefined ? [] : [cardId])) as RevlogRow[];
    return rows.map(toEntry);
  }

  /** How many reviews the log holds (undone answers excluded). */
  reviewCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL').get() as { n: number }).n;
  }

  /**
   * Merge reviews from elsewhere (another machine, another FSRS tool). A review is known by its card
   * and time: one already stored (even if undone here) is not stored again, so importing a file
   * twice, or two files in either order, gives the same log. Each affected card's state is then
   * rebuilt by replaying its whole history; its suspension and burial are kept. One transaction:
   * all of it or nothing.
   */
  importReviews(scheduler: Scheduler, reviews: readonly LoggedReview[]): ImportResult {
    return this.write(() => {
      const existing = this.db.prepare('SELECT rating FROM revlog WHERE card_id = ? AND review_time = ?');
      const fresh = new Map<string, LoggedReview>();
      let duplicates = 0;
      const conflicts: LoggedReview[] = [];
      for (const review of reviews) {
        const key = `${review.cardId}\u0000${review.reviewTime}`;
        const stored = (existing.get(review.cardId, review.reviewTime) as { rating: number } | undefined)?.rating ?? fresh.get(key)?.rating;
        if (stored === undefined) fresh.set(key, review);
        else if (stored === review.rating) duplicates++;
        else conflicts.push(review);
      }
      const byCard = new Map<string, LoggedReview[]>();
      for (const review of fresh.values()) {
        const added = byCard.get(review.cardId);
        if (added) added.push(review);
        else byCard.set(review.cardId, [review]);
      }
      const insert = this.db.prepare(
        'INSERT INTO revlog (card_id, review_time, rating, state_before, elapsed_days, scheduled_days, duration, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)',
      );
      for (const [cardId, added] of byCard) {
        const history = [
          ...this.reviews(cardId).map((entry) => ({ time: entry.reviewTime, rating: entry.rating, added: undefined })),
          ...added.map((review) => ({ time: review.reviewTime, rating: review.rating, added: review })),
        ].sort((a, b) => a.time - b.time);
        const replayed = scheduler.replay(cardId, history);
        history.forEach(({ added: review }, n) => {
          if (review) insert.run(cardId, review.reviewTime, review.rating, review.stateBefore, replayed[n]!.elapsedDays, replayed[n]!.next.scheduledDays, review.duration);
        });
        const before = this.card(cardId);
        this.save({ ...replayed.at(-1)!.next, id: cardId, suspended: before?.suspended ?? false, buriedUntilDay: before?.buriedUntilDay });
      }
      return { added: fresh.size, duplicates, conflicts, cards: byCard.size };
    });
  }

  /** The FSRS parameters in use, if `amgi optimize` adopted any. */
  parameters(): StoredParameters | undefined {
    const row = this.db.prepare('SELECT * FROM parameters ORDER BY id DESC LIMIT 1').get() as
      | { adopted_at: number; weights: string; log_loss: number | null; rmse: number | null; reviews: number }
      | undefined;
    if (!row) return undefined;
    return { weights: JSON.parse(row.weights) as number[], adoptedAt: row.adopted_at, logLoss: row.log_loss ?? undefined, rmse: row.rmse ?? undefined, reviews: row.reviews };
  }

  /**
   * Adopt new parameters and save the card states `recompute` derives from the cards and the log, in
   * one transaction: an answer given meanwhile in another session is either replayed or waits.
   */
  adoptParameters(parameters: StoredParameters, recompute: (cards: Map<string, StoredCard>, reviews: ReviewEntry[]) => Iterable<StoredCard>): void {
    this.write(() => {
      this.db
        .prepare('INSERT INTO parameters (adopted_at, weights, log_loss, rmse, reviews) VALUES (?, ?, ?, ?, ?)')
        .run(parameters.adoptedAt, JSON.stringify(parameters.weights), parameters.logLoss ?? null, parameters.rmse ?? null, parameters.reviews);
      for (const card of recompute(this.cards(), this.reviews())) this.save(card);
    });
  }

  /** Put a card's row back as it was (undo of a bury or a suspension); undefined deletes it (New). */
  restore(cardId: string, before: StoredCard | undefined): void {
    this.write(() => {
      if (before) this.save(before);
      else this.db.prepare('DELETE FROM cards WHERE id = ?').run(cardId);
    });
  }

  /** Answers (not undone) since `since` ms, by the card's state before the answer. */
  answersSince(since: number): Map<CardStateKind, number> {
    const rows = this.db
      .prepare('SELECT state_before AS state, count(*) AS n FROM revlog LEFT JOIN undone ON undone.revlog_id = revlog.id WHERE undone.revlog_id IS NULL AND review_time >= ? GROUP BY state_before')
      .all(since) as { state: CardStateKind; n: number }[];
    return new Map(rows.map((row) => [row.state, row.n]));
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
  orphans(deckCardIds: ReadonlySet<string>): string[] {
    const ids = (this.db.prepare('SELECT id FROM cards UNION SELECT card_id FROM revlog').all() as { id: string }[]).map((row) => row.id);
    return ids.filter((id) => !deckCardIds.has(id)).sort();
  }

  /** Delete orphans and their history, for good. Returns how many cards were purged. */
  purgeOrphans(deckCardIds: ReadonlySet<string>): number {
    const orphans = this.orphans(deckCardIds);
    this.write(() => {
      for (const id of orphans) {
        this.db.prepare('DELETE FROM undone WHERE revlog_id IN (SELECT id FROM revlog WHERE card_id = ?)').run(id);
        this.db.prepare('DELETE FROM revlog WHERE card_id = ?').run(id);
        this.db.prepare('DELETE FROM cards WHERE id = ?').run(id);
      }
    });
    return orphans.length;
  }

  /**
   * Run `work` in one IMMEDIATE transaction. If the disk is full or failing, SQLite rolls the whole
   * transaction back: nothing half-written stays, and the user is told the answer was not saved.
   */
  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
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

  private save(card: StoredCard): void {
    this.db
      .prepare(
        `INSERT INTO cards (id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, suspended, buried_until_day)
         VALUES (@id, @due, @stability, @difficulty, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview, @suspended, @buriedUntilDay)
         ON CONFLICT (id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
           scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
           state = excluded.state, last_review = excluded.last_review, suspended = excluded.suspended, buried_until_day = excluded.buried_until_day`,
      )
      .run({ ...card, lastReview: card.lastReview ?? null, suspended: card.suspended ? 1 : 0, buriedUntilDay: card.buriedUntilDay ?? null });
  }
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

function migrate(db: Database.Database): void {
  const check = (version: number) => {
    if (version > MIGRATIONS.length) {
      throw new UserError(`the review store has schema version ${version}, newer than this amgi knows (${MIGRATIONS.length}); update amgi.`);
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

/** A non-empty file that is not SQLite at all (a text file, a zip…) is refused before SQLite opens it. */
function refuseForeignFile(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
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
