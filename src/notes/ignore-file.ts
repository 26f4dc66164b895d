/**
 * `.amgiignore` beside the decks folder (and at the top of a vault built from outside it): notes and
 * folders a build leaves out, in `.gitignore`'s syntax (the `ignore` package, as ESLint and Prettier
 * read theirs). For a vault whose templates, daily notes or drafts are not study notes.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { systemProblemText, UserError } from '../util/errors.js';

export const IGNORE_FILE = '.amgiignore';

/** Which paths a project's `.amgiignore` leaves out. */
export interface NoteFilter {
  /** Whether the file or folder at `path` (absolute, or relative to where amgi runs) is left out. */
  ignores(path: string, isFolder: boolean): boolean;
}

/**
 * What a build leaves out: the project's `.amgiignore`, and that of each folder named on the command line
 * outside the project (a vault built from elsewhere, `amgi build ../vault`), each for the paths under it.
 */
export function readIgnoreFiles(projectRoot: string, paths: readonly string[]): NoteFilter | undefined {
  const roots = [projectRoot];
  for (const path of paths) {
    const root = resolve(path);
    const near = relative(projectRoot, root);
    const outside = near === '..' || near.startsWith(`..${sep}`) || isAbsolute(near);
    if (outside && !roots.includes(root) && statSync(root, { throwIfNoEntry: false })?.isDirectory() === true) roots.push(root);
  }
  const filters = roots.map(readIgnoreFile).filter((filter): filter is NoteFilter => filter !== undefined);
  if (filters.length <= 1) return filters[0];
  return { ignores: (path, isFolder) => filters.some((filter) => filter.ignores(path, isFolder)) };
}

/** The filter of the project at `projectRoot`, or undefined when it has no `.amgiignore`. */
export function readIgnoreFile(projectRoot: string): NoteFilter | undefined {
  const file = join(projectRoot, IGNORE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined; // none (or no project folder yet: a build says why)
    throw new UserError(`${file}: cannot read it (${systemProblemText(code) ?? code ?? String(error)}); fix or remove it, then build again.`, 2);
  }
  // NFC as all text, and without a BOM: the names it is matched against are NFC.
  const rules = ignore().add(text.replace(/^\uFEFF/, '').normalize('NFC'));
  return {
    ignores(path, isFolder) {
      const near = relative(projectRoot, path);
      // Outside the project (or the project itself) its rules say nothing.
      if (near === '' || near === '..' || near.startsWith(`..${sep}`) || isAbsolute(near)) return false;
      const posix = near.split(sep).join('/').normalize('NFC');
      return rules.ignores(isFolder ? `${posix}/` : posix);
    },
  };
}
