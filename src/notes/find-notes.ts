import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemProblemText, UserError } from '../util/errors.js';
import { findOnDisk } from './image-files.js';
import type { NoteFilter } from './ignore-file.js';

/** Folders never searched for notes: tool and dependency folders, and hidden ones. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function isNoteFile(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/** A folder or path that could not be read while looking for notes. */
export interface FindProblem {
  path: string;
  message: string;
}

/**
 * Expand the command line's files and folders into note files, each once, in a stable order
 * (folders recursively, names sorted by code point so every machine builds in the same order).
 * Symbolic links are followed after everything else, each folder once (a link back up is not a
 * loop), so a note reached both directly and through a link keeps its own path. A folder that
 * cannot be read goes to `problems`, and the rest is still found. What `filter` ignores (a project's
 * `.amgiignore`) is left out of the folders walked; a file named on the command line is always a note.
 */
export async function findNotes(paths: readonly string[], problems: FindProblem[] = [], filter?: NoteFilter): Promise<string[]> {
  const search: Search = { candidates: [], visited: new Set(), links: [], problems };
  for (const given of paths) {
    // A name typed in NFC (a Korean keyboard's) finds the file macOS named in NFD.
    const path = findOnDisk(given) ?? given;
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UserError(`${given}: no such file or folder`, 2);
    }
    if (info.isDirectory()) {
      // A folder named on the command line is searched whole, though .amgiignore names it: it was asked for.
      await walk(path, search, undefined, filter?.ignores(path, true) ? null : (filter ?? null));
    } else if (info.isFile()) {
      const real = await realpath(path);
      search.candidates.push({ path, real, linked: (await lstat(path)).isSymbolicLink() || real !== resolve(path) });
    } else {
      // A FIFO or a device would block the build, or never end.
      throw new UserError(`${path}: not a regular file (a pipe, socket or device). Give notes as files or folders.`, 2);
    }
  }
  // Links last: a folder already walked by its own path is not walked again through a link.
  for (let next = search.links.shift(); next !== undefined; next = search.links.shift()) {
    const target = await stat(next).catch(() => undefined); // a broken link is no note
    if (target && filter?.ignores(next, target.isDirectory())) continue;
    if (target?.isDirectory()) await walk(next, search, true, filter ?? null);
    else if (target?.isFile() && isNoteFile(next)) search.candidates.push({ path: next, real: await realpath(next), linked: true });
  }
  return onePathEach(search.candidates);
}

/**
 * A note reached twice (by a link, or named twice) is built once. Its path names its deck and card ids,
 * so the path not through a link wins: adding a link to a folder must not move its notes to new decks.
 */
function onePathEach(candidates: readonly FoundFile[]): string[] {
  const chosen = new Map<string, FoundFile>();
  for (const file of candidates) {
    const earlier = chosen.get(file.real);
    if (!earlier || (earlier.linked && !file.linked)) chosen.set(file.real, file);
  }
  return candidates.filter((file) => chosen.get(file.real) === file).map((file) => file.path);
}

interface FoundFile {
  path: string;
  /** Where the file really is, links resolved: the same note reached two ways has one. */
  real: string;
  /** Reached through a symbolic link. */
  linked: boolean;
}

interface Search {
  candidates: FoundFile[];
  /** Real paths of the folders walked. */
  visited: Set<string>;
  /** Links met on the way, followed once the rest is walked. */
  links: string[];
  problems: FindProblem[];
}

/** `filter`: what to leave out of this folder, null for nothing. */
async function walk(dir: string, search: Search, linked: boolean | undefined, filter: NoteFilter | null): Promise<void> {
  let entries;
  let realDir;
  try {
    realDir = await realpath(dir);
    if (search.visited.has(realDir)) return;
    search.visited.add(realDir);
    linked ??= realDir !== resolve(dir); // a folder named on the command line may be a link, or lie under one
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    search.problems.push({ path: dir, message: `cannot read the folder (${systemProblemText(code) ?? code ?? String(error)}); the notes in it were not built, and their decks are kept` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      if (!isSkippedFolder(entry.name)) search.links.push(path);
    } else if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name) && !filter?.ignores(path, true)) await walk(path, search, linked, filter);
    } else if (entry.isFile() && isNoteFile(entry.name) && !filter?.ignores(path, false)) {
      search.candidates.push({ path, real: join(realDir, entry.name), linked });
    }
  }
}
