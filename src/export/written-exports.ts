/**
 * The record of the export files amgi writes in a folder, `.amgi-exports.json`. Only names in it are
 * ever removed as exports of decks that are gone (stale-exports.ts): a file's content cannot tell a
 * renamed note's old export from a copy the user made of it (`보안-backup.csv` holds the same ids),
 * but amgi knows which names it wrote. Names are kept in NFC, as a file system may give either form.
 *
 * One file holds, each part read and written apart (a part amgi does not change is kept as it was):
 * - `written`: the names written beside the deck files, for the decks of that folder;
 * - `writtenFrom`: the names written into it as an `--out` folder, by the id (`.amgi-id`) of the
 *   decks folder they came from. A folder Anki or a sync tool watches may take the exports of several
 *   notes folders: each removes only what it wrote there;
 * - `outFolders`: in a decks folder, the folders every deck was exported into (relative to it), so
 *   that `amgi build` can name the exports there that a deck it removes leaves out of date.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { writeUserFileSync } from '../util/atomic-write.js';
import { toPosix } from '../util/paths.js';

export const EXPORT_RECORD_FILE = '.amgi-exports.json';

/** Whose names in a folder's record: those of the folder's own decks, written beside the deck files, or those a decks folder of this id wrote into it with `--out`. */
export type RecordedFor = 'beside-decks' | { folderId: string };

type RawRecord = Record<string, unknown>;

/**
 * The names recorded, or undefined when there is no record or its part is not as amgi writes it:
 * then no file is known to be amgi's, and none is removed.
 */
export function readExportRecord(folder: string, of: RecordedFor = 'beside-decks'): Set<string> | undefined {
  const names = namesIn(readRaw(folder), of);
  return names === undefined ? undefined : new Set(names.map((name) => name.normalize('NFC')));
}

/** The ids of the other decks folders whose `--out` exports the record says wrote `name` into the folder. */
export function otherWriters(folder: string, name: string, folderId: string): string[] {
  const from = readRaw(folder)?.writtenFrom;
  if (!isPlainObject(from)) return [];
  const key = name.normalize('NFC');
  return Object.keys(from).filter((id) => id !== folderId && namesIn({ writtenFrom: from }, { folderId: id })?.some((other) => other.normalize('NFC') === key));
}

/**
 * Names added to the record, before the files are written: an export cut short still has them
 * recorded. A damaged record is started afresh, losing only names that are then never removed.
 */
export function recordExports(folder: string, names: Iterable<string>, of: RecordedFor = 'beside-decks'): void {
  const before = readExportRecord(folder, of);
  const after = new Set(before);
  for (const name of names) after.add(name.normalize('NFC'));
  if (before === undefined || after.size > before.size) saveExportRecord(folder, after, of);
}

/** The record written with `names` as its part `of` (temp file, then rename); its other parts as they were. */
export function saveExportRecord(folder: string, names: ReadonlySet<string>, of: RecordedFor = 'beside-decks'): void {
  const raw = readRaw(folder) ?? {};
  const sorted = sortedNames(names);
  if (of === 'beside-decks') raw.written = sorted;
  else {
    const from = isPlainObject(raw.writtenFrom) ? raw.writtenFrom : {};
    if (sorted.length > 0) from[of.folderId] = sorted;
    else delete from[of.folderId];
    raw.writtenFrom = Object.fromEntries(Object.keys(from).sort().map((id) => [id, from[id]]));
  }
  saveRaw(folder, raw);
}

/** Remember, in the decks folder's record, a folder every deck was exported into. */
export function recordOutFolder(decksDir: string, outFolder: string): void {
  const raw = readRaw(decksDir) ?? {};
  const recorded = Array.isArray(raw.outFolders) ? raw.outFolders.filter((path): path is string => typeof path === 'string') : [];
  // Relative to the decks folder: the same on machines whose folders lie alike, and no home folder's name in a file that may be committed.
  const near = relative(decksDir, outFolder);
  const path = isAbsolute(near) ? toPosix(outFolder) : toPosix(near);
  if (recorded.includes(path) && Array.isArray(raw.outFolders) && recorded.length === raw.outFolders.length) return;
  raw.outFolders = sortedNames(new Set([...recorded, path]));
  saveRaw(decksDir, raw);
}

/** The folders the decks folder's record says every deck was exported into, as absolute paths. */
export function readOutFolders(decksDir: string): string[] {
  const recorded = readRaw(decksDir)?.outFolders;
  if (!Array.isArray(recorded)) return [];
  return recorded.filter((path): path is string => typeof path === 'string' && path !== '').map((path) => resolve(decksDir, path));
}

/** The record's JSON object, or undefined when there is none or it is not a JSON object. */
function readRaw(folder: string): RawRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(folder, EXPORT_RECORD_FILE), 'utf8')) as unknown;
    return isPlainObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function saveRaw(folder: string, raw: RawRecord): void {
  writeUserFileSync(join(folder, EXPORT_RECORD_FILE), `${JSON.stringify(raw, null, 1)}\n`);
}

/** The part's names as written, or undefined when it is missing or not a list of plain names. */
function namesIn(raw: RawRecord | undefined, of: RecordedFor): string[] | undefined {
  const from = raw?.writtenFrom;
  const names = of === 'beside-decks' ? raw?.written : isPlainObject(from) ? from[of.folderId] : undefined;
  return Array.isArray(names) && names.every(isPlainFileName) ? names : undefined;
}

function sortedNames(names: ReadonlySet<string>): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isPlainObject(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A name in the folder itself, as amgi gives exports: no path, not hidden. */
function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && !name.startsWith('.') && !/[\\/\u0000]/.test(name);
}
