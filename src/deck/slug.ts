/** File names for decks: readable (Hangul kept), safe on every file system, never outside the decks folder. */
import { trimEndWhere, trimWhere } from '../util/text.js';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_SLUG_LENGTH = 100;

/** A deck's name when its note has no `#` title: the note's file name without its extension (`.md`, `.markdown`, or `.txt` for a note named on the command line). */
export function fileTitle(note: string): string {
  return (note.split(/[\\/]/).pop() ?? note).replace(/\.(md|markdown|txt)$/i, '').normalize('NFC');
}

/**
 * The deck's name for a note without a `#` title: its file's name, or its slug where that name is only
 * white space (`　.md`), since a deck with no name is refused when read, and no deck in Anki.
 */
export function untitledDeckName(note: string, slug = noteSlug(note)): string {
  const title = fileTitle(note);
  return title.trim() !== '' ? title : slug;
}

/** A slug neither starts nor ends with these (`-.-`): trimmed by a scan, as `[-.]+$` rescans a long run from each. */
const isDashOrDot = (char: string) => char === '-' || char === '.';

export function slugify(name: string): string {
  const slug = trimWhere(
    name
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|#%]+/g, '-') // separators, control and reserved characters
      .replace(/\s+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/-{2,}/g, '-'),
    isDashOrDot,
  );
  const short = trimEndWhere([...slug].slice(0, MAX_SLUG_LENGTH).join(''), isDashOrDot);
  if (!short) return 'deck';
  return WINDOWS_RESERVED.test(short) ? `${short}-deck` : short;
}

/** The slug of a note: its file name without the extension. */
export function noteSlug(notePath: string): string {
  const base = notePath.split(/[\\/]/).pop() ?? notePath;
  return slugify(base.replace(/\.(md|markdown|txt)$/i, ''));
}

/** The slug from the note's path, used when two notes share a file name. */
export function pathSlug(relativePath: string): string {
  return slugify(relativePath.replace(/\.(md|markdown|txt)$/i, '').replace(/[\\/]+/g, '--'));
}
