/** Deck cards → Anki notes: fields as HTML, tags, deck names and GUIDs, following Anki's rules. */
import type { DeckCard, DeckFile } from '../deck/deck-file.js';
import { sha256Hex } from '../util/hash.js';
import { markdownToFieldHtml, textToFieldHtml, type MediaResolver } from './html.js';

/** Every exported note carries this tag, so amgi's notes are easy to find in Anki. */
export const MARKER_TAG = 'amgi';

export interface AnkiNote {
  /** The card's stable id: Anki finds the note again by it on the next import. */
  guid: string;
  /** The amgi card id the note comes from: its review state in the store is kept under it. */
  cardId: string;
  front: string;
  back: string;
  /** Where the card comes from, `path:line`. */
  source: string;
  tags: string[];
  deck: string;
}

/** Hash of everything exported for a note: a change means the note changed (a package's `mod`). */
export function noteContentHash(note: AnkiNote): string {
  return sha256Hex([note.front, note.back, note.source, note.tags.join(' '), note.deck].join('\u001f'));
}

export interface NotesOptions {
  subdecks: boolean;
  resolveMedia: MediaResolver;
  /** The notes folder's own id (see vault.ts): GUIDs are `amgi-<vault>-<card id>`. */
  vaultId: string;
  /** Fronts already used per Anki deck in this export, shared by every deck exported with it. */
  seenFronts: Set<string>;
}

export function toAnkiNotes(deck: DeckFile, options: NotesOptions): AnkiNote[] {
  const notes = deck.cards.map((card) => toAnkiNote(deck, card, options));
  return uniqueFronts(notes, deck.cards, options.seenFronts);
}

/**
 * Anki finds notes by GUID across the whole collection: prefixing the card id with the notes folder's
 * id keeps two students' decks with the same titles from overwriting each other.
 */
export function ankiGuid(vaultId: string, cardId: string): string {
  return `amgi-${vaultId}-${cardId}`;
}

function toAnkiNote(deck: DeckFile, card: DeckCard, options: NotesOptions): AnkiNote {
  const front = textToFieldHtml(card.front);
  const back = markdownToFieldHtml(card.back, options.resolveMedia).html;
  const source = `${card.source.path}:${card.source.line}`;
  const tags = ankiTags(card.tags);
  const deckName = ankiDeckName(options.subdecks ? [deck.name, ...card.section] : [deck.name]);
  return { guid: ankiGuid(options.vaultId, card.id), cardId: card.id, front, back, source, tags, deck: deckName };
}

/**
 * Anki checks duplicates by the first field. Fronts are unique within a note already; notes that share
 * a deck name could still repeat one, so the repeat gets its section (or note) as context.
 */
function uniqueFronts(notes: AnkiNote[], cards: readonly DeckCard[], seen: Set<string>): AnkiNote[] {
  return notes.map((note, n) => {
    let front = note.front;
    if (seen.has(`${note.deck}\u0000${front}`)) {
      const card = cards[n]!;
      const contexts = [card.section.join(' › '), card.source.path, note.guid].filter(Boolean);
      for (let k = 0; seen.has(`${note.deck}\u0000${front}`) && k < contexts.length; k++) front = `${note.front} (${textToFieldHtml(contexts[k]!)})`;
    }
    seen.add(`${note.deck}\u0000${front}`);
    return front === note.front ? note : { ...note, front };
  });
}

/** Anki tags: no spaces, `::` between levels, no empty levels; plus the marker tag. */
export function ankiTags(tags: readonly string[]): string[] {
  const cleaned = tags
    .map((tag) =>
      tag
        .normalize('NFC')
        .split('::')
        .map((level) => level.replace(/[\s\u3000\u0000-\u001f]+/g, '_').replace(/^_+|_+$/g, ''))
        .filter(Boolean)
        .join('::'),
    )
    .filter(Boolean);
  return [MARKER_TAG, ...new Set(cleaned)];
}

/** An Anki deck name from levels: each level trimmed of spaces and colons, never empty. */
export function ankiDeckName(levels: readonly string[]): string {
  const name = levels
    .map((level) => level.normalize('NFC').replace(/[\u0000-\u001f]/g, '').replace(/::+/g, ':').replace(/^[\s:]+|[\s:]+$/g, ''))
    .filter(Boolean)
    .join('::');
  return name || 'amgi';
}
