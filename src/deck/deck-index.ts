/**
 * A small index of the decks folder, `decks/.amgi-index.json`, written by `amgi build`: each deck
 * file's name, size and modification time, and its deck without the cards' content (name, source,
 * source hash, rules, images, card ids). Commands that only need ids to count and queue cards
 * (`due`, `review`, `stats`) read it instead of every deck file, and read a deck file only when one
 * of its cards is shown; a build reads only the decks of notes that changed. An entry whose file changed since (edited
 * by hand, or written by another build) is not trusted: that deck file is read in full.
 *
 * The index is a cache: deleting it loses nothing, and a build writes it again.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { hexIdValues } from '../util/hex-ids.js';
import { parseDeck, type DeckCard, type DeckFile, type LoadedDeck } from './deck-file.js';

export const DECK_INDEX_FILE = '.amgi-index.json';
const INDEX_FORMAT = 3;

/** What a build or a queue needs of a deck without its cards' content. */
interface IndexEntry extends Pick<DeckFile, 'format' | 'name' | 'source' | 'sourceHash' | 'rules' | 'images'> {
  /** The deck file's name in the folder. */
  file: string;
  size: number;
  /** Whole milliseconds: finer parts do not survive every file system and copy tool. */
  mtimeMs: number;
  /**
   * The card ids in order: when all are amgi's own (12 lower-case hex digits), as one string of them
   * run together, which reads back far faster than 100,000 strings and decodes straight to numbers.
   */
  ids: string | string[];
}

const OWN_ID = /^[0-9a-f]{12}$/;

function packIds(ids: readonly string[]): string | string[] {
  return ids.every((id) => OWN_ID.test(id)) ? ids.join('') : [...ids];
}

function unpackIds(ids: string | string[]): string[] {
  if (Array.isArray(ids)) return ids;
  const list: string[] = [];
  for (let start = 0; start < ids.length; start += 12) list.push(ids.slice(start, start + 12));
  return list;
}

interface DeckIndex {
  format: number;
  decks: IndexEntry[];
}

