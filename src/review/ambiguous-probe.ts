/**
 * Asking the terminal how wide it draws ambiguous-width characters, as vim does for 'ambiwidth': a
 * carriage return, one such character, then a Cursor Position Report request. The terminal answers
 * `ESC [ row ; col R`: the cursor at column 2 means one column, at column 3 two.
 */
import type { AmbiguousWidth } from '../util/ambiguous-width.js';

/** `▒` (U+2592), as vim writes it: ambiguous in every terminal's table. */
export const AMBIGUOUS_PROBE = '\r\u2592\x1b[6n';

/**
 * How long the first screen waits for the answer. A local terminal answers within a few
 * milliseconds; one that never answers (or an answer lost on a slow link) counts one column.
 */
export const PROBE_TIMEOUT_MS = 150;

/** How long after that an answer still counts (a slow link), the screen drawn again by it. */
export const LATE_ANSWER_MS = 3000;

const CURSOR_REPORT = /^\x1b\[(\d+);(\d+)R$/;

/** Whether a key sequence is a Cursor Position Report (which Node's keypress parser reads as a key, `f3` with modifiers among them). */
export function isCursorReport(sequence: string | undefined): boolean {
  return sequence !== undefined && CURSOR_REPORT.test(sequence);
}

/** The width the probe's answer says, or undefined for an answer that is not one (the cursor not moved one or two columns). */
export function widthFromReport(sequence: string): AmbiguousWidth | undefined {
  const column = CURSOR_REPORT.exec(sequence)?.[2];
  if (column === '2') return 1;
  if (column === '3') return 2;
  return undefined;
}
