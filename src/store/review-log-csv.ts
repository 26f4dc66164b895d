/**
 * The review log as CSV in the FSRS optimizer's revlog format, the format other FSRS tools read and
 * write: `card_id,review_time,review_rating,review_state,review_duration` (ms since the epoch; 1–4;
 * 0 new, 1 learning, 2 review, 3 relearning; ms). Pure text in and out; files are the CLI's business.
 */
import { parse as parseStream, type Parser } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CardStateKind, Rating } from '../schedule/fsrs.js';
import { MAX_DURATION_MS, ReviewBatch } from './review-batch.js';
import type { LoggedReview } from './store.js';
import { canonicalCardId } from '../util/hex-ids.js';

export const REVIEW_LOG_COLUMNS = ['card_id', 'review_time', 'review_rating', 'review_state', 'review_duration'] as const;
type Column = (typeof REVIEW_LOG_COLUMNS)[number];

/** Earliest plausible review time: anything smaller is almost surely seconds, not milliseconds. */
const EARLIEST_MS = Date.UTC(1990, 0, 1);
/** Slack for another machine's clock before a review counts as "in the future" (times are UTC, so no time zone slack is needed). */
const FUTURE_SLACK_MS = 10 * 60_000;
const MAX_CARD_ID_LENGTH = 200;

/** The log as CSV, oldest review first; ties by card id, so the same log always gives the same file. */
export function formatReviewLog(reviews: readonly LoggedReview[]): string {
  return [...reviewLogPieces([...reviews].sort((a, b) => a.reviewTime - b.reviewTime || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0)))].join('');
}

const ROWS_PER_PIECE = 10_000;

/**
 * formatReviewLog for reviews already in the file's order (oldest first, ties by card id), in pieces
 * of a few thousand rows: a million reviews never become one string, nor a million objects at once.
 */
export function* reviewLogPieces(reviews: Iterable<LoggedReview>): IterableIterator<string> {
  const options = { record_delimiter: '\n' } as const;
  yield stringify([], { ...options, header: true, columns: [...REVIEW_LOG_COLUMNS] });
  let rows: (string | number)[][] = [];
  for (const review of reviews) {
    // A store written before answers were capped may hold a longer one: the file says the most it can.
    rows.push([review.cardId, review.reviewTime, review.rating, review.stateBefore, Math.min(review.duration, MAX_DURATION_MS)]);
    if (rows.length === ROWS_PER_PIECE) {
      yield stringify(rows, options);
      rows = [];
    }
  }
  if (rows.length > 0) yield stringify(rows, options);
}

export interface BadRow {
  line: number;
  message: string;
}

export interface ParsedReviewLog {
  reviews: LoggedReview[];
  bad: BadRow[];
}

/** A file that cannot be read as a review log at all (no header, broken quoting). */
/** A review log that is not one amgi reads (`line`: where it goes wrong), thrown by parseReviewLog. */
export class ReviewLogFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Read a review log. Columns are found by their header names, in any order; other columns are
 * ignored. Each row that breaks a rule is reported with its line and left out of `reviews`.
 */
export function parseReviewLog(text: string | Uint8Array, now: number = Date.now()): ParsedReviewLog {
  const { reviews, bad } = readReviewLog(text, now);
  return { reviews: [...reviews], bad };
}

/**
 * parseReviewLog into a ReviewBatch, as `amgi log import` reads a file. Bytes are read as UTF-8 and
 * card ids normalised to NFC. Each row becomes a review as it is parsed, so the file's million rows
 * are never held as records.
 */
export function readReviewLog(input: string | Uint8Array, now: number = Date.now()): { reviews: ReviewBatch; bad: BadRow[] } {
  const reader = new ReviewLogReader(now);
  try {
    parseSync(typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength), reader.csvOptions);
  } catch (error) {
    throw reader.formatError(error);
  }
  return reader.finish();
}

/**
 * readReviewLog for a log that arrives in pieces: write the file's bytes to `stream` (a csv-parse
 * stream; it passes nothing on), then call `finish`. A million reviews' file is never held whole.
 */
export function reviewLogParser(now: number = Date.now()): { stream: Parser; finish: () => { reviews: ReviewBatch; bad: BadRow[] }; formatError: (error: unknown) => ReviewLogFormatError } {
  const reader = new ReviewLogReader(now);
  return { stream: parseStream(reader.csvOptions), finish: () => reader.finish(), formatError: (error) => reader.formatError(error) };
}

const MAX_ROW_BYTES = 64 * 1024;

