/**
 * The decks folders a review store has served. A store shared by two projects (AMGI_STORE set in a
 * shell profile, one --store given for two note folders) holds both projects' cards, and to each the
 * other's look like cards that left its notes: `amgi orphans --purge` in one would delete the other's
 * history. So every command that writes the store for a decks folder records the folder, in the same
 * transaction as its first write (and again at a later write, if another folder's purge forgot it
 * meanwhile: a review session lasts), and purging refuses while the store has served another one.
 *
 * A folder is known by its `.amgi-id` (made at its first export, see export/vault.ts), so a project
 * moved, copied or cloned is the same folder; until it has one, by its path. A folder recorded by path
 * that has an id by now is the one at that path. A store upgraded from an amgi that recorded nothing
 * remembers that it holds history of folders unknown; the folder the store lies in takes it as its own
 * (decks/amgi.sqlite, its default place: another project would have had to name it with --store), and
 * so whatever was recorded at its own path.
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { UserError } from '../util/errors.js';

/** The decks folder a command works on, as the store records it. */
export interface DecksFolder {
  /** Its `.amgi-id`, if it has one (never made for the store: the first export makes it). */
  id: string | undefined;
  /** Its real, absolute path. */
  path: string;
  /** Whether the store file lies in this folder: then history no folder was recorded for is this folder's. */
  holdsStore: boolean;
}

/** A decks folder the store has served, as recorded. */
export interface ServedFolder {
  /** Its `.amgi-id` when it was last recorded; undefined for a folder that had none. */
  id: string | undefined;
  /** Where it was last written from; undefined for history an older amgi wrote, of folders unknown. */
  path: string | undefined;
  /** When a command last began writing for it (ms since the epoch); undefined with the path. */
  lastWritten: number | undefined;
}

/**
 * The schema migration that begins the record (the `folders` table). A store that already holds
 * history gets one row of neither id nor path: the folders that wrote it are unknown.
 */
export const FOLDERS_MIGRATION = `CREATE TABLE folders (
     amgi_id TEXT,
     path TEXT,
     last_written INTEGER
   ) STRICT;
   INSERT INTO folders (amgi_id, path, last_written)
     SELECT NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM revlog) OR EXISTS (SELECT 1 FROM cards);`;

/** Prepares a statement once per store (ReviewStore.prepared): a folder is checked at every write. */
export type Prepare = (sql: string) => Database.Statement;

/** Record that `folder` is written for now; called inside the write's transaction. */
export function recordFolder(prepare: Prepare, folder: DecksFolder, now: number): void {
  if (folder.id !== undefined) {
    // Recorded by its path before its first export gave it an id: the same folder.
    prepare('DELETE FROM folders WHERE amgi_id IS NULL AND path = ?').run(folder.path);
    const updated = prepare('UPDATE folders SET path = ?, last_written = ? WHERE amgi_id = ?').run(folder.path, now, folder.id);
    if (updated.changes === 0) prepare('INSERT INTO folders (amgi_id, path, last_written) VALUES (?, ?, ?)').run(folder.id, folder.path, now);
  } else {
    const updated = prepare('UPDATE folders SET last_written = ? WHERE amgi_id IS NULL AND path = ?').run(now, folder.path);
    if (updated.changes === 0) prepare('INSERT INTO folders (amgi_id, path, last_written) VALUES (NULL, ?, ?)').run(folder.path, now);
  }
  if (folder.holdsStore) {
    prepare('DELETE FROM folders WHERE (amgi_id IS NULL AND path IS NULL) OR (path = ? AND amgi_id IS NOT ?)').run(folder.path, folder.id ?? null);
  }
}

/**
 * Whether `folder` is still recorded as recordFolder left it: a command's later writes only read this,
 * and record it again where another folder's `orphans --purge --any-folder` forgot it meanwhile.
 */
export function stillRecorded(prepare: Prepare, folder: DecksFolder): boolean {
  const row = folder.id !== undefined ? prepare('SELECT 1 FROM folders WHERE amgi_id = ?').get(folder.id) : prepare('SELECT 1 FROM folders WHERE amgi_id IS NULL AND path = ?').get(folder.path);
  return row !== undefined;
}

/** The folders other than `folder` the store has served, the most recently written first. */
export function otherFolders(db: Database.Database, folder: DecksFolder): ServedFolder[] {
  const rows = db.prepare('SELECT amgi_id, path, last_written FROM folders ORDER BY last_written DESC NULLS LAST, path').raw().all() as [string | null, string | null, number | null][];
  return rows
    .map(([id, path, lastWritten]): ServedFolder => ({ id: id ?? undefined, path: path ?? undefined, lastWritten: lastWritten ?? undefined }))
    .filter((served) => !isFolder(served, folder));
}

