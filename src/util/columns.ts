/**
 * Text laid out in terminal columns, measured by display width: Hangul and other wide characters
 * count two columns, ANSI colour codes none.
 */
import stringWidth from 'string-width';
import { layoutTable, plainWidth } from './plain-columns.js';

/** Made when first needed: building a segmenter costs about 20 ms of start-up. */
let graphemes: Intl.Segmenter | undefined;

/**
 * Display width. Text of printable ASCII and precomposed Hangul (most cells: numbers, dates, deck
 * names) is counted directly, Hangul as two columns; anything else goes through string-width.
 */
export function displayWidth(text: string): number {
  return plainWidth(text) ?? stringWidth(text);
}

/** `text` cut to at most `width` columns, ending in `…` when cut; never splits a character. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let kept = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    const next = stringWidth(segment);
    if (used + next > width - 1) break; // one column stays for the ellipsis
    kept += segment;
    used += next;
  }
  return `${kept}…`;
}

export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Rows as aligned columns, indented two spaces: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
  return layoutTable(rows, displayWidth);
}
