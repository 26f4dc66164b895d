/**
 * Column layout for text of printable ASCII and precomposed Hangul, measured without string-width:
 * loading it (its modules and the Intl.Segmenter it builds) costs about 45 ms, a sixth of what
 * `amgi due` may take. columns.ts measures everything else and lays out with the same `layoutTable`.
 */

/** Printable ASCII and precomposed Hangul (syllables, compatibility jamo): one code unit, one character. */
const ASCII_OR_HANGUL = /^[\x20-\x7e\u3131-\u318e\uac00-\ud7a3]*$/;
const WIDE = /[\u3131-\u318e\uac00-\ud7a3]/g;

/** The display width of plain text (Hangul two columns each), or undefined when the text is not plain. */
export function plainWidth(text: string): number | undefined {
  return ASCII_OR_HANGUL.test(text) ? text.length + (text.match(WIDE)?.length ?? 0) : undefined;
}

export function isPlain(text: string): boolean {
  return ASCII_OR_HANGUL.test(text);
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

/** `layoutTable` for rows whose every cell is plain (see isPlain). */
export function plainTable(rows: readonly (readonly string[])[]): string[] {
  return layoutTable(rows, (cell) => {
    const width = plainWidth(cell);
    if (width === undefined) throw new Error(`plainTable: a cell is not plain text: ${JSON.stringify(cell)}`);
    return width;
  });
}
