/** Paths as amgi shows them: the one rule every command's messages and reports follow. */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** With `/` between its parts on every system, as decks and reports store paths. */
export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * A file or folder as typed from where amgi runs: relative inside it (`.` for that folder itself),
 * absolute outside (`/dev/stdout`, not `../../dev/stdout`); a folder written with its `/` keeps it.
 */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const near = relative(cwd, path);
  if (near === '') return '.';
  // Outside: `..` or `../…`, not a file named `..notes.csv` here.
  if (near === '..' || near.startsWith(`..${sep}`) || isAbsolute(near)) return path;
  return `${toPosix(near)}${path.endsWith('/') || path.endsWith(sep) ? '/' : ''}`;
}

/**
 * A path as the file system has it (links followed, its case on a system that ignores case), to tell
 * whether two paths are one place; as far as it exists (a store not made yet is named in its real folder).
 */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const absolute = resolve(path);
    const folder = dirname(absolute);
    return folder === absolute ? folder : join(realPath(folder), basename(absolute));
  }
}
