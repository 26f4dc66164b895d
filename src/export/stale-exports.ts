/**
 * Exports of decks that are gone. `amgi export` writes `<decks>/<deck file name>.csv` (with a `.media/`
 * folder for its images) or `.apkg` beside the deck files, or into an `--out` folder; when `amgi build`
 * removes a deck (its note deleted) or moves it to another file name (its note renamed), the old
 * export stays, and importing the folder would bring back a deck that no longer exists. A whole
 * export, beside the deck files or into a folder, removes them there.
 *
 * Only what amgi can tell it wrote goes. Its name must be in the record of the exports amgi wrote
 * there for this decks folder (written-exports.ts): a copy the user made (`보안-backup.csv`) holds the
 * same ids, and only its name tells it apart; another notes folder exporting into the same `--out`
 * folder has names of its own. Its content must still be as amgi wrote it: a CSV with amgi's header
 * and rows whose GUIDs all carry this folder's id, a package of amgi's note type and this folder's
 * GUIDs, a media folder of images named by their own content hash, whose CSV goes too and which no
 * other notes folder wrote into. A symbolic link is never removed: what it leads to is the user's.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ankiGuid, NOTE_TYPE_ID, NOTE_TYPE_NAME } from './anki-notes.js';
import { csvHeaderLength } from './csv.js';
import type { ExportFormat } from './deck-export.js';
import { csvOfMediaFolder, exportFileName, mediaFolderName } from './export-names.js';
import { mediaHash, mediaNameHash } from './media.js';
import { readVaultId } from './vault.js';
import { realPath } from '../util/paths.js';
import { otherWriters, readExportRecord, readOutFolders, saveExportRecord, type RecordedFor } from './written-exports.js';

export interface StaleExports {
  /** Removed, as absolute paths; a media folder ends in `/`. */
  removed: string[];
  /** Recognised as amgi's but left, with why (changed since it was written, a media folder holding other files, a file that cannot be removed). */
  kept: { file: string; reason: string }[];
}

/** What the export says of the files it removed, as shown. */
export function removedExportsSentence(files: readonly string[]): string {
  return `Removed the old ${files.length === 1 ? 'export of a deck that is' : 'exports of decks that are'} gone: ${files.join(', ')}`;
}

/**
 * Remove amgi's exports whose deck file is gone: those beside the deck files, or with `outFolder`
 * those this decks folder's exports wrote into it. `vault` is the decks folder's id.
 */
export async function removeStaleExports(decksDir: string, vault: string, outFolder?: string): Promise<StaleExports> {
  const result: StaleExports = { removed: [], kept: [] };
  const place = outFolder === undefined ? besideDecks(decksDir) : intoFolder(decksDir, outFolder, vault);
  const record = readExportRecord(place.folder, place.of);
  if (record === undefined) return result; // no record (exports from before it was kept), or a damaged one: nothing is known to be amgi's
  const { folder } = place;
  // A file changed since amgi wrote it is the user's now: said once, then forgotten, and its images
  // with it. A media folder holding a file of the user's is said until they clear it, then goes.
  const disowned = new Set<string>();
  for (const verdict of await judge(folder, vault, staleCandidates(place, record))) {
    const path = join(folder, verdict.name);
    const shown = verdict.kind === 'media' ? `${path}/` : path;
    if ('reason' in verdict) {
      result.kept.push({ file: shown, reason: verdict.reason });
      if (verdict.disowned) disowned.add(verdict.name.normalize('NFC'));
    } else if (verdict.kind !== 'media') {
      tryRemoving(shown, result, () => unlinkSync(path));
    } else if (exists(join(folder, csvOfMediaFolder(verdict.name)))) {
      result.kept.push({ file: shown, reason: csvKeptReason(verdict.name) }); // its CSV could not be removed
    } else {
      // Only the files checked: one put there since stays, and the folder with it (rmdir fails).
      tryRemoving(shown, result, () => {
        for (const name of verdict.own) unlinkSync(join(path, name));
        rmdirSync(path);
      });
    }
  }
  forgetRemoved(place, record, disowned);
  return result;
}

