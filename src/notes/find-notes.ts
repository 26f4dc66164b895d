import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../util/errors.js';

/** Folders never searched for notes: tool and dependency folders, and hidden ones. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function isNoteFile(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/**
 * Expand the command line's files and folders into note files, each once, in a stable order
 * (folders recursively, names sorted by code point so every machine builds in the same order).
 */
export async function findNotes(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UserError(`${path}: no such file or folder`, 2);
    }
    if (info.isDirectory()) {
      for (const file of await walk(path)) add(file);
    } else {
      add(path);
    }
  }
  return found;

  function add(file: string): void {
    if (!seen.has(file)) {
      seen.add(file);
      found.push(file);
    }
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) files.push(...(await walk(path)));
    } else if (entry.isFile() && isNoteFile(entry.name)) {
      files.push(path);
    }
  }
  return files;
}
