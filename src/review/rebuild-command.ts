import { relative, resolve, sep } from 'node:path';
import { DEFAULT_NOTES } from '../notes/default-folder.js';
import { shellWord } from '../util/shell-word.js';

/**
 * The command that rebuilds a note's deck after `e` edited it, to type as it is where amgi runs: bare
 * `amgi build` reads `source-notes/` only, so a note kept elsewhere (an Obsidian vault) is named, and
 * a decks folder other than the default is given, lest the build write a second set of decks.
 */
export function rebuildCommand(notePath: string, decksDir: string, cwd: string = process.cwd()): string {
  const decksOption = resolve(cwd, decksDir) === resolve(cwd, 'decks') || process.env.AMGI_DECKS ? '' : ` --decks ${shellWord(relative(cwd, resolve(cwd, decksDir)) || '.')}`;
  const defaultNotes = resolve(cwd, DEFAULT_NOTES) + sep;
  if (resolve(cwd, notePath).startsWith(defaultNotes)) return `amgi${decksOption} build`;
  // From here where the note is below this folder; elsewhere its full path, which reads more plainly than `../..`.
  const fromHere = relative(cwd, resolve(cwd, notePath));
  return `amgi${decksOption} build ${shellWord(fromHere.startsWith('..') ? resolve(cwd, notePath) : fromHere)}`;
}
