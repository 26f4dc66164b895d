/**
 * Text laid out in terminal columns, measured by display width: Hangul and other wide characters
 * count two columns, ANSI colour codes none.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

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
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => stringWidth(row[column] ?? ''))));
  return rows.map(
    (row) =>
      `  ${row
        .map((cell, column) => (column === 0 ? padEndToWidth(cell, widths[column]!) : padStartToWidth(cell, widths[column]!)))
        .join('  ')
        .trimEnd()}`,
  );
}
