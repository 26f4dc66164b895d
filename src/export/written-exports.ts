/**
 * The record of the export files amgi writes in a decks folder, `.amgi-exports.json`. Only names in
 * it are ever removed as exports of decks that are gone (stale-exports.ts): a file's content cannot
 * tell a renamed note's old export from a copy the user made of it (`보안-backup.csv` holds the same
 * ids), but amgi knows which names it wrote. Names are kept in NFC, as a file system may give either form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeUserFileSync } from '../util/atomic-write.js';

export const EXPORT_RECORD_FILE = '.amgi-exports.json';

/**
 * The names recorded, or undefined when there is no record or it is not as amgi writes it: then no
 * file is known to be amgi's, and none is removed.
 */
export function readExportRecord(decksDir: string): Set<string> | undefined {
  let written: unknown;
  try {
    written = (JSON.parse(readFileSync(join(decksDir, EXPORT_RECORD_FILE), 'utf8')) as { written?: unknown } | null)?.written;
  } catch {
    return undefined;
  }
  if (!Array.isArray(written) || !written.every(isPlainFileName)) return undefined;
  return new Set(written.map((name) => name.normalize('NFC')));
}

/**
 * Names added to the record, before the files are written: an export cut short still has them
 * recorded. A damaged record is started afresh, losing only names that are then never removed.
 */
export function recordExports(decksDir: string, names: Iterable<string>): void {
  const before = readExportRecord(decksDir);
  const after = new Set(before);
  for (const name of names) after.add(name.normalize('NFC'));
  if (before === undefined || after.size > before.size) saveExportRecord(decksDir, after);
}

/** The record written as `names` (temp file, then rename). */
export function saveExportRecord(decksDir: string, names: ReadonlySet<string>): void {
  const written = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeUserFileSync(join(decksDir, EXPORT_RECORD_FILE), `${JSON.stringify({ written }, null, 1)}\n`);
}

/** A name in the folder itself, as amgi gives exports: no path, not hidden. */
function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && !name.startsWith('.') && !/[\\/\u0000]/.test(name);
}
