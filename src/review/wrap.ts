/** Lines wrapped to a terminal's width, measured in display columns (Hangul two each, colour codes none). */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export function wrap(text: string, width: number, indent = ''): string[] {
  return wrapAnsi(text, Math.max(10, width - stringWidth(indent)), { hard: true, trim: false })
    .split('\n')
    .map((line) => indent + line);
}
