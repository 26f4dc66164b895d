/**
 * Card identity. A card keeps its id while its note is edited: matched against the previous deck file
 * by exact title first, then by similarity of title and explanation. A new card's id is a hash of the
 * deck name, kind and title, so a concept deleted and written again gets its old id (and history) back.
 */
import { sha256Hex } from '../util/hash.js';
import { comparableText } from '../util/text.js';
import { bigrams, diceSimilarity, unigrams } from './similarity.js';

export interface IdentityInput {
  kind: string;
  title: string;
  section: readonly string[];
  back: string;
}

export interface PreviousCard extends IdentityInput {
  id: string;
}

/** Score at or above which an edited card is taken for the previous card it resembles most. */
export const SIMILARITY_THRESHOLD = 0.6;
/** Above this many candidate pairs, similarity matching is skipped: cards stay matched by title only. */
const MAX_SIMILARITY_PAIRS = 1_000_000;

/** `deckKey` is the deck name's comparableText, made once per deck. */
function identityKey(deckKey: string, card: Pick<IdentityInput, 'kind' | 'title'>): string {
  return `${deckKey}\u0000${card.kind}\u0000${comparableText(card.title)}`;
}

function idFromKey(key: string, salt: number): string {
  return sha256Hex(salt ? `${key}\u0000${salt}` : key).slice(0, 12);
}

interface Grams {
  titleChars: Map<string, number>;
  titlePairs: Map<string, number>;
  back: Map<string, number>;
}

/** Half title, half explanation. A title scores the better of its character and bigram overlap. */
export function similarity(a: Grams, b: Grams): number {
  const title = Math.max(diceSimilarity(a.titleChars, b.titleChars), diceSimilarity(a.titlePairs, b.titlePairs));
  return 0.5 * title + 0.5 * diceSimilarity(a.back, b.back);
}

function gramsOf(card: IdentityInput): Grams {
  return { titleChars: unigrams(card.title), titlePairs: bigrams(card.title), back: bigrams(card.back) };
}

/**
 * Give each card an id: the id of the previous card it continues, or a new one.
 * `isTaken` says whether another deck uses an id, which a new id must avoid. Deterministic for the same inputs.
 */
export function assignIds(
  deckName: string,
  cards: readonly IdentityInput[],
  previous: readonly PreviousCard[],
  isTaken: (id: string) => boolean = () => false,
): string[] {
  const ids: (string | undefined)[] = cards.map(() => undefined);
  const free = new Set(previous.map((_, n) => n));

  const matchBy = (keyOf: (card: IdentityInput) => string): void => {
    const byKey = new Map<string, number[]>();
    for (const n of free) {
      const key = keyOf(previous[n]!);
      byKey.set(key, [...(byKey.get(key) ?? []), n]);
    }
    cards.forEach((card, n) => {
      if (ids[n] !== undefined) return;
      const candidates = byKey.get(keyOf(card));
      const match = candidates?.shift();
      if (match !== undefined) {
        ids[n] = previous[match]!.id;
        free.delete(match);
      }
    });
  };
  // A new note has nothing to match: its keys are not worth making.
  if (free.size > 0) {
    // Same title in the same section; then same title anywhere (the section was moved or renamed).
    matchBy((card) => `${card.kind}\u0000${card.section.map(comparableText).join('\u0000')}\u0000${comparableText(card.title)}`);
    matchBy((card) => `${card.kind}\u0000${comparableText(card.title)}`);
    matchBySimilarity(cards, previous, ids, free);
  }

  const used = new Set<string>([...ids.filter((id): id is string => id !== undefined), ...previous.map((card) => card.id)]);
  const deckKey = comparableText(deckName);
  return cards.map((card, n) => {
    const matched = ids[n];
    if (matched !== undefined) return matched;
    const key = identityKey(deckKey, card);
    let salt = 0;
    let id = idFromKey(key, salt);
    // Salt until unused: ids are unique across decks, and a removed card's id is not handed to another card.
    while (used.has(id) || isTaken(id)) id = idFromKey(key, ++salt);
    used.add(id);
    return id;
  });
}

/**
 * A deck's previous cards as seen from a note that continues it under another name (`# 네트워크` now
 * `# 네트워크 기초`, or a note without a `#` title renamed): the card titled as the deck was named (the
 * text under the `#` title, or above the first heading, titled by the file's name) is the one now
 * titled by the new name. Its title is no concept the note wrote: it changed only as the name did.
 */
export function underDeckName(previous: readonly PreviousCard[], previousName: string, name: string): readonly PreviousCard[] {
  const was = comparableText(previousName);
  if (was === comparableText(name)) return previous;
  // Made anew, not spread: a deck's cards may read their fields through getters (deck-index.ts).
  return previous.map((card) => (card.kind === 'heading' && card.section.length === 0 && comparableText(card.title) === was ? { id: card.id, kind: card.kind, title: name, section: card.section, back: card.back } : card));
}

function matchBySimilarity(
  cards: readonly IdentityInput[],
  previous: readonly PreviousCard[],
  ids: (string | undefined)[],
  free: Set<number>,
): void {
  const open = cards.map((_, n) => n).filter((n) => ids[n] === undefined);
  const candidates = [...free];
  if (open.length === 0 || candidates.length === 0 || open.length * candidates.length > MAX_SIMILARITY_PAIRS) return;
  const openGrams = new Map(open.map((n) => [n, gramsOf(cards[n]!)]));
  const previousGrams = new Map(candidates.map((n) => [n, gramsOf(previous[n]!)]));
  const pairs: { card: number; prev: number; score: number }[] = [];
  for (const card of open) {
    for (const prev of candidates) {
      const score = similarity(openGrams.get(card)!, previousGrams.get(prev)!);
      if (score >= SIMILARITY_THRESHOLD) pairs.push({ card, prev, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.card - b.card || a.prev - b.prev);
  for (const { card, prev } of pairs) {
    if (ids[card] === undefined && free.has(prev)) {
      ids[card] = previous[prev]!.id;
      free.delete(prev);
    }
  }
}
