import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDecks, type BuildReport, type DeckReport } from '../deck/build.js';
import { UserError } from '../util/errors.js';
import { formatWarning, plural, printJson } from './output.js';
import { shellWord } from '../util/shell-word.js';
import { DEFAULT_NOTES } from '../notes/default-folder.js';

export interface BuildCommandOptions {
  decks: string;
  json?: boolean;
  force?: boolean;
  allowEmpty?: boolean;
  /** The review store (--store, AMGI_STORE), or the one in the decks folder. */
  store?: string;
}


/** `amgi build [PATH...]`; returns the exit code: 0 all built, 1 some notes failed. */
export async function runBuild(paths: string[], options: BuildCommandOptions): Promise<number> {
  if (paths.length === 0 && !existsSync(DEFAULT_NOTES)) {
    throw new UserError(`no notes given, and no ${DEFAULT_NOTES}/ folder here. Name your notes or their folders (\`amgi build NOTES...\`), or run amgi in the folder that holds ${DEFAULT_NOTES}/.`, 2);
  }
  // Paths printed as seen from here, so that a path in a hint can be typed back as it is.
  const report = await buildDecks({ decksDir: options.decks, paths: paths.length > 0 ? paths : [DEFAULT_NOTES], force: options.force ?? false, allowEmpty: options.allowEmpty ?? false, storePath: options.store ?? join(options.decks, 'amgi.sqlite'), pathsFrom: process.cwd() });
  if (options.json) printJson(report);
  else if (report.decks.length > 0) printReport(report, options.decks);
  // Nothing to build is a mistake in what was named (an empty folder, a folder of other files), as a
  // path that does not exist is: said on stderr, exit 2, so that a script does not go on to export nothing.
  if (report.decks.length === 0) {
    const named = (paths.length > 0 ? paths : [DEFAULT_NOTES]).map((path) => `\`${path}\``).join(', ');
    throw new UserError(`no notes in ${named}: amgi reads Markdown files (.md, .markdown). Put your notes there, or name the files or folders that hold them (\`amgi build NOTES...\`).`, 2);
  }
  return report.ok ? 0 : 1;
}

function printReport(report: BuildReport, decksDir: string): void {
  // Written at once rather than deck by deck (a write each cost a rebuild of 300 notes ~5 ms), but
  // before each error, so that a terminal shows the error beside its note.
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    lines = [];
  };
  for (const deck of report.decks) {
    if (deck.status === 'failed') {
      flush();
      process.stderr.write(`error: ${deck.error}\n`);
      continue;
    }
    lines.push(`${deck.name ?? deck.note}${deck.deckFile ? `  →  ${deck.deckFile}` : ''}`);
    // A skipped note's warning says why and that it was skipped: a line `skipped` above it would say it twice.
    if (deck.status !== 'skipped' || deck.warnings.length === 0) lines.push(`  ${summary(deck)}`);
    for (const warning of deck.warnings) lines.push(`  warning: ${formatWarning(warning)}`);
    for (const [folder, files] of staleExportsByFolder(deck.staleExports ?? [])) {
      const command = resolve(folder) === resolve(decksDir) ? 'amgi export' : `amgi export --out ${shellWord(`${folder}/`)}`;
      lines.push(`  out-of-date export: ${files.join(', ')} (the next \`${command}\` removes ${files.length === 1 ? 'it' : 'them'})`);
    }
  }
  flush();
  const count = (status: DeckReport['status']) => report.decks.filter((deck) => deck.status === status).length;
  const cards = report.decks.reduce((sum, deck) => sum + (deck.status === 'removed' ? 0 : deck.cards), 0);
  const built = count('built');
  const parts = [`${built} built`, `${count('unchanged')} unchanged`];
  if (count('removed')) parts.push(`${count('removed')} removed`);
  if (count('skipped')) parts.push(`${count('skipped')} skipped`);
  if (count('failed')) parts.push(`${count('failed')} failed`);
  const present = report.decks.filter((deck) => deck.status === 'built' || deck.status === 'unchanged');
  // Counted as due, review and Anki count them, by name (notes sharing a `#` title fill one deck).
  const names = new Set(present.map((deck) => (deck.name ?? deck.note).toLowerCase())).size;
  const files = names === present.length ? '' : ` (${plural(present.length, 'deck file')})`;
  const { folder } = report;
  if (folder && (folder.deckFiles !== present.length || folder.cards !== cards)) {
    // Decks of notes not built this time (another folder's, built before) are in the folder too.
    const folderFiles = folder.decks === folder.deckFiles ? '' : ` (${plural(folder.deckFiles, 'deck file')})`;
    process.stdout.write(`\n${plural(names, 'deck')}${files}, ${plural(cards, 'card')} from these notes (${parts.join(', ')}); ${decksDir}/ holds ${plural(folder.decks, 'deck')}${folderFiles}, ${plural(folder.cards, 'card')} in all.\n`);
  } else {
    process.stdout.write(`\n${plural(names, 'deck')}${files}, ${plural(cards, 'card')} in ${decksDir}/ (${parts.join(', ')}).\n`);
  }
  if (report.ok && present.length === 0) {
    process.stdout.write('No decks are left to export.\n');
  } else if (report.ok) {
    process.stdout.write('Next: `amgi review` to study them here, or `amgi export` for Anki; `amgi explain NOTE` shows which rule made each card, and why other blocks did not become one.\n');
  } else {
    process.stdout.write('Some notes failed (see the errors above); the others were built.\n');
  }
}

function summary(deck: DeckReport): string {
  switch (deck.status) {
    case 'unchanged':
      return `${plural(deck.cards, 'card')}, note unchanged since the last build`;
    case 'removed':
      // The deck is remembered (removed-decks.ts): said, so that no one restores it by hand to save its reviews.
      if (deck.copyOf !== undefined) return `deck removed: a second deck file of the note, whose deck is ${deck.copyOf} (a copy?)`;
      // Where its deck could not be kept, a warning below says what is lost instead.
      return `deck removed: ${deck.ignored ? '.amgiignore leaves the note out' : 'its note is gone'} (${plural(deck.removed, 'card')}${deck.warnings.length === 0 ? (deck.removed === 1 ? '; it comes back with its reviews if the note does' : '; they come back with their reviews if the note does') : ''})`;
    case 'skipped':
      return 'skipped';
    default:
      return `${plural(deck.cards, 'card')}: ${deck.added} added${returningText(deck)}, ${deck.changed} changed, ${deck.kept} kept, ${deck.removed} removed${continuation(deck)}`;
  }
}

/** What a deck continues under its new name or after a while away: its cards' ids, and so their reviews. */
function continuation(deck: DeckReport): string {
  if (deck.restored) return '; continues its removed deck, ids and reviews kept';
  if (deck.continues !== undefined) return `; continues ${deck.continues} (note renamed), ids and reviews kept`;
  return '';
}

/** `(1 of them written again: back with its reviews)`: an added card the store has reviews of. */
function returningText(deck: DeckReport): string {
  if (!deck.returning) return '';
  if (deck.added === 1) return ' (written again: back with its reviews)';
  return ` (${deck.returning} of them written again: back with ${deck.returning === 1 ? 'its' : 'their'} reviews)`;
}

/** The exports a removed deck leaves out of date, by the folder they are in (beside the deck files, or one every deck was exported into). */
function staleExportsByFolder(files: readonly string[]): Map<string, string[]> {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = dirname(file.endsWith('/') ? file.slice(0, -1) : file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return byFolder;
}