/**
 * Whether a recorded folder is `folder`: the same id; or recorded by this path before it had any. When
 * the store lies in `folder`, also history no folder was recorded for, and a folder recorded at this
 * path under another id (its `.amgi-id` deleted for a fresh one, as in a copy of someone's project).
 */
function isFolder(served: ServedFolder, folder: DecksFolder): boolean {
  if (served.id !== undefined) return served.id === folder.id || (folder.holdsStore && served.path === folder.path);
  if (served.path !== undefined) return served.path === folder.path;
  return folder.holdsStore;
}

/** Forget every folder but `folder`: after a purge of every orphan, the store holds no card outside its decks. */
export function forgetOtherFolders(db: Database.Database, folder: DecksFolder): void {
  for (const other of otherFolders(db, folder)) {
    if (other.id !== undefined) db.prepare('DELETE FROM folders WHERE amgi_id = ?').run(other.id);
    else if (other.path !== undefined) db.prepare('DELETE FROM folders WHERE amgi_id IS NULL AND path = ?').run(other.path);
    else db.prepare('DELETE FROM folders WHERE amgi_id IS NULL AND path IS NULL').run();
  }
}

/** One line per other folder, for the user: where it was, its id, when it last wrote, and what may explain it. */
function describeFolders(others: readonly ServedFolder[], folder: DecksFolder): string[] {
  return others.map((other) => {
    if (other.path === undefined) return '  reviews written by an older amgi, which did not record the decks folders it served';
    const facts = [other.id !== undefined ? `.amgi-id ${other.id}` : 'no .amgi-id yet'];
    if (other.lastWritten !== undefined) facts.push(`last written ${localDate(other.lastWritten)}`);
    // Hints for the two ways one project can look like two.
    if (other.path === folder.path) facts.push(folder.id !== undefined ? `this folder, whose .amgi-id is ${folder.id} now` : 'this folder, whose .amgi-id is gone now');
    else if (!existsSync(other.path)) facts.push('no longer there: if this project was moved from there, it is this one');
    return `  ${other.path} (${facts.join(', ')})`;
  });
}

/** What `amgi orphans` says under its list while the store has served other folders. */
export function sharedStoreNote(others: readonly ServedFolder[], folder: DecksFolder): string {
  return whoElse('This store', others, folder);
}

/** Why `amgi orphans --purge` purges nothing while the store has served other folders, and what to do. */
export function sharedStoreRefusal(storePath: string, others: readonly ServedFolder[], folder: DecksFolder): UserError {
  const olderOnly = onlyOlderHistory(others);
  const whenToPurge = olderOnly
    ? 'If this store has only ever served this project'
    : `If ${others.length === 1 ? "that folder's notes are" : "those folders' notes are"} gone for good, or ${others.length === 1 ? 'it is' : 'they are'} this project (moved or copied here)`;
  return new UserError(
    `${whoElse(storePath, others, folder, ' Nothing was purged.')}\nTheir history stays, listed by \`amgi orphans\`, and does no harm. ${whenToPurge}, purge with \`amgi orphans --purge --any-folder\`: it deletes every card in no deck here, and the store then serves this folder alone.` +
      // Said only where the store has served two projects: advice about sharing is noise otherwise.
      (olderOnly ? '' : ' From now on give each project a store of its own: the default decks/amgi.sqlite, or one --store per project (check AMGI_STORE in your shell profile).'),
  );
}

function onlyOlderHistory(others: readonly ServedFolder[]): boolean {
  return others.every((other) => other.path === undefined);
}

/** "`store` has also served …, so …", the folders listed beneath, one a line; `after` follows the sentence. */
function whoElse(store: string, others: readonly ServedFolder[], folder: DecksFolder, after = ''): string {
  if (onlyOlderHistory(others)) {
    return `${store} holds reviews written by an older amgi, which did not record the decks folders it served, so cards in no deck here may be another project's rather than cards that left your notes.${after}`;
  }
  const which = others.length === 1 ? 'another decks folder' : `${others.length} other decks folders`;
  return `${store} has also served ${which}, so cards in no deck here may be ${others.length === 1 ? 'its' : 'their'} cards rather than cards that left your notes.${after}\n${describeFolders(others, folder).join('\n')}`;
}

/** A day as the user's calendar has it, YYYY-MM-DD. */
function localDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
