/**
 * The CSV Anki imports (2.1.55+, and sensibly older importers): tab-separated, every field quoted,
 * note fields first and meta columns last, a header block that fixes every choice Anki would guess.
 */
import { stringify } from 'csv-stringify/sync';
import type { AnkiNote } from './anki-notes.js';

export interface CsvOptions {
  /** A note type for every row (`--notetype`); without it the user picks one when importing. */
  notetype?: string;
}

export function ankiCsv(notes: readonly AnkiNote[], options: CsvOptions = {}): string {
  const columns = ['front', 'back', 'tags', 'deck', ...(options.notetype ? ['notetype'] : []), 'guid'];
  const column = (name: string) => columns.indexOf(name) + 1;
  const header = [
    '#separator:tab',
    '#html:true',
    `#tags column:${column('tags')}`,
    `#deck column:${column('deck')}`,
    ...(options.notetype ? [`#notetype column:${column('notetype')}`] : []),
    `#guid column:${column('guid')}`,
    '#if matches:update current',
    '#match scope:notetype',
  ];
  const rows = notes.map((note) => {
    const row = [note.front, note.back, note.tags.join(' '), note.deck];
    if (options.notetype) row.push(options.notetype);
    row.push(note.guid);
    return row;
  });
  // Quoting every field keeps a field starting with `#` from being read as a comment.
  const body = stringify(rows, { delimiter: '\t', quoted: true, quoted_empty: true, record_delimiter: '\n' });
  return `${header.join('\n')}\n${body}`;
}
