/** Deck cards → Anki notes: fields as HTML, tags, deck names and GUIDs, following Anki's rules. */
import { deckNameKey, type DeckCard, type DeckFile } from '../deck/deck-file.js';
import { sha256Hex } from '../util/hash.js';
import { trimWhere } from '../util/text.js';
import { inlineMathSpans } from '../notes/remark-math.js';
import { escapeHtml, textToFieldHtml } from './plain-html.js';

/**
 * amgi's note type in packages (apkg.ts). Its id and its field and template names are frozen: Anki
 * matches on them. Here rather than in apkg.ts, so that printing its name loads no SQLite.
 */
export const NOTE_TYPE_ID = 1764115200000;
export const NOTE_TYPE_NAME = 'amgi (Basic)';

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

/**
 * Hash of what a note says: when it changes, the note has changed (a package's `mod`, and Anki then
 * overwrites the note, edits made in Anki included). The source's line number is left out: a line
 * added above a card moves it, and that alone must not overwrite the note in Anki. The price: Anki's
 * Source field keeps the line the card had when its content last changed (the CSV always has the new one).
 */
export function noteContentHash(note: AnkiNote): string {
  return sha256Hex([note.front, note.back, note.source.replace(/:\d+$/, ''), note.tags.join(' '), note.deck].join('\u001f'));
}

/** The hash earlier versions kept, with the line number: a note that has it is unchanged too. */
export function noteContentHashWithLine(note: AnkiNote): string {
  return sha256Hex([note.front, note.back, note.source, note.tags.join(' '), note.deck].join('\u001f'));
}

export interface NotesOptions {
  subdecks: boolean;
  /** The notes folder's own id (see vault.ts): GUIDs are `amgi-<vault>-<card id>`. */
  vaultId: string;
}

/**
 * A deck's notes, with fronts as the cards have them: `uniqueFronts` then tells apart fronts that
 * repeat in an Anki deck, in the order the decks are exported. `backs` holds each card's back as
 * field HTML (html.ts, markdownToFieldHtml).
 */
export function draftNotes(deck: DeckFile, backs: readonly string[], options: NotesOptions): AnkiNote[] {
  // Cards of a deck mostly share their tags and sections: each list is converted once per deck.
  const tags = memo(
    (cardTags: readonly string[]) => ankiTags(cardTags),
    (cardTags) => (cardTags.length === 0 ? '' : cardTags.length === 1 ? `\u0001${cardTags[0]}` : JSON.stringify(cardTags)),
  );
  const deckNames = memo(
    (section: readonly string[]) => ankiDeckName(options.subdecks ? [deck.name, ...section] : [deck.name]),
    (section) => (options.subdecks ? JSON.stringify(section) : ''),
  );
  return deck.cards.map((card, n) => ({
    guid: ankiGuid(options.vaultId, card.id),
    cardId: card.id,
    front: frontToFieldHtml(card.front),
    back: backs[n]!,
    // The path as the note names it on disk, which macOS may have written in NFD: shown in Anki, in NFC.
    source: `${card.source.path.normalize('NFC')}:${card.source.line}`,
    tags: tags(card.tags),
    deck: deckNames(card.section),
  }));
}

/**
 * A front is plain text, but its TeX math (`$O(n \log n)$ 정렬`, a title or term as written) goes to
 * Anki's MathJax as a back's does: `\(O(n \log n)\)`. A price stays text (`$5 요금`).
 */
export function frontToFieldHtml(front: string): string {
  let html = '';
  let at = 0;
  for (const span of inlineMathSpans(front)) {
    html += `${textToFieldHtml(front.slice(at, span.start))}${escapeHtml(`\\(${span.tex}\\)`)}`;
    at = span.end;
  }
  return html + textToFieldHtml(front.slice(at));
}

/**
 * Anki finds notes by GUID across the whole collection: prefixing the card id with the notes folder's
 * id keeps two students' decks with the same titles from overwriting each other.
 */