/**
 * The exports amgi wrote for the deck file `<slug>.json` that the next whole exports remove, by the
 * same rules: what removing the deck leaves out of date, beside the deck files and in each folder
 * every deck was exported into.
 */
export async function exportsOfDeck(decksDir: string, slug: string): Promise<string[]> {
  const vault = readVaultId(decksDir);
  if (vault === undefined) return []; // never exported
  const csv = exportFileName(slug, 'csv');
  const names = new Set([csv, mediaFolderName(csv), exportFileName(slug, 'apkg')].map((name) => name.normalize('NFC')));
  const found: string[] = [];
  for (const place of [besideDecks(decksDir), ...outFolderPlaces(decksDir, vault)]) {
    const record = readExportRecord(place.folder, place.of);
    if (record === undefined) continue; // nothing known to be amgi's there
    const candidates = staleCandidates(place, record).filter((candidate) => names.has(candidate.name.normalize('NFC')));
    for (const verdict of await judge(place.folder, vault, candidates)) if (!('reason' in verdict)) found.push(`${join(place.folder, verdict.name)}${verdict.kind === 'media' ? '/' : ''}`);
  }
  return found;
}

/** A folder exports are judged in: its record's part for this decks folder, and the folders whose deck files' exports are live there. */
interface Place {
  folder: string;
  of: RecordedFor;
  deckFolders: string[];
}

function besideDecks(decksDir: string): Place {
  return { folder: decksDir, of: 'beside-decks', deckFolders: [decksDir] };
}

/** An `--out` folder: the decks folder's exports are live there, and so are those of any deck files in it (another notes folder's decks folder). */
function intoFolder(decksDir: string, outFolder: string, vault: string): Place {
  return { folder: outFolder, of: { folderId: vault }, deckFolders: [decksDir, outFolder] };
}

/** The folders the decks folder's record says every deck was exported into, each once, the decks folder itself left out. */
function outFolderPlaces(decksDir: string, vault: string): Place[] {
  const real = (path: string) => (existsSync(path) ? realPath(path) : undefined); // gone, or not on this machine
  const seen = new Set([real(decksDir)]);
  const places: Place[] = [];
  for (const folder of readOutFolders(decksDir)) {
    const key = real(folder);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    places.push(intoFolder(decksDir, folder, vault));
  }
  return places;
}

