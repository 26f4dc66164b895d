import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemProblemText, UserError } from '../util/errors.js';
import { pushAll } from '../util/arrays.js';

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
 * Symbolic links are followed, each folder once (a link back up is not a loop). A folder that cannot
 * be read goes to `problems`, and the rest is still found.
 */
export async function findNotes(paths: readonly string[], problems: FindProblem[] = []): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UserError(`${path}: no such file or folder`, 2);
    }
    if (info.isDirectory()) {
      for (const file of await walk(path, visited, problems)) await add(file);
    } else if (info.isFile()) {
      await add({ path, linked: true }); // named on the command line: it may be a link
    } else {
      // A FIFO or a device would block the build, or never end.
      throw new UserError(`${path}: not a regular file (a pipe, socket or device). Give notes as files or folders.`, 2);
    }
  }
  return found;

  /** A note reached twice (by a link, or named twice) is built once, under the first path found. */
  async function add({ path, linked }: FoundFile): Promise<void> {
    const real = linked ? await realpath(path) : resolve(path);
    if (!seen.has(real)) {
      seen.add(real);
      found.push(path);
    }
  }
}

interface FoundFile {
  path: string;
  /** Reached through a symbolic link: its real path may be another's. */
  linked: boolean;
}

async function walk(dir: string, visited: Set<string>, problems: FindProblem[], linked = false): Promise<FoundFile[]> {
  let entries;
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return [];
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ path: dir, message: `cannot read the folder (${systemProblemText(code) ?? code ?? String(error)}); the notes in it were not built, and their decks are kept` });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: FoundFile[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let kind: 'folder' | 'file' | undefined = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
    const link = entry.isSymbolicLink();
    if (link) {
      const target = await stat(path).catch(() => undefined); // a broken link is no note
      kind = target?.isDirectory() ? 'folder' : target?.isFile() ? 'file' : undefined;
    }
    if (kind === 'folder') {
      if (!isSkippedFolder(entry.name)) pushAll(files, await walk(path, visited, problems, linked || link));
    } else if (kind === 'file' && isNoteFile(entry.name)) {
      files.push({ path, linked: linked || link });
    }
  }
  return files;
}