/** Rows to reviews, as csv-parse hands them over; shared by the whole-text and the streamed reader. */
class ReviewLogReader {
  private readonly reviews = new ReviewBatch();
  private readonly bad: BadRow[] = [];
  private index: Record<Column, number> | undefined;

  constructor(private readonly now: number) {}

  readonly csvOptions = {
    bom: true,
    // A row of the log is a few dozen bytes; a "row" of megabytes is not a review log (`/dev/zero`, a
    // binary file), and would otherwise be held whole, however large it grows.
    max_record_size: MAX_ROW_BYTES,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    on_record: (record: string[], { lines }: { lines: number }): null => {
      if (!this.index) {
        this.index = headerIndex(record, lines);
        return null;
      }
      const result = reviewOf(record, this.index, this.now);
      if (typeof result === 'string') this.bad.push({ line: lines, message: result });
      else this.reviews.push(result);
      return null; // kept here, not passed on as a record
    },
  };

  finish(): { reviews: ReviewBatch; bad: BadRow[] } {
    if (!this.index) throw new ReviewLogFormatError(1, `the file is empty; a review log starts with the header ${REVIEW_LOG_COLUMNS.join(',')}`);
    return { reviews: this.reviews, bad: this.bad };
  }

  /** What csv-parse (or a row rule) threw, as a ReviewLogFormatError with its line. */
  formatError(error: unknown): ReviewLogFormatError {
    if (error instanceof ReviewLogFormatError) return error;
    // csv-parse passes on_record's own errors through unchanged.
    const cause = error as Error & { lines?: number; code?: string };
    const line = cause.lines ?? 1;
    if (cause.code === 'CSV_MAX_RECORD_SIZE') return new ReviewLogFormatError(line, `a row longer than ${MAX_ROW_BYTES / 1024} KiB: not a review log`);
    return new ReviewLogFormatError(line, `not readable as CSV (${cause.message.replace(/^Invalid Record Length: |^Invalid Opening Quote: /, '')})`);
  }
}

/** Where each column is, from the header row. */
function headerIndex(header: readonly string[], line: number): Record<Column, number> {
  const names = header.map((name) => name.normalize('NFC').toLowerCase());
  const missing = REVIEW_LOG_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new ReviewLogFormatError(line, `the header must name the columns ${REVIEW_LOG_COLUMNS.join(',')}; missing ${missing.join(', ')}`);
  }
  return Object.fromEntries(REVIEW_LOG_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
}

/** One row as a review, or what is wrong with it. */
function reviewOf(record: readonly string[], index: Record<Column, number>, now: number): LoggedReview | string {
  const field = (column: Column) => record[index[column]];
  if (REVIEW_LOG_COLUMNS.some((column) => field(column) === undefined)) {
    return `${record.length} fields, but the header has ${Math.max(...Object.values(index)) + 1} or more`;
  }
  const cardId = canonicalCardId(field('card_id')!.normalize('NFC'));
  if (cardId === '') return 'card_id is empty';
  if (cardId.length > MAX_CARD_ID_LENGTH) return `card_id is longer than ${MAX_CARD_ID_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cardId)) return 'card_id contains a control character';
  const time = wholeNumber(field('review_time')!);
  if (time === undefined) return `review_time must be a whole number of milliseconds, not "${field('review_time')}"`;
  if (time < EARLIEST_MS) return `review_time ${time} is before 1990: is it in seconds? amgi expects milliseconds since 1970`;
  if (time > now + FUTURE_SLACK_MS) return `review_time ${time} (${new Date(time).toISOString()}) is in the future`;
  const rating = wholeNumber(field('review_rating')!);
  if (rating === 0) return 'review_rating 0 is a manual reschedule, not an answer (ratings are 1–4)';
  if (rating === undefined || rating < 1 || rating > 4) return `review_rating must be 1, 2, 3 or 4 (again, hard, good, easy), not "${field('review_rating')}"`;
  const state = wholeNumber(field('review_state')!);
  if (state === undefined || state > 3) return `review_state must be 0, 1, 2 or 3 (new, learning, review, relearning), not "${field('review_state')}"`;
  const duration = wholeNumber(field('review_duration')!);
  if (duration === undefined || duration > MAX_DURATION_MS) {
    return `review_duration must be a whole number of milliseconds from 0 to ${MAX_DURATION_MS}, not "${field('review_duration')}"`;
  }
  return { cardId, reviewTime: time, rating: rating as Rating, stateBefore: state as CardStateKind, duration };
}

function wholeNumber(text: string): number | undefined {
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}
