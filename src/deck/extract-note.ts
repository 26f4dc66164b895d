/**
 * The part of a build that parses: a changed note's bytes → its cards without ids. Pure apart from the
 * error it may throw, and its result is plain data, so a build runs it in worker threads (see
 * `build-worker.ts`) or, for a few notes, in its own thread, with the same result. A note the build
 * has not read yet (see `NoteRead` in build.ts) is read by the thread that extracts it.
 */
import { cardsFromText } from '../cards/cards.js';
import type { ConceptKind, ImageRef, UnresolvedImage } from '../cards/types.js';
import { assertNestingWithinLimit, loadNoteSyntax, readingNotices, type ReadingNotice } from '../notes/parse-note.js';
import { decodeNote } from '../notes/read-note.js';
import { unresolvedImageReferences } from '../notes/link-references.js';

/** A card as extracted, without the concept tree it came from (which would not cross threads cheaply). */
export interface ExtractedCard {
  kind: ConceptKind;
  title: string;
  front: string;
  back: string;
  tags: string[];
  line: number;
  section: string[];
}

/** What extraction makes of a note: its cards, or that it is not a text file (it is then skipped). */
export type NoteExtraction = { binary: true } | TextExtraction;

export interface TextExtraction {
  binary: false;
  /** SHA-256 of the bytes the cards were made from. */
  hash: string;
  /** The note's `#` title, if it has one. */
  deckName: string | undefined;
  cards: ExtractedCard[];
  /** Images the cards refer to, in card order. */
  images: ImageRef[];
  /** Image references of the cards whose label the note never defines. */
  unresolvedImages: UnresolvedImage[];
  /** The note has nothing but white space. */
  empty: boolean;
  /** Front matter or a code fence never closed, which the build warns of (see `readingNotices`). */
  readingNotices: ReadingNotice[];
}

/**
 * `note` is the path as given (read errors name it), `source` the path relative to the project (parse
 * errors name it), `untitledName` the deck's name should the note have no `#` title: its first blocks
 * are then on a card of that name (see `extractConcepts`).
 */
export async function extractNote(note: string, source: string, bytes: Uint8Array, untitledName?: string): Promise<NoteExtraction> {
  const read = decodeNote(note, bytes);
  if (read.kind === 'binary') return { binary: true };
  const { text, hash } = read.note;
  assertNestingWithinLimit(source, text);
  await loadNoteSyntax(text);
  const { deckName, cards } = cardsFromText(text, untitledName);
  return {
    binary: false,
    hash,
    deckName,
    cards: cards.map(({ kind, title, front, back, tags, line, section }) => ({ kind, title, front, back, tags, line, section })),
    images: cards.flatMap((card) => card.concept.images),
    unresolvedImages: onceEach([...cards.flatMap((card) => card.concept.unresolvedImages), ...inTitles(cards, text)]),
    empty: text.trim() === '',
    readingNotices: readingNotices(text),
  };
}

/** In line order, and a reference two cards hold (a section's back and a card of its own) said once. */
function onceEach(references: UnresolvedImage[]): UnresolvedImage[] {
  const seen = new Set<string>();
  const once: UnresolvedImage[] = [];
  for (const reference of references) {
    const key = `${reference.line} ${reference.written}`;
    if (seen.has(key)) continue;
    seen.add(key);
    once.push(reference);
  }
  return once.sort((a, b) => a.line - b.line);
}

/** Image references a card's title shows as text (`## ![아이콘][icon] 보안`), read from the title's line. */
function inTitles(cards: readonly { title: string; line: number }[], text: string): UnresolvedImage[] {
  let lines: string[] | undefined;
  const found: UnresolvedImage[] = [];
  for (const { title, line } of cards) {
    if (!title.includes('![')) continue; // as text, a reference stays in the title
    lines ??= text.split('\n');
    // Code spans show what they hold as it is written (`## \`![alt][label]\` 문법`): not references.
    const outsideCode = (lines[line - 1] ?? '').replace(/(`+)[^`][\s\S]*?\1/g, (span) => ' '.repeat(span.length));
    for (const { written, label } of unresolvedImageReferences(outsideCode)) found.push({ written, label, line });
  }
  return found;
}