/** The deck files of a folder, by name, sorted. */
async function deckFileNames(decksDir: string): Promise<string[]> {
  try {
    const entries = await readdir(decksDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

async function readIndex(decksDir: string): Promise<Map<string, IndexEntry>> {
  try {
    const index = JSON.parse(await readFile(join(decksDir, DECK_INDEX_FILE), 'utf8')) as DeckIndex;
    if (index.format !== INDEX_FORMAT || !Array.isArray(index.decks)) return new Map();
    return new Map(index.decks.map((entry) => [entry.file, entry]));
  } catch {
    return new Map(); // missing or unreadable: it is only a cache
  }
}

/**
 * Write the index for the folder as it is now. `known` holds decks this build has in memory: those it
 * read from the index are kept as they were there if their files are unchanged, the others are
 * indexed from memory. Decks it does not know come from the old index when their files are
 * unchanged, else from the files.
 */
export async function writeDeckIndex(decksDir: string, known: ReadonlyMap<string, DeckFile>): Promise<void> {
  let previous: Map<string, IndexEntry> | undefined; // read only for a deck the build does not know
  const decks: IndexEntry[] = [];
  for (const file of await deckFileNames(decksDir)) {
    const info = statSync(join(decksDir, file));
    let deck: DeckFile | undefined = known.get(file);
    if (!deck || deck instanceof LazyDeck) {
      const old = deck instanceof LazyDeck ? deck.indexed : (previous ??= await readIndex(decksDir)).get(file);
      if (old && old.size === info.size && old.mtimeMs === Math.trunc(info.mtimeMs)) {
        decks.push(old);
        continue;
      }
      deck = undefined; // its file changed since: read it
    }
    try {
      deck ??= parseDeck(join(decksDir, file), await readFile(join(decksDir, file), 'utf8'));
    } catch {
      continue; // a broken deck file is reported by the commands that read it
    }
    const { format, name, source, sourceHash, rules, images } = deck;
    decks.push({ file, size: info.size, mtimeMs: Math.trunc(info.mtimeMs), format, name, source, sourceHash, rules, images, ids: packIds(deck.cards.map((card) => card.id)) });
  }
  await writeFileAtomic(join(decksDir, DECK_INDEX_FILE), `${JSON.stringify({ format: INDEX_FORMAT, decks } satisfies DeckIndex)}\n`);
}

/**
 * The decks of a folder, as `readDeckFolder` gives them, but with the cards of indexed decks read
 * from their file only when a card's content is first asked for.
 */
export async function readDecksLazily(decksDir: string): Promise<LoadedDeck[]> {
  const decks: LoadedDeck[] = [];
  for (const { file, slug, indexed } of await indexedDeckFiles(decksDir)) {
    decks.push({ file, slug, deck: indexed ?? parseDeck(file, await readFile(file, 'utf8')) });
  }
  return decks;
}

/** Each deck file of the folder, with its deck from the index when the index is fresh for it. */
export async function indexedDeckFiles(decksDir: string): Promise<{ file: string; slug: string; indexed: DeckFile | undefined }[]> {
  const index = await readIndex(decksDir);
  const files = [];
  for (const name of await deckFileNames(decksDir)) {
    const file = join(decksDir, name);
    const entry = index.get(name);
    // Synchronously: a thousand awaited stats cost more than the stats themselves.
    const info = entry && statSync(file, { throwIfNoEntry: false });
    const fresh = entry && info && info.size === entry.size && Math.trunc(info.mtimeMs) === entry.mtimeMs;
    files.push({ file, slug: name.slice(0, -'.json'.length), indexed: fresh ? new LazyDeck(file, entry) : undefined });
  }
  return files;
}

/** A deck whose index entry is known; its cards' content is read from its file when first needed. */
class LazyDeck implements DeckFile, DeckEntries {
  readonly name: string;
  private made: LazyCard[] | undefined;
  private readonly one: (LazyCard | undefined)[] = [];
  private unpacked: string[] | undefined;
  private values: Float64Array | null | undefined;
  private full: DeckFile | undefined;

  constructor(
    private readonly path: string,
    /** The deck's entry in the index it was read from. */
    readonly indexed: IndexEntry,
  ) {
    this.name = indexed.name;
  }

  get ids(): readonly string[] {
    return (this.unpacked ??= unpackIds(this.indexed.ids));
  }

  /** How many cards the deck has, without unpacking their ids. */
  get count(): number {
    const { ids } = this.indexed;
    return Array.isArray(ids) ? ids.length : Math.ceil(ids.length / 12);
  }

  /** The ids as numbers (see CardIdSet), when they are all amgi's own: a queue looks them up without a string each. */
  keys(): Float64Array | undefined {
    // Decoded once: a session scans again after every answer.
    if (this.values === undefined) this.values = Array.isArray(this.indexed.ids) ? null : (hexIdValues(this.indexed.ids) ?? null);
    return this.values ?? undefined;
  }

  /** One card, made when first wanted: a queue looks at every id but shows a few cards. */
  entry(position: number): LazyCard {
    return (this.one[position] ??= new LazyCard(this.ids[position]!, this, position));
  }

  get cards(): DeckCard[] {
    return (this.made ??= this.ids.map((_, position) => this.entry(position)));
  }

  /** The deck as its file has it. A file changed since the index was written is an error. */
  load(): DeckFile {
    if (!this.full) {
      // Read synchronously: a card is asked for while a screen is drawn.
      const full = parseDeck(this.path, readFileSync(this.path, 'utf8'));
      if (full.cards.length !== this.ids.length || full.cards.some((card, n) => card.id !== this.ids[n])) {
        throw new UserError(`${this.path} changed while amgi was running (a build?); run the command again.`);
      }
      this.full = full;
    }
    return this.full;
  }

  get format(): number {
    return this.indexed.format;
  }
  get source(): string {
    return this.indexed.source;
  }
  get sourceHash(): string {
    return this.indexed.sourceHash;
  }
  get rules(): number {
    return this.indexed.rules;
  }
  get images(): DeckFile['images'] {
    return this.indexed.images;
  }
}

/** A card with the name of its deck. */
export interface DeckEntry {
  deck: string;
  card: DeckCard;
}

/** A deck's card ids in order, and each card with the deck's name, made only when wanted. */
export interface DeckEntries {
  name: string;
  ids: readonly string[];
  /** The ids as numbers, when the deck has them so (see CardIdSet.hasKey). */
  keys?(): Float64Array | undefined;
  entry(position: number): DeckEntry;
}

/** How many cards a deck has; an indexed deck's cards are not made for it. */
export function cardCount(deck: DeckFile): number {
  return deck instanceof LazyDeck ? deck.count : deck.cards.length;
}

/** The deck as queues walk it: an indexed deck makes no card until one is wanted. */
export function deckEntries(deck: DeckFile): DeckEntries {
  if (deck instanceof LazyDeck) return deck;
  const ids = deck.cards.map((card) => card.id);
  return { name: deck.name, ids, entry: (position) => ({ deck: deck.name, card: deck.cards[position]! }) };
}

/** A card known by id; its content comes from its deck file when first asked for. */
class LazyCard implements DeckCard, DeckEntry {
  readonly deck: string;

  constructor(
    readonly id: string,
    private readonly lazyDeck: LazyDeck,
    private readonly position: number,
  ) {
    this.deck = lazyDeck.name;
  }

  get card(): DeckCard {
    return this;
  }

  private get full(): DeckCard {
    return this.lazyDeck.load().cards[this.position]!;
  }
  get front(): string {
    return this.full.front;
  }
  get back(): string {
    return this.full.back;
  }
  get tags(): string[] {
    return this.full.tags;
  }
  get source(): DeckCard['source'] {
    return this.full.source;
  }
  get kind(): DeckCard['kind'] {
    return this.full.kind;
  }
  get title(): string {
    return this.full.title;
  }
  get section(): DeckCard['section'] {
    return this.full.section;
  }
}
