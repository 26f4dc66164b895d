import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { deckEntries, readDecksLazily } from '../deck/deck-index.js';
import { CardScope } from '../review/queue.js';
import { openStore } from '../review/session-data.js';
import type { ReviewBatch } from '../store/review-batch.js';
import { reviewLogParser, reviewLogPieces, ReviewLogFormatError, type BadRow } from '../store/review-log-csv.js';
import { decodesAsKorean, firstInvalidUtf8Line } from '../notes/read-note.js';
import { writeUserFileSync } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { plural, printJson } from './output.js';

export interface LogCommandOptions {
  decks: string;
  store?: string;
}

/** `amgi log export [--out FILE]`: the whole review log, oldest first, to a file or stdout. */
export async function runLogExport(options: LogCommandOptions & { out?: string }): Promise<number> {
  const { store } = openStore({ decksDir: options.decks, ...(options.store ? { store: options.store } : {}), readOnly: true });
  try {
    let count = 0;
    const pieces = reviewLogPieces(
      (function* () {
        for (const review of store.reviewsForExport()) {
          count++;
          yield review;
        }
      })(),
    );
    if (options.out === undefined || options.out === '-') {
      for (const piece of pieces) {
        // Written as the reader takes it: a million reviews are not held in the pipe's buffer.
        if (!process.stdout.write(piece)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    } else {
      writeUserFileSync(options.out, pieces);
      process.stderr.write(`Wrote ${plural(count, 'review')} to ${options.out}.\n`);
    }
  } finally {
    store.close();
  }
  return 0;
}

/** Largest review log read: about 10 million reviews. */
const MAX_LOG_BYTES = 512 * 1024 * 1024;
const BAD_ROWS_SHOWN = 20;
const READ_PIECE_BYTES = 1024 * 1024;

/**
 * `amgi log import FILE [--skip-bad]`: merge a review log into the store. A file with bad rows is
 * refused whole (nothing imported) unless --skip-bad, so a half-right file never half-lands.
 */
export async function runLogImport(file: string, options: LogCommandOptions & { skipBad?: boolean; json?: boolean }): Promise<number> {
  const { reviews, bad } = await readLog(file);
  if (bad.length > 0 && !options.skipBad) {
    process.stderr.write(badRowReport(file, bad));
    const fix = `Fix ${bad.length === 1 ? 'it' : 'them'}`;
    // With no good row, --skip-bad would import nothing: not worth suggesting.
    throw new UserError(
      `${file}: ${plural(bad.length, 'row')} cannot be imported, so nothing was imported. ${reviews.length === 0 ? `${fix}: the file has no good row.` : `${fix}, or run again with --skip-bad to import the other ${plural(reviews.length, 'review')}.`}`,
    );
  }
  const session = openStore({ decksDir: options.decks, ...(options.store ? { store: options.store } : {}) });
  try {
    const result = session.store.importReviews(session.scheduler, reviews);
    // Only to tell which cards are orphans: a broken deck file must not make a good import look failed.
    // Read after the import (from the deck index where it is fresh), so the two are never held at once.
    // Ids looked up by value in the deck index, not made into 100,000 strings.
    const deckIds = await readDecksLazily(options.decks).then(
      (decks) => new CardScope(decks.map(({ deck }) => deckEntries(deck))),
      () => undefined,
    );
    const orphans = deckIds ? reviews.cardIds.filter((id) => !deckIds.has(id)).length : 0;
    if (options.json) {
      printJson({
        file,
        added: result.added,
        duplicates: result.duplicates,
        conflicts: result.conflicts,
        replaced: result.replaced,
        cardsRecomputed: result.cards,
        orphans,
        skipped: bad,
      });
      return 0;
    }
    if (bad.length > 0) process.stderr.write(badRowReport(file, bad, 'skipped'));
    const lines = [
      reviews.length === 0
        ? `No reviews in ${file}.`
        : result.added === 0 && result.conflicts.length === 0
        ? `Nothing new in ${file}: ${result.duplicates === 1 ? 'its review is' : `all ${plural(result.duplicates, 'review')} are`} already in the store.`
        : `Imported ${plural(result.added, 'review')} of ${plural(result.cards, 'card')} from ${file}${result.duplicates > 0 ? ` (${plural(result.duplicates, 'review')} already in the store)` : ''}.`,
    ];
    if (result.cards > 0) lines.push(`Recomputed the schedule of ${plural(result.cards, 'card')} from ${result.cards === 1 ? 'its' : 'their'} whole history.`);
    if (result.conflicts.length > 0) {
      lines.push(
        `${plural(result.conflicts.length, 'review')} disagreed with another answer for the same card and time. The lower rating counts (so the order of imports does not matter); the other stays in the log, set aside:`,
      );
      for (const review of result.conflicts.slice(0, BAD_ROWS_SHOWN)) lines.push(`  card ${review.cardId} at ${new Date(review.reviewTime).toISOString()}: rating ${review.rating}`);
      if (result.conflicts.length > BAD_ROWS_SHOWN) lines.push(`  … and ${plural(result.conflicts.length - BAD_ROWS_SHOWN, 'more')}`);
    }
    if (orphans > 0 && result.added > 0) lines.push(`${plural(orphans, 'card')} in the file ${orphans === 1 ? 'is' : 'are'} in no deck; ${orphans === 1 ? 'its' : 'their'} history is kept (see \`amgi orphans\`).`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    session.store.close();
  }
}

/**
 * The file's reviews, read in pieces: the whole file (36 MB for a million reviews) is never held, and
 * so is not still waiting for the garbage collector while the import plans.
 */
async function readLog(file: string): Promise<{ reviews: ReviewBatch; bad: BadRow[] }> {
  if (!existsSync(file)) throw new UserError(`${file}: no such file.`, 2);
  const stat = statSync(file);
  if (stat.isDirectory()) throw new UserError(`${file}: is a folder; give a review log CSV file.`, 2);
  if (stat.size > MAX_LOG_BYTES) throw new UserError(`${file}: larger than ${MAX_LOG_BYTES / 1024 / 1024} MiB; split it and import the parts (imports merge).`);
  const parser = reviewLogParser(); // card ids are normalised to NFC as they are read
  let notUtf8 = false;
  /** Passes the pieces on, checked as UTF-8 as a whole: a character may straddle two pieces. */
  async function* utf8Checked(pieces: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const check = (piece?: Buffer) => {
      try {
        utf8.decode(piece, { stream: piece !== undefined }); // without a piece: the file must not end inside a character
      } catch (error) {
        notUtf8 = true;
        throw error;
      }
    };
    for await (const piece of pieces) {
      check(piece);
      yield piece;
    }
    check();
  }
  try {
    await pipeline(createReadStream(file, { highWaterMark: READ_PIECE_BYTES }), utf8Checked, parser.stream);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).syscall !== undefined) throw new UserError(`${file}: cannot be read (${(error as Error).message}).`);
    // A CSV error stops the reading early; text that is not UTF-8 further on is the likelier cause.
    // Read whole only if it is a file: a device or a pipe may never end, or be read already.
    if (notUtf8 || (statSync(file).isFile() && !(await isUtf8File(file)))) throw notUtf8Error(file);
    const format = parser.formatError(error);
    throw new UserError(`${file}:${format.line}: ${format.message}. Nothing was imported.`);
  }
  try {
    return parser.finish();
  } catch (error) {
    if (error instanceof ReviewLogFormatError) throw new UserError(`${file}:${error.line}: ${error.message}. Nothing was imported.`);
    throw error;
  }
}

/**
 * Where the file stops being UTF-8, and what it likely is: a log opened and saved in Excel on Korean
 * Windows comes back in CP949. Read whole, as only an error does, and only a file (not a pipe).
 */
function notUtf8Error(file: string): UserError {
  let bytes: Buffer | undefined;
  try {
    bytes = statSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    bytes = undefined;
  }
  if (!bytes) return new UserError(`${file}: not UTF-8 text; save it as UTF-8 CSV and try again.`);
  // UTF-16, as Excel's "Unicode Text" saves it, starts with its byte order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new UserError(`${file}: UTF-16 text, not UTF-8; save it as "CSV UTF-8", or convert it: iconv -f UTF-16 -t UTF-8 '${file}' > log.utf8.csv. Nothing was imported.`);
  }
  const advice = decodesAsKorean(bytes)
    ? `it looks like Korean in CP949 (EUC-KR), as Excel saves CSV on Korean Windows. Save it as "CSV UTF-8", or convert it: iconv -f CP949 -t UTF-8 '${file}' > log.utf8.csv`
    : 'save it as UTF-8 CSV and try again';
  return new UserError(`${file}:${firstInvalidUtf8Line(bytes)}: not UTF-8 text; ${advice}. Nothing was imported.`);
}

/** Whether the whole file is UTF-8, read in pieces. */
async function isUtf8File(file: string): Promise<boolean> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for await (const piece of createReadStream(file, { highWaterMark: READ_PIECE_BYTES }) as AsyncIterable<Buffer>) {
    try {
      utf8.decode(piece, { stream: true });
    } catch {
      return false;
    }
  }
  try {
    utf8.decode();
    return true;
  } catch {
    return false;
  }
}

function badRowReport(file: string, bad: readonly BadRow[], verb = 'bad'): string {
  const lines = bad.slice(0, BAD_ROWS_SHOWN).map((row) => `${file}:${row.line}: ${verb === 'bad' ? '' : 'skipped: '}${row.message}`);
  if (bad.length > BAD_ROWS_SHOWN) lines.push(`… and ${plural(bad.length - BAD_ROWS_SHOWN, 'more row')}`);
  return `${lines.join('\n')}\n`;
}
