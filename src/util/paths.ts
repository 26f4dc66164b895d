/** Paths as amgi shows them: the one rule every command's messages and reports follow. */
import { isAbsolute, relative, sep } from 'node:path';

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
