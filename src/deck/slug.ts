/** File names for decks: readable (Hangul kept), safe on every file system, never outside the decks folder. */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_SLUG_LENGTH = 100;

/** A deck's name when its note has no `#` title: the note's file name without its extension. */
export function fileTitle(note: string): string {
  return (note.split(/[\\/]/).pop() ?? note).replace(/\.(md|markdown)$/i, '').normalize('NFC');
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|#%]+/g, '-') // separators, control and reserved characters
    .replace(/\s+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const short = [...slug].slice(0, MAX_SLUG_LENGTH).join('').replace(/[-.]+$/, '');
  if (!short) return 'deck';
  return WINDOWS_RESERVED.test(short) ? `${short}-deck` : short;
}

/** The slug of a note: its file name without the extension. */
export function noteSlug(notePath: string): string {
  const base = notePath.split(/[\\/]/).pop() ?? notePath;
  return slugify(base.replace(/\.(md|markdown)$/i, ''));
}

/** The slug from the note's path, used when two notes share a file name. */
export function pathSlug(relativePath: string): string {
  return slugify(relativePath.replace(/\.(md|markdown)$/i, '').replace(/[\\/]+/g, '--'));
}
