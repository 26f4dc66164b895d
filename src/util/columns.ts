/**
 * Text laid out in terminal columns, measured by display width: Hangul and other wide characters
 * count two columns, ANSI colour codes none, ambiguous-width characters as the terminal draws them
 * (see ambiguous-width.ts). Every width of amgi's screens and tables is measured here.
 */
import stringWidth from 'string-width';
import { ambiguousIsWide } from './ambiguous-width.js';
import { layoutTable, plainWidth } from './plain-columns.js';

const NARROW = { ambiguousIsNarrow: true } as const;
const WIDE = { ambiguousIsNarrow: false } as const;

/** string-width, told whether ambiguous-width characters are wide. */
function measured(text: string): number {
  return stringWidth(text, ambiguousIsWide() ? WIDE : NARROW);
}

/** Made when first needed: building a segmenter costs about 20 ms of start-up. */
let graphemes: Intl.Segmenter | undefined;

/**
 * Display width. Text of printable ASCII and precomposed Hangul (most cells: numbers, dates, deck
 * names) is counted directly, Hangul as two columns; anything else goes through string-width.
 */
export function displayWidth(text: string): number {
  return plainWidth(text) ?? measured(text);
}

/** `text` cut to at most `width` columns, ending in `…` when cut; never splits a character. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const ellipsis = displayWidth('…'); // itself ambiguous: two columns on some terminals
  if (width < ellipsis) return '';
  let kept = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    const next = measured(segment);
    if (used + next > width - ellipsis) break; // room stays for the ellipsis
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

/** `char` repeated to fill at most `columns` columns: a rule of `─` is half as many where it is drawn wide. */
export function repeatToWidth(char: string, columns: number): string {
  return char.repeat(Math.max(0, Math.floor(columns / Math.max(1, displayWidth(char)))));
}

/**
 * Whether a character is drawn wider where the terminal draws ambiguous-width characters wide. Asked
 * only then, and for few characters: each answer is kept.
 */
const ambiguity = new Map<string, boolean>();
export function isAmbiguous(char: string): boolean {
  let known = ambiguity.get(char);
  if (known === undefined) {
    known = stringWidth(char, NARROW) !== stringWidth(char, WIDE);
    ambiguity.set(char, known);
  }
  return known;
}
