/** Lines wrapped to a terminal's width, measured in display columns (Hangul two each, colour codes none). */
import wrapAnsi from 'wrap-ansi';
import { ambiguousIsWide } from '../util/ambiguous-width.js';
import { displayWidth, isAmbiguous } from '../util/columns.js';
import { plainWidth } from '../util/plain-columns.js';

/** A row's leading colour codes, then one space. */
const SPACE_AFTER_CODES = /^((?:\x1b\[[0-9;]*m)*) /;

/** Columns between tab stops: code pasted from an editor is indented with tabs. */
const TAB_STOP = 4;

/**
 * The narrowest a row of text gets: deeply nested text on a narrow screen is wrapped this narrow
 * rather than drawn wider than the screen, where the screen's last step would cut it off.
 */
const MIN_ROOM = 4;

export function wrap(text: string, width: number, indent = ''): string[] {
  if (text.includes('\t')) text = expandTabs(text);
  const room = Math.max(MIN_ROOM, width - displayWidth(indent));
  // Most lines of a screen are plain and fit: they need no wrapping, and measuring them is cheap.
  const plain = plainWidth(text);
  if (plain !== undefined && plain <= room) return [indent + text];
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    // Not trimmed, so that a line's own indentation (code, nested lists) stays. Where a break falls
    // just before a space, wrap-ansi starts the next row with it: that space is dropped.
    wrapLine(line, room).forEach((row, n) => rows.push(indent + (n === 0 ? row : row.replace(SPACE_AFTER_CODES, '$1'))));
  }
  return rows;
}

/** The first code point of CJK Unified Ideographs: wide, one code unit, and never ambiguous. */
const FIRST_STAND_IN = 0x4e00;

/**
 * wrap-ansi measures ambiguous-width characters as one column and has no option to count them two.
 * Where the terminal draws them wide, each stands in for the wrapping as a wide character the line
 * does not have, and is put back after.
 */
function wrapLine(line: string, room: number): string[] {
  const wrapped = (text: string) => wrapAnsi(text, room, { hard: true, trim: false }).split('\n');
  if (!ambiguousIsWide()) return wrapped(line);
  const standIns = new Map<string, string>();
  const originals = new Map<string, string>();
  let next = FIRST_STAND_IN;
  let swapped = '';
  for (const char of line) {
    if (char < '\u00a1' || !isAmbiguous(char)) {
      swapped += char;
      continue;
    }
    let standIn = standIns.get(char);
    if (standIn === undefined) {
      while (line.includes(String.fromCodePoint(next))) next++;
      standIn = String.fromCodePoint(next++);
      standIns.set(char, standIn);
      originals.set(standIn, char);
    }
    swapped += standIn;
  }
  if (standIns.size === 0) return wrapped(line);
  return wrapped(swapped).map((row) => Array.from(row, (char) => originals.get(char) ?? char).join(''));
}

/**
 * Tabs as spaces to the next tab stop. A terminal would move a tab to its own stops (every 8 columns)
 * where the width counted none, and the row would run past the screen's edge.
 */
export function expandTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      let out = '';
      for (const piece of line.split('\t').entries()) {
        const [n, part] = piece;
        if (n > 0) out += ' '.repeat(TAB_STOP - (displayWidth(out) % TAB_STOP));
        out += part;
      }
      return out;
    })
    .join('\n');
}
