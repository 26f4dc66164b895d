/** Lines wrapped to a terminal's width, measured in display columns (Hangul two each, colour codes none). */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { plainWidth } from '../util/plain-columns.js';

/** A row's leading colour codes, then one space. */
const SPACE_AFTER_CODES = /^((?:\x1b\[[0-9;]*m)*) /;

export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - stringWidth(indent));
  // Most lines of a screen are plain and fit: they need no wrapping, and measuring them is cheap.
  const plain = plainWidth(text);
  if (plain !== undefined && plain <= room) return [indent + text];
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    // Not trimmed, so that a line's own indentation (code, nested lists) stays. Where a break falls
    // just before a space, wrap-ansi starts the next row with it: that space is dropped.
    wrapAnsi(line, room, { hard: true, trim: false })
      .split('\n')
      .forEach((row, n) => rows.push(indent + (n === 0 ? row : row.replace(SPACE_AFTER_CODES, '$1'))));
  }
  return rows;
}
