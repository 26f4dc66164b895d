/**
 * Text laid out in terminal columns, measured by display width: Hangul and other wide characters
 * count two columns, ANSI colour codes none.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Printable ASCII and precomposed Hangul (syllables, compatibility jamo): one code unit, one character. */
const ASCII_OR_HANGUL = /^[\x20-\x7e\u3131-\u318e\uac00-\ud7a3]*$/;
const WIDE = /[\u3131-\u318e\uac00-\ud7a3]/g;

/**
 * Display width. Text of printable ASCII and precomposed Hangul (most cells: numbers, dates, deck
 * names) is counted directly, Hangul as two columns; anything else goes through string-width.
 */
export function displayWidth(text: string): number {
  return ASCII_OR_HANGUL.test(text) ? text.length + (text.match(WIDE)?.length ?? 0) : stringWidth(text);
}

/** `text` cut to at most `width` columns, ending in `…` when cut; never splits a character. */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const next = stringWidth(segment);
    if (used + next > width - 1) break; // one column stays for the ellipsis
    kept += segment;
    used += next;
  }
  return `${kept}…`;
}

export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

/** Rows as aligned columns, indented two spaces: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
  // Each cell measured once: a table of a thousand decks is thousands of cells.
  const cellWidths = rows.map((row) => row.map(displayWidth));
  const widths = rows[0]!.map((_, column) => cellWidths.reduce((max, row) => Math.max(max, row[column] ?? 0), 0));
  return rows.map((row, r) => {
    const cells = row.map((cell, column) => {
      const padding = ' '.repeat(Math.max(0, widths[column]! - cellWidths[r]![column]!));
      return column === 0 ? cell + padding : padding + cell;
    });
    return `  ${cells.join('  ').trimEnd()}`;
  });
}
