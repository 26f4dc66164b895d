import { fixedAmbiguousWidth } from '../review/config.js';
import { loadSession } from '../review/session-data.js';
import { runSession, summaryLines } from '../review/session.js';
import { wrap } from '../review/wrap.js';
import { setAmbiguousWidth } from '../util/ambiguous-width.js';
import { UserError } from '../util/errors.js';

export interface ReviewCommandOptions {
  decks: string;
  store?: string;
  newPerDay?: number;
  reviewsPerDay?: number;
  learnAhead?: number;
  ahead?: number;
  cram?: boolean;
}

/** `amgi review [DECK...]`: needs a terminal; prints a summary when the session ends. */
export async function runReview(deckNames: string[], options: ReviewCommandOptions): Promise<number> {
  // The longest interval FSRS gives: no card is due further ahead.
  if (options.ahead !== undefined && options.ahead > 36500) throw new UserError(`--ahead must be a whole number of days from 0 to 36500, not ${options.ahead}.`, 2);
  // Reviewing ahead records real reviews; cramming records none: together they would mean neither.
  if (options.cram && options.ahead !== undefined) throw new UserError('--cram shows every card already, and records nothing; --ahead records real reviews. Use one of them.', 2);
  if (options.cram && [options.newPerDay, options.reviewsPerDay, options.learnAhead].some((value) => value !== undefined)) {
    throw new UserError('--cram has no daily limits and no learning steps to wait for: leave out --new-per-day, --reviews-per-day and --learn-ahead.', 2);
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError('amgi review needs an interactive terminal (stdin and stdout must be a TTY). To see what is due without one, run `amgi due`.', 2);
  }
  if (process.env.TERM === 'dumb') {
    throw new UserError('amgi review draws its screen with cursor movement, which TERM=dumb says this terminal cannot do. Run it in a terminal emulator (or set TERM, e.g. TERM=xterm-256color). To see what is due, run `amgi due`.', 2);
  }
  const session = await loadSession({
    decksDir: options.decks,
    ...(options.store ? { store: options.store } : {}),
    decks: deckNames,
    overrides: { newPerDay: options.newPerDay, reviewsPerDay: options.reviewsPerDay, learnAheadMinutes: options.learnAhead },
    // Practice only reads: it never creates, nor writes to, a store (a read-only one is read from a copy).
    ...(options.cram ? { readOnly: true } : {}),
  });
  // A width set in the config or the environment; `auto` is asked of the terminal by the session.
  setAmbiguousWidth(fixedAmbiguousWidth(session.config.ambiguousWidth));
  try {
    const summary = await runSession({ ...session, ...(options.ahead ? { reviewAheadDays: options.ahead } : {}), ...(options.cram ? { cram: true } : {}) }, options.decks);
    // Wrapped at spaces as the session's screens are: the terminal's own wrapping would split a word.
    const width = process.stdout.columns || 80;
    process.stdout.write(`${summaryLines(summary).flatMap((line) => wrap(line, width).map((row) => row.trimEnd())).join('\n')}\n`);
    return 0;
  } finally {
    session.store.close();
  }
}
