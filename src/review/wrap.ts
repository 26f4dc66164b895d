/** Lines wrapped to a terminal's width, measured in display columns (Hangul two each, colour codes none). */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { plainWidth } from '../util/plain-columns.js';

export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - stringWidth(indent));
  // Most lines of a screen are plain and fit: they need no wrapping, and measuring them is cheap.
  const plain = plainWidth(text);
  if (plain !== undefined && plain <= room) return [indent + text];
  return wrapAnsi(text, room, { hard: true, trim: false })
    .split('\n')
    .map((line) => indent + line);
}
