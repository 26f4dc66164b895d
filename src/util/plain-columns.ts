/**
 * Column layout for text of printable ASCII and precomposed Hangul, measured without string-width:
 * loading it (its modules and the Intl.Segmenter it builds) costs about 45 ms, a sixth of what
 * `amgi due` may take. columns.ts measures everything else and lays out with the same `layoutTable`.
 */
import { ambiguousIsWide } from './ambiguous-width.js';

/**
 * Printable ASCII, precomposed Hangul (syllables, compatibility jamo), and the few narrow symbols
 * amgi's own screens use (· — … › ’ •, box drawing, and the block elements of charts): one code unit,
 * one character each.
 */
const PLAIN = /^[\x20-\x7e\u00b7\u2014\u2019\u2022\u2026\u203a\u2500-\u259f\u3131-\u318e\uac00-\ud7a3]*$/;
const NOT_WIDE = /[^\u3131-\u318e\uac00-\ud7a3]+/g;
/** The same, where the terminal draws ambiguous-width characters wide: the plain symbols that are ambiguous count two too (› is not ambiguous). */
const NOT_WIDE_AMBIGUOUS_WIDE = /[^\u00b7\u2014\u2019\u2022\u2026\u2500-\u254b\u2550-\u2573\u2580-\u258f\u2592-\u2595\u3131-\u318e\uac00-\ud7a3]+/g;
const ASCII = /^[\x20-\x7e]*$/;
/** Colour codes (SGR), which take no columns. */
const SGR = /\x1b\[[0-9;]*m/g;

/**
 * The display width of plain text (Hangul two columns each, and the ambiguous symbols where the
 * terminal draws them wide), or undefined when the text is not plain.
 */
export function plainWidth(text: string): number | undefined {
  if (ASCII.test(text)) return text.length; // most cells: numbers, dates
  const visible = text.includes('\x1b') ? text.replace(SGR, '') : text;
  if (!PLAIN.test(visible)) return undefined;
  return visible.length + visible.replace(ambiguousIsWide() ? NOT_WIDE_AMBIGUOUS_WIDE : NOT_WIDE, '').length;
}

export function isPlain(text: string): boolean {
  return plainWidth(text) !== undefined;
}

/** Rows as aligned columns, indented two spaces: the first column left-aligned, the others right-aligned. */
export function layoutTable(rows: readonly (readonly string[])[], width: (text: string) => number): string[] {
  // Each cell measured once: a table of a thousand decks is thousands of cells.
  const cellWidths = rows.map((row) => row.map((cell) => width(cell)));
  const widths = rows[0]!.map((_, column) => cellWidths.reduce((max, row) => Math.max(max, row[column] ?? 0), 0));
  return rows.map((row, r) => {
    const cells = row.map((cell, column) => {
      const padding = ' '.repeat(Math.max(0, widths[column]! - cellWidths[r]![column]!));
      return column === 0 ? cell + padding : padding + cell;
    });
    return `  ${cells.join('  ').trimEnd()}`;
  });
}

/** `layoutTable` for rows whose every cell is plain (see isPlain); undefined when one is not. */
export function plainTable(rows: readonly (readonly string[])[]): string[] | undefined {
  const notPlain = -1;
  let plain = true;
  const lines = layoutTable(rows, (cell) => {
    const width = plainWidth(cell);
    if (width !== undefined) return width;
    plain = false;
    return notPlain;
  });
  return plain ? lines : undefined;
}
