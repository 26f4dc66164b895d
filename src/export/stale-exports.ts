/**
 * Exports of decks that are gone. `amgi export` writes `<decks>/<deck file name>.csv` (with a `.media/`
 * folder for its images) or `.apkg` beside the deck files; when `amgi build` removes a deck (its note
 * deleted) or moves it to another file name (its note renamed), the old export stays, and importing
 * the decks folder into Anki would bring back a deck that no longer exists. A whole export removes them.
 *
 * Only what amgi can tell it wrote is removed, by its content, with no record to lose: a CSV with
 * amgi's header and rows whose GUIDs all carry this folder's id, a package of amgi's note type and
 * this folder's GUIDs, a media folder of images named by their own content hash. Its name must be one
 * amgi gives (a slug), so a copy a file manager made (`old (1).csv`) is left alone.
 */
import { readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../deck/slug.js';
import { ankiGuid, NOTE_TYPE_ID, NOTE_TYPE_NAME } from './anki-notes.js';
import { csvHeaderLength } from './csv.js';
import type { ExportFormat } from './deck-export.js';
import { exportFileName, mediaFolderName } from './export-names.js';
import { mediaHash, mediaNameHash } from './media.js';
import { VAULT_ID, VAULT_ID_FILE } from './vault.js';

export interface StaleExports {
  /** Removed, as absolute paths; a media folder ends in `/`. */
  removed: string[];
  /** Recognised as amgi's but left, with why (a media folder holding other files, a file that cannot be removed). */
  kept: { file: string; reason: string }[];
}

/** What the export says of the files it removed, as shown. */
export function removedExportsSentence(files: readonly string[]): string {
  return `Removed the old ${files.length === 1 ? 'export of a deck that is' : 'exports of decks that are'} gone: ${files.join(', ')}`;
}

/** Remove amgi's exports in the decks folder whose deck file is gone; `vault` is the folder's id. */
export async function removeStaleExports(decksDir: string, vault: string): Promise<StaleExports> {
  const result: StaleExports = { removed: [], kept: [] };
  for (const found of staleCandidates(decksDir)) {
    const path = join(decksDir, found.name);
    if (found.kind === 'media') {
      const files = mediaFiles(path);
      if (files === undefined) continue;
      const { own, foreign } = files;
      if (foreign.length > 0) {
        result.kept.push({ file: `${path}/`, reason: `it holds files amgi did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''})` });
        continue;
      }
      // Only the files checked: one put there since stays, and the folder with it (rmdir fails).
      tryRemoving(path, result, () => {
        for (const name of own) unlinkSync(join(path, name));
        rmdirSync(path);
      });
      continue;
    }
    if (!(await isAmgiExport(path, found.kind, vault))) continue;
    tryRemoving(path, result, () => unlinkSync(path));
  }
  return result;
}

/** The exports amgi wrote for the deck file `<slug>.json` that are in the decks folder: what removing the deck leaves stale. */
export async function exportsOfDeck(decksDir: string, slug: string): Promise<string[]> {
  const vault = readVaultId(decksDir);
  if (vault === undefined || !isExportName(slug)) return []; // never exported (no id was made), or a name left alone
  const found: string[] = [];
  for (const format of ['csv', 'apkg'] as const) {
    const path = join(decksDir, exportFileName(slug, format));
    if (await isAmgiExport(path, format, vault)) found.push(path);
  }
  const media = join(decksDir, mediaFolderName(exportFileName(slug, 'csv')));
  if (mediaFiles(media)?.foreign.length === 0) found.push(`${media}/`);
  return found;
}

/** The folder's id if `.amgi-id` holds one; never made here (see vault.ts). */
export function readVaultId(decksDir: string): string | undefined {
  try {
    const id = readFileSync(join(decksDir, VAULT_ID_FILE), 'utf8').trim();
    return VAULT_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function tryRemoving(path: string, result: StaleExports, remove: () => void): void {
  const shown = path.endsWith('.media') ? `${path}/` : path;
  try {
    remove();
    result.removed.push(shown);
  } catch (error) {
    result.kept.push({ file: shown, reason: `it could not be removed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
  }
}

/**
 * The folder's `.csv` and `.apkg` files and `.media` folders named as amgi names exports, of no deck
 * file there. A name that differs from a live export's only in case or normal form is the same file
 * where the file system ignores those (macOS, Windows): it is passed over when it is that very file.
 */
function staleCandidates(decksDir: string): { name: string; kind: ExportFormat | 'media' }[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(decksDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const live = new Set<string>();
  const liveByKey = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.name.endsWith('.json') || entry.name.startsWith('.')) continue;
    const slug = entry.name.slice(0, -'.json'.length);
    const csv = exportFileName(slug, 'csv');
    for (const name of [csv, mediaFolderName(csv), exportFileName(slug, 'apkg')]) {
      live.add(name);
      liveByKey.set(key(name), [...(liveByKey.get(key(name)) ?? []), name]);
    }
  }
  const sameFile = (name: string, other: string) => {
    const [a, b] = [statSync(join(decksDir, name), { throwIfNoEntry: false }), statSync(join(decksDir, other), { throwIfNoEntry: false })];
    return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
  };
  const candidates: { name: string; kind: ExportFormat | 'media' }[] = [];
  for (const entry of entries) {
    const match = /^(.+)\.(csv|apkg|media)$/.exec(entry.name);
    if (!match || entry.name.startsWith('.') || live.has(entry.name) || !isExportName(match[1]!)) continue;
    if ((liveByKey.get(key(entry.name)) ?? []).some((name) => sameFile(entry.name, name))) continue;
    const kind = match[2] as ExportFormat | 'media';
    if (kind === 'media' ? entry.isDirectory() : entry.isFile()) candidates.push({ name: entry.name, kind });
  }
  return candidates.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A name amgi gives a deck file, and so its exports: not a copy a file manager named (`old (1)`, `old copy`). */
function isExportName(base: string): boolean {
  return slugify(base) === base;
}

/** Whether the file is a whole export amgi wrote for the folder of id `vault`. */
async function isAmgiExport(path: string, format: ExportFormat, vault: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return false;
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
