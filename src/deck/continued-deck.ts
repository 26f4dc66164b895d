/**
 * Whether a note continues a deck whose note is gone, told by their cards: a renamed note's deck is
 * found by its file name or deck name and taken if the note continues its concepts; a note renamed
 * and retitled at once has neither, and is matched by its concepts alone (GoneDecks).
 */
import { displayTitle, isGenericTitle } from '../cards/titles.js';
import { comparableText } from '../util/text.js';
import { assignIds, type IdentityInput, type PreviousCard } from './identity.js';

interface ConceptOverlap {
  /** The note's cards that continue one of the deck's, as ids are matched. */
  continued: number;
  /** The concepts of the note or of the deck, whichever has fewer. */
  smaller: number;
  /** The concepts of the note or of the deck, whichever has more. */
  larger: number;
}

/** Neither an aspect label (`특징`, `장점`, `정의`) nor a usual section (`개요`, `참고`), which any note may have. */
function isNamedConcept(title: string): boolean {
  return !isGenericTitle(displayTitle(title));
}

function overlap(
  name: string,
  cards: readonly IdentityInput[],
  previous: readonly PreviousCard[],
  counts: (title: string) => boolean,
  countsPrevious: (title: string) => boolean = counts,
): ConceptOverlap {
  const ids = assignIds(name, cards, previous);
  const previousIds = new Set(previous.filter((card) => countsPrevious(card.title)).map((card) => card.id));
  const own = cards.filter((card) => counts(card.title)).length;
  const continued = ids.filter((id, n) => counts(cards[n]!.title) && previousIds.has(id)).length;
  return { continued, smaller: Math.min(previousIds.size, own), larger: Math.max(previousIds.size, own) };
}

function isContinuation({ continued, smaller }: ConceptOverlap): boolean {
  return continued > 0 && continued * 2 >= smaller;
}

/**
 * With no file name or deck name in common, more is asked: two concepts continued at least, and half
 * of each side's. A new quiz that names one concept of a deleted note (`> TCP`) must not take that
 * note's deck, nor a note on a wider subject the deck of a small note it touches.
 */
function isContinuationByContent(found: ConceptOverlap): boolean {
  return found.continued >= 2 && found.continued * 2 >= found.larger;
}

/**
 * Whether a deck found by file name or deck name alone is this note's: its cards, matched as ids are
 * (by title, then by similarity), continue at least half of the concepts of the smaller of the two.
 * Aspect labels and usual sections are not counted, unless neither has anything else: an unrelated
 * note would share them.
 */
export function continuesConcepts(name: string, cards: readonly IdentityInput[], previous: readonly PreviousCard[]): boolean {
  const named = overlap(name, cards, previous, isNamedConcept);
  // A note of aspect labels alone (`# REST` with `## 특징`, `## 장점`) has nothing else to tell it by.
  return isContinuation(named.smaller > 0 ? named : overlap(name, cards, previous, () => true));
}

/** A note with no deck to continue: its deck's name and its cards. */
export interface UnmatchedNote {
  name: string;
  cards: readonly IdentityInput[];
}

/** A deck whose note is gone. */
export interface GoneDeck {
  name: string;
  cards: readonly PreviousCard[];
}

/**
 * Decks a note is compared with, card by card, at most: those that share the most concept titles with
 * it. The deck of a note renamed shares most of its titles; a note on a subject many removed notes
 * touched shares a few with each, and comparing it with all (a few milliseconds each, as many as
 * there are cards in both) would slow every build that adds it.
 */
const MAX_COMPARED = 4;

/**
 * Decks whose notes are gone, indexed by their concepts' titles, so that a note is compared (cards
 * against cards) only with the decks that share a concept title with it: a build with a new note and
 * hundreds of remembered decks compares it with none or a few.
 */
export class GoneDecks {
  private readonly byTitle = new Map<string, number[]>();

  constructor(private readonly decks: readonly GoneDeck[]) {
    decks.forEach(({ name, cards }, deck) => {
      for (const key of conceptKeys(name, cards)) {
        const holders = this.byTitle.get(key);
        if (holders) holders.push(deck);
        else this.byTitle.set(key, [deck]);
      }
    });
  }

  /** The decks, among those `open`, that share a concept's title with the note: those that share the most first, then in their order. */
  sharing(note: UnmatchedNote, open: (deck: number) => boolean): number[] {
    const shared = new Map<number, number>();
    for (const key of conceptKeys(note.name, note.cards)) for (const deck of this.byTitle.get(key) ?? []) if (open(deck)) shared.set(deck, (shared.get(deck) ?? 0) + 1);
    return [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || a - b);
  }

  /**
   * The deck each note continues, by content alone, or undefined: of the decks that share the most
   * concept titles with it (MAX_COMPARED), one whose concepts it continues as continuesConcepts
   * counts them but of both sides (isContinuationByContent), aspect labels and usual sections never
   * counted (with no name in common, sharing only those says nothing). One note to one deck, the
   * closest pairs first: the larger share of the larger side's concepts continued, then more of them, then the order of the notes and of the
   * decks, so that the same build always pairs them alike.
   */
  match(notes: readonly UnmatchedNote[], open: (deck: number) => boolean): (number | undefined)[] {
    const pairs: { note: number; deck: number; share: number; continued: number }[] = [];
    notes.forEach((note, n) => {
      for (const deck of this.sharing(note, open).slice(0, MAX_COMPARED)) {
        const previous = this.decks[deck]!;
        const found = overlap(note.name, note.cards, previous.cards, isConceptOf(note.name), isConceptOf(previous.name));
        if (isContinuationByContent(found)) pairs.push({ note: n, deck, share: found.continued / found.larger, continued: found.continued });
      }
    });
    pairs.sort((a, b) => b.share - a.share || b.continued - a.continued || a.note - b.note || a.deck - b.deck);
    const decks: (number | undefined)[] = notes.map(() => undefined);
    const taken = new Set<number>();
    for (const { note, deck } of pairs) {
      if (decks[note] !== undefined || taken.has(deck)) continue;
      decks[note] = deck;
      taken.add(deck);
    }
    return decks;
  }
}

/**
 * What tells two notes apart by content: not aspect labels and usual sections, nor the card titled as
 * the deck is named (the text under the `#` title, or the file's name above a note's first heading):
 * a deck continued under another name has it under another title, and every note may have one.
 */
function isConceptOf(deckName: string): (title: string) => boolean {
  const named = comparableText(deckName);
  return (title) => isNamedConcept(title) && comparableText(title) !== named;
}

/** Titles as compared here: in NFC, any case, without a bullet or number typed before them. */
function conceptKeys(deckName: string, cards: readonly Pick<IdentityInput, 'title'>[]): Set<string> {
  const isConcept = isConceptOf(deckName);
  const keys = new Set<string>();
  for (const { title } of cards) if (isConcept(title)) keys.add(comparableText(displayTitle(title)));
  return keys;
}
