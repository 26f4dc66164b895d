/**
 * The names of a deck's exports beside its deck file, by the deck file's name without `.json` (its
 * slug): `<slug>.csv` with its images in `<slug>.media/`, or `<slug>.apkg`. Every place that writes,
 * records or removes an export takes its name from here.
 */
import { basename, dirname, join } from 'node:path';
import type { ExportFormat } from './deck-export.js';

/** Anki offers to replace the whole collection with a package named `collection.apkg` or `backup-…`. */
export function replacesCollection(packageName: string): boolean {
  return /^(collection\.apkg$|backup-)/i.test(packageName);
}

/**
 * The name of a deck's export. A package that Anki would take for a whole collection gets `deck-` in
 * front (`collection` → `deck-collection.apkg`); so does a deck whose name is one `deck-` away from
 * such a name (`deck-collection` → `deck-deck-collection.apkg`), or two decks would share one package.
 */
export function exportFileName(slug: string, format: ExportFormat): string {
  if (format === 'csv') return `${slug}.csv`;
  return `${replacesCollection(`${slug.replace(/^(deck-)+/i, '')}.apkg`) ? `deck-${slug}` : slug}.apkg`;
}

/** The folder a CSV export's images go to: `old.csv` → `old.media`. */
export function mediaFolderName(csvName: string): string {
  return csvName.replace(/\.csv$/i, '.media');
}

/** The CSV export whose images a media folder holds: `old.media` → `old.csv`. */
export function csvOfMediaFolder(mediaName: string): string {
  return mediaName.replace(/\.media$/i, '.csv');
}

/**
 * Where a CSV export's images go: `<csv name>.media/`. Written to a device or pipe (`--out
 * /dev/stdout`), a deck's images go beside its deck file, as its CSV export there would have them.
 */
export function mediaFolderOf(job: { file: string; target: string }): string {
  if (/\.csv$/i.test(job.target)) return join(dirname(job.target), mediaFolderName(basename(job.target)));
  return join(dirname(job.file), mediaFolderName(exportFileName(basename(job.file, '.json'), 'csv')));
}