export function ankiGuid(vaultId: string, cardId: string): string {
  return `amgi-${vaultId}-${cardId}`;
}

/** A note's key for uniqueFronts: its Anki deck and its front. */
export function frontKey(note: AnkiNote): string {
  return `${deckNameKey(note.deck)}\u0000${note.front}`;
}

/** What tells apart a card's front from a repeat of it, in order: its section, its note, its GUID. */
export function frontContexts(card: DeckCard, note: AnkiNote): string[] {
  return [card.section.join(' › '), card.source.path, note.guid].filter(Boolean);
}

/**
 * Anki checks duplicates by the first field. Fronts are unique within a note already; notes that share
 * a deck name could still repeat one, so the repeat gets its section (or note) as context. `seen`
 * holds the keys taken by the decks exported before, and gets these. The changed fronts come back by
 * note position.
 *
 * `contexts` (each note's frontContexts) is needed only for a repeat. Without it, this stops at the
 * first repeat and returns its position: the keys before it are taken unchanged, and a call with
 * `contexts` from that position finishes the deck.
 */
export function uniqueFronts(keys: readonly string[], seen: Set<string>): Map<number, string> | number;
export function uniqueFronts(keys: readonly string[], seen: Set<string>, contexts: readonly (readonly string[])[], from: number): Map<number, string>;
export function uniqueFronts(keys: readonly string[], seen: Set<string>, contexts?: readonly (readonly string[])[], from = 0): Map<number, string> | number {
  const changed = new Map<number, string>();
  for (let n = from; n < keys.length; n++) {
    const key = keys[n]!;
    const size = seen.size;
    if (seen.add(key).size > size) continue; // new: one lookup instead of has() and add()
    if (!contexts) return n;
    const split = key.indexOf('\u0000'); // the deck name has none: ankiDeckName drops control characters
    const deck = key.slice(0, split);
    const front = key.slice(split + 1);
    const options = contexts[n] ?? [];
    let unique = front;
    for (let k = 0; seen.has(`${deck}\u0000${unique}`) && k < options.length; k++) {
      const context = textToFieldHtml(options[k]!);
      // A section the front already names (a heading card's own section) tells the reader nothing.
      if (!front.includes(context)) unique = `${front} (${context})`;
    }
    seen.add(`${deck}\u0000${unique}`);
    if (unique !== front) changed.set(n, unique);
  }
  return changed;
}

function memo<K, V>(make: (key: K) => V, keyOf: (key: K) => string): (key: K) => V {
  const made = new Map<string, V>();
  return (key) => {
    const id = keyOf(key);
    let value = made.get(id);
    if (value === undefined) made.set(id, (value = make(key)));
    return value;
  };
}

/** Anki tags: no spaces, `::` between levels, no empty levels; plus the marker tag. */
export function ankiTags(tags: readonly string[]): string[] {
  // Plain loops: an export makes a deck's tags in every thread, and V8 spent more time optimising the
  // chain of map and filter (and again at each empty list or new kind of string) than running it.
  const cleaned = new Set<string>();
  for (const tag of tags) {
    const levels: string[] = [];
    for (const level of tag.normalize('NFC').split('::')) {
      // Anki drops `"` from tags (invalid_char_for_tag): dropped here too, so a tag comes back as sent.
      const name = trimWhere(level.replace(/[\s\u3000\u0000-\u001f]+/g, '_').replace(/"/g, ''), (char) => char === '_');
      if (name) levels.push(name);
    }
    if (levels.length > 0) cleaned.add(levels.join('::'));
  }
  return [MARKER_TAG, ...cleaned];
}

/** An Anki deck name from levels: each level trimmed of spaces and colons, never empty. */
export function ankiDeckName(levels: readonly string[]): string {
  const name = levels
    .map((level) => trimWhere(level.normalize('NFC').replace(/[\u0000-\u001f]/g, '').replace(/::+/g, ':'), (char) => /[\s:]/.test(char)))
    .filter(Boolean)
    .join('::');
  return name || 'amgi';
}