function tryRemoving(shown: string, result: StaleExports, remove: () => void): void {
  try {
    remove();
    result.removed.push(shown);
  } catch (error) {
    result.kept.push({ file: shown, reason: `it could not be removed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
  }
}

type ExportKind = ExportFormat | 'media';

/** An export of a deck that is gone, by its name in the decks folder as the folder lists it. */
interface Candidate {
  name: string;
  kind: ExportKind;
}

/**
 * What the next whole export does with a candidate: it goes (a media folder with the images checked),
 * or it is kept, with why, and whether the record forgets it (said once) or not (said until it goes).
 */
type Verdict = (Candidate & { kind: ExportFormat }) | (Candidate & { kind: 'media'; own: string[] }) | (Candidate & { reason: string; disowned: boolean });

/**
 * The folder's `.csv` and `.apkg` files and `.media` folders (not links) that the record names, of no
 * live deck file (the place's deck folders). A name that differs from a live export's only in normal
 * form is that deck's (a file system may give either form). One that differs only in case is the same
 * file where the file system ignores case (macOS, Windows): it is passed over when it is that very file.
 */
function staleCandidates(place: Place, record: ReadonlySet<string>): Candidate[] {
  const { folder } = place;
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const live = new Set<string>();
  const liveByKey = new Map<string, string[]>();
  for (const slug of deckSlugs(place.deckFolders, folder, entries)) {
    const csv = exportFileName(slug, 'csv');
    for (const name of [csv, mediaFolderName(csv), exportFileName(slug, 'apkg')]) {
      live.add(name.normalize('NFC'));
      liveByKey.set(key(name), [...(liveByKey.get(key(name)) ?? []), name]);
    }
  }
  const sameFile = (name: string, other: string) => {
    const [a, b] = [statSync(join(folder, name), { throwIfNoEntry: false }), statSync(join(folder, other), { throwIfNoEntry: false })];
    return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
  };
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const kind = /\.(csv|apkg|media)$/.exec(entry.name)?.[1] as ExportKind | undefined;
    const name = entry.name.normalize('NFC');
    if (kind === undefined || !record.has(name) || live.has(name)) continue;
    if ((liveByKey.get(key(entry.name)) ?? []).some((other) => sameFile(entry.name, other))) continue;
    // The entry as listed, not followed: a link is the user's.
    if (kind === 'media' ? entry.isDirectory() : entry.isFile()) candidates.push({ name: entry.name, kind });
  }
  return candidates.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The deck files' names without `.json` in the folders; `listed` is `folder`'s listing, read already. */
function deckSlugs(deckFolders: readonly string[], folder: string, listed: readonly Dirent[]): string[] {
  const slugs: string[] = [];
  for (const deckFolder of deckFolders) {
    let names: string[];
    try {
      names = deckFolder === folder ? listed.map((entry) => entry.name) : readdirSync(deckFolder);
    } catch {
      continue;
    }
    for (const name of names) if (name.endsWith('.json') && !name.startsWith('.')) slugs.push(name.slice(0, -'.json'.length));
  }
  return slugs;
}

/**
 * Which candidates go: files whose content is still amgi's export for this folder, then media folders
 * of amgi's images alone whose CSV goes too or is gone already (a CSV kept keeps its images), and
 * that no other notes folder's export wrote into (images are named by content alone: whose they are
 * cannot be told).
 */
async function judge(folder: string, vault: string, candidates: readonly Candidate[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  const csvGoes = new Set<string>();
  for (const found of candidates) {
    if (found.kind === 'media') continue;
    if (!(await isAmgiExport(join(folder, found.name), found.kind, vault))) {
      verdicts.push({ ...found, reason: await notOwnReason(folder, found.name, found.kind, vault), disowned: true });
      continue;
    }
    verdicts.push({ ...found, kind: found.kind });
    if (found.kind === 'csv') csvGoes.add(found.name);
  }
  for (const found of candidates) {
    if (found.kind !== 'media') continue;
    const csv = csvOfMediaFolder(found.name);
    if (!csvGoes.has(csv) && exists(join(folder, csv))) {
      verdicts.push({ ...found, reason: csvKeptReason(found.name), disowned: true });
      continue;
    }
    const others = otherWriters(folder, found.name, vault);
    if (others.length > 0) {
      verdicts.push({ ...found, reason: `another notes folder's export wrote into it too (folder id ${others.join(', ')})`, disowned: true });
      continue;
    }
    const files = mediaFiles(join(folder, found.name));
    if (files === undefined) continue;
    const { own, foreign } = files;
    if (foreign.length > 0) verdicts.push({ ...found, reason: `it holds files amgi did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''})`, disowned: false });
    else verdicts.push({ ...found, kind: 'media', own });
  }
  return verdicts.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Why an export file that is not this folder's as amgi wrote it is kept: another notes folder's export written over it, or a change. */
async function notOwnReason(folder: string, name: string, format: ExportFormat, vault: string): Promise<string> {
  for (const other of otherWriters(folder, name, vault)) {
    if (await isAmgiExport(join(folder, name), format, other)) return `another notes folder's export was written over it (folder id ${other})`;
  }
  return 'it was changed since amgi wrote it (or is no export of this folder)';
}

function csvKeptReason(mediaName: string): string {
  return `its CSV, ${csvOfMediaFolder(mediaName)}, is kept`;
}

/** Whether the folder holds anything by this name, a link included. */
function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** The record without the names that are no longer there (removed now, or by the user). */
function forgetRemoved(place: Place, record: ReadonlySet<string>, disowned: ReadonlySet<string>): void {
  let listed: Set<string>;
  try {
    listed = new Set(readdirSync(place.folder).map((name) => name.normalize('NFC')));
  } catch {
    return;
  }
  const left = new Set([...record].filter((name) => !disowned.has(name) && (listed.has(name) || exists(join(place.folder, name)))));
  if (left.size < record.size) saveExportRecord(place.folder, left, place.of);
}

/** Whether the file (not a link) is a whole export amgi wrote for the folder of id `vault`. */
async function isAmgiExport(path: string, format: ExportFormat, vault: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    if (!lstatSync(path).isFile()) return false;
    bytes = readFileSync(path);
  } catch {
    return false;
  }
  return format === 'csv' ? isAmgiCsv(bytes.toString('utf8'), vault) : isAmgiPackage(bytes, vault);
}

/** amgi's header, then nothing but rows of five quoted fields whose last is a GUID of this folder. */
export function isAmgiCsv(text: string, vault: string): boolean {
  const headerLength = csvHeaderLength(text);
  if (headerLength === undefined) return false;
  const field = '"(?:[^"]|"")*"';
  const row = new RegExp(`${field}\\t${field}\\t${field}\\t${field}\\t"${ankiGuid(vault, '')}[0-9a-f]{12}"\\n`, 'y');
  row.lastIndex = headerLength;
  while (row.lastIndex < text.length) if (!row.test(text)) return false;
  return true;
}

/**
 * A package as apkg.ts writes it: `collection.anki2`, the `media` map and the media it numbers, and
 * nothing else; a collection of amgi's note type alone, every note of it with a GUID of this folder.
 * (A package Anki exported has other entries, `collection.anki21` or `meta`.)
 */
export async function isAmgiPackage(bytes: Uint8Array, vault: string): Promise<boolean> {
  // Loaded only here: most exports find nothing stale, and a CSV export needs no SQLite.
  const [{ unzipSync }, { default: Database }] = await Promise.all([import('fflate'), import('better-sqlite3')]);
  try {
    const names: string[] = [];
    const files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === 'collection.anki2' || file.name === 'media';
      },
    });
    const collection = files['collection.anki2'];
    const media = files.media;
    if (!collection || !media) return false;
    const map = JSON.parse(Buffer.from(media).toString('utf8')) as unknown;
    if (typeof map !== 'object' || map === null || Array.isArray(map)) return false;
    const expected = new Set(['collection.anki2', 'media', ...Object.keys(map)]);
    if (names.length !== expected.size || !names.every((name) => expected.has(name))) return false;
    const db = new Database(Buffer.from(collection));
    try {
      const models = JSON.parse((db.prepare('SELECT models FROM col').pluck().get() as string | undefined) ?? 'null') as Record<string, { name?: unknown }> | null;
      if (models === null || Object.keys(models).join() !== String(NOTE_TYPE_ID) || models[NOTE_TYPE_ID]?.name !== NOTE_TYPE_NAME) return false;
      const foreign = db.prepare('SELECT count(*) FROM notes WHERE mid != ? OR guid NOT GLOB ?').pluck().get(NOTE_TYPE_ID, `${ankiGuid(vault, '')}*`) as number;
      return foreign === 0;
    } finally {
      db.close();
    }
  } catch {
    return false; // not a zip, not SQLite, not JSON: not amgi's
  }
}

/**
 * A media folder's files: the images amgi copied (media.ts names each by the SHA-256 of its bytes),
 * and any other entry, by name; undefined if it is no folder or cannot be read.
 */
function mediaFiles(folder: string): { own: string[]; foreign: string[] } | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const own: string[] = [];
  const foreign: string[] = [];
  for (const entry of entries) (isCopiedImage(folder, entry) ? own : foreign).push(entry.name);
  return { own, foreign: foreign.sort() };
}

function isCopiedImage(folder: string, entry: Dirent): boolean {
  const hash = mediaNameHash(entry.name);
  if (!entry.isFile() || hash === undefined) return false;
  try {
    return mediaHash(readFileSync(join(folder, entry.name))) === hash;
  } catch {
    return false;
  }
}
