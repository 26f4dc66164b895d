/**
 * A small index of the decks folder, `decks/.amgi-index`, written by `amgi build`: each deck file's
 * name, size and modification time, and its deck without the cards' content (name, source, source
 * hash, rules, images, card ids). Commands that only need ids to count and queue cards (`due`,
 * `review`, `stats`) read it instead of every deck file, and read a deck file only when one of its
 * cards is shown; a build reads only the decks of notes that changed. An entry whose file changed
 * since (edited by hand, or written by another build) is not trusted: that deck file is read in full.
 *
 * The file is a line naming the format, the entries as one line of JSON (plain ASCII: Korean is
 * escaped), and then amgi's own card ids of every deck, in order, as 8-byte numbers (util/hex-ids.ts;
 * little-endian, from the next multiple of 8 bytes). 100,000 ids are read as they lie in the file,
 * with no decoding: as hex in the JSON they cost `amgi due` more than anything else it read.
 *
 * The index is a cache: deleting it loses nothing, and a build writes it again.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { writeUserFile } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { hexIdOf, hexIdValues } from '../util/hex-ids.js';
import { deckNameKey, parseDeck, refuseCopiedDecks, type DeckCard, type DeckFile, type LoadedDeck } from './deck-file.js';
import { WrittenDeck } from './written-deck.js';

export const DECK_INDEX_FILE = '.amgi-index';
/** Written by earlier versions (ids as hex in JSON); a build removes it. */
const OLD_INDEX_FILE = '.amgi-index.json';
const MAGIC = 'amgi deck index 4\n';

/** What a build or a queue needs of a deck without its cards' content. */
interface IndexEntry extends Pick<DeckFile, 'format' | 'name' | 'source' | 'sourceHash' | 'rules' | 'images' | 'notices'> {
  /** The deck file's name in the folder. */
  file: string;
  size: number;
  /** Whole milliseconds: finer parts do not survive every file system and copy tool. */
  mtimeMs: number;
  count: number;
  /** The card ids, when not all are amgi's own; otherwise they are the next `count` numbers after the JSON. */
  ids?: string[];
}

/** An entry with its deck's ids as numbers, when all are amgi's own. */
interface IndexedDeck {
  entry: IndexEntry;
  keys: Float64Array | undefined;
}

/** Float64Array is the platform's byte order; the index is written little-endian, as nearly every platform is. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/**
 * JSON with every character beyond ASCII escaped (\uXXXX): the same value to any JSON reader, and
 * read back as one-byte text, which decodes and parses faster than the UTF-8 of Korean names would.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

function readIndex(decksDir: string): Map<string, IndexedDeck> {
  const none = new Map<string, IndexedDeck>(); // missing, unreadable or of another format: it is only a cache
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(decksDir, DECK_INDEX_FILE));
  } catch {
    return none;
  }
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (!LITTLE_ENDIAN || end < 0 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return none;
  let entries: IndexEntry[];
  try {
    entries = JSON.parse(bytes.toString('latin1', MAGIC.length, end)) as IndexEntry[];
  } catch {
    return none;
  }
  const keysAt = alignTo8(end + 1);
  const own = Array.isArray(entries) ? entries.reduce((sum, entry) => sum + (entry.ids ? 0 : entry.count), 0) : NaN;
  if (!(keysAt + 8 * own === bytes.length)) return none;
  // A view of the file's bytes when they lie on a multiple of 8 in memory, else a copy.
  const keys =
    (bytes.byteOffset + keysAt) % 8 === 0
      ? new Float64Array(bytes.buffer, bytes.byteOffset + keysAt, own)
      : new Float64Array(new Uint8Array(bytes.subarray(keysAt)).buffer);
  const index = new Map<string, IndexedDeck>();
  let at = 0;
  for (const entry of entries) {
    index.set(entry.file, { entry, keys: entry.ids ? undefined : keys.subarray(at, (at += entry.count)) });
  }
  return index;
}

function alignTo8(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/**
 * Write the index for the folder as it is now. `known` holds decks this build has in memory; the
 * others come from the old index when their files are unchanged, else from the files.
 */
/** What a decks folder holds after a build: decks by name (as due and Anki count them), their files, and cards. */
export interface FolderTotals {
  decks: number;
  deckFiles: number;
  cards: number;
}

export async function writeDeckIndex(decksDir: string, known: ReadonlyMap<string, DeckFile>): Promise<FolderTotals> {
  const previous = readIndex(decksDir);
  const decks: IndexedDeck[] = [];
  for (const file of await deckFileNames(decksDir)) {
    const info = statSync(join(decksDir, file));
    let deck: DeckFile | undefined = known.get(file);
    // A deck this build only read from the index, or did not read at all: its entry as it was, if its file is unchanged.
    const old = deck instanceof LazyDeck ? deck.indexed : deck ? undefined : previous.get(file);
    if (old && old.entry.size === info.size && old.entry.mtimeMs === Math.trunc(info.mtimeMs)) {
      decks.push(old);
      continue;
    }
    if (deck instanceof LazyDeck) deck = undefined; // its file changed since: read it
    try {
      deck ??= parseDeck(join(decksDir, file), await readFile(join(decksDir, file), 'utf8'));
    } catch {
      continue; // a broken deck file is reported by the commands that read it
    }
    const { format, name, source, sourceHash, rules, images, notices } = deck;
    const ids = deck instanceof WrittenDeck ? deck.ids : deck.cards.map((card) => card.id);
    const keys = ids.every((id) => OWN_ID.test(id)) ? hexIdValues(ids.join('')) : undefined;
    const entry: IndexEntry = { file, size: info.size, mtimeMs: Math.trunc(info.mtimeMs), format, name, source, sourceHash, rules, images, ...(notices?.length ? { notices } : {}), count: ids.length };
    decks.push({ entry: keys ? entry : { ...entry, ids: [...ids] }, keys });
  }
  const head = Buffer.from(`${MAGIC}${asciiJson(decks.map(({ entry }) => entry))}\n`, 'latin1');
  const keysAt = alignTo8(head.length);
  const own = decks.reduce((sum, { keys }) => sum + (keys?.length ?? 0), 0);
  const bytes = Buffer.alloc(keysAt + 8 * own, 0x0a);
  head.copy(bytes);
  const keys = new Float64Array(own);
  let at = 0;
  for (const deck of decks) {
    if (!deck.keys) continue;
    keys.set(deck.keys, at);
    at += deck.keys.length;
  }
  Buffer.from(keys.buffer).copy(bytes, keysAt);
  // Only a little-endian platform reads the numbers; elsewhere the index is written but never trusted.
  // The same index is not written again: a build with nothing to do then writes nothing (and works in
  // a decks folder it may only read), and a review session sees no rebuild.
  const indexFile = join(decksDir, DECK_INDEX_FILE);
  if (!sameBytes(indexFile, bytes)) await writeUserFile(indexFile, bytes);
  rmSync(join(decksDir, OLD_INDEX_FILE), { force: true });
  const names = new Set(decks.map(({ entry }) => entry.name.toLowerCase()));
  return { decks: names.size, deckFiles: decks.length, cards: decks.reduce((sum, { entry }) => sum + entry.count, 0) };
}

const OWN_ID = /^[0-9a-f]{12}$/;

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
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
  refuseCopiedDecks(decks);
  return decks;
}

/**
 * Each deck file's note and card ids, for the checks an export makes before it writes anything: a
 * deck the index does not know is read, and let go at once (an export of 1,000 such decks held them
 * all, 90 MB more).
 */
export async function deckSourcesAndIds(decksDir: string): Promise<{ file: string; deck: { source: string }; keys: Float64Array }[]> {
  const decks = [];
  for (const { file, indexed } of await indexedDeckFiles(decksDir)) {
    const deck = indexed ?? parseDeck(file, await readFile(file, 'utf8'));
    const entries = deckEntries(deck);
    decks.push({ file, deck: { source: deck.source }, keys: entries.keys?.() ?? hexIdValues(entries.ids.join('')) ?? new Float64Array(0) });
  }
  return decks;
}

/**
 * No card id in two deck files (one edited by hand): an export would give Anki two notes under one
 * GUID, and the second would overwrite the first. Checked as numbers, sorted, which at 100,000 cards
 * takes a few milliseconds; only when one repeats are the decks that share it looked for.
 */
export function refuseSharedIds(decks: readonly { file: string; keys: Float64Array }[]): void {
  const perDeck = decks.map(({ keys }) => keys);
  const all = new Float64Array(perDeck.reduce((sum, keys) => sum + keys.length, 0));
  let at = 0;
  for (const keys of perDeck) {
    all.set(keys, at);
    at += keys.length;
  }
  all.sort();
  let repeated: number | undefined;
  for (let n = 1; n < all.length && repeated === undefined; n++) if (all[n] === all[n - 1]) repeated = all[n];
  if (repeated === undefined) return;
  const holders = decks.filter((_, n) => perDeck[n]!.includes(repeated));
  const id = hexIdOf(repeated);
  const near = (file: string) => {
    const path = relative(process.cwd(), file);
    return path.startsWith('..') || isAbsolute(path) ? file : path;
  };
  throw new UserError(`the card id ${id} is in ${holders.map(({ file }) => near(file)).join(' and ')}: a deck file was edited by hand. An id is a card's review history and its note in Anki, which one card only can have. Restore the deck file that was edited (for example from git), or delete it and run \`amgi build\`, which gives its cards ids again.`);
}

/** Each deck file of the folder, with its deck from the index when the index is fresh for it. */
export async function indexedDeckFiles(decksDir: string): Promise<{ file: string; slug: string; indexed: DeckFile | undefined }[]> {
  const index = readIndex(decksDir);
  const files = [];
  for (const name of await deckFileNames(decksDir)) {
    const file = join(decksDir, name);
    const indexed = index.get(name);
    // Synchronously: a thousand awaited stats cost more than the stats themselves.
    const info = indexed && statSync(file, { throwIfNoEntry: false });
    const fresh = indexed && info && info.size === indexed.entry.size && Math.trunc(info.mtimeMs) === indexed.entry.mtimeMs;
    files.push({ file, slug: name.slice(0, -'.json'.length), indexed: fresh ? new LazyDeck(file, indexed) : undefined });
  }
  return files;
}

/** A deck whose index entry is known; its cards' content is read from its file when first needed. */
class LazyDeck implements DeckFile, DeckEntries {
  readonly name: string;
  private made: LazyCard[] | undefined;
  private readonly one: (LazyCard | undefined)[] = [];
  private unpacked: string[] | undefined;
  private full: DeckFile | undefined;

  constructor(
    private readonly path: string,
    /** The deck's entry in the index it was read from, with its ids as numbers. */
    readonly indexed: IndexedDeck,
  ) {
    this.name = indexed.entry.name;
  }

  get ids(): readonly string[] {
    const { entry, keys } = this.indexed;
    return (this.unpacked ??= entry.ids ?? Array.from(keys!, hexIdOf));
  }

  /** How many cards the deck has, without making their ids. */
  get count(): number {
    const { entry, keys } = this.indexed;
    return entry.ids ? entry.ids.length : keys!.length;
  }

  /** One card's id, without making every id of the deck a string. */
  private idAt(position: number): string {
    const { entry, keys } = this.indexed;
    return entry.ids ? entry.ids[position]! : hexIdOf(keys![position]!);
  }

  /** The ids as numbers (see store/queue-states.ts), when they are all amgi's own: a queue looks them up without a string each. */
  keys(): Float64Array | undefined {
    return this.indexed.keys;
  }

  /** One card, made when first wanted: a queue looks at every id but shows a few cards. */
  entry(position: number): LazyCard {
    return (this.one[position] ??= new LazyCard(this.idAt(position), this, position));
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
    return this.indexed.entry.format;
  }
  get source(): string {
    return this.indexed.entry.source;
  }
  get sourceHash(): string {
    return this.indexed.entry.sourceHash;
  }
  get rules(): number {
    return this.indexed.entry.rules;
  }
  get images(): DeckFile['images'] {
    return this.indexed.entry.images;
  }
  get notices(): DeckFile['notices'] {
    return this.indexed.entry.notices;
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
  /** The ids as numbers, when the deck has them so (see store/queue-states.ts). */
  keys?(): Float64Array | undefined;
  entry(position: number): DeckEntry;
}

/** How many cards a deck has; an indexed deck's cards are not made for it. */
export function cardCount(deck: DeckFile): number {
  return deck instanceof LazyDeck ? deck.count : deck.cards.length;
}

/**
 * The name each deck is shown by: decks whose names differ only in case (`AWS`, `aws`) are one deck,
 * as in Anki, shown as the first of `decks` spells it (decks in file order, so always the same one).
 */
export function shownDeckNames(decks: readonly DeckFile[]): (deck: DeckFile) => string {
  const spellings = new Map<string, string>();
  for (const deck of decks) if (!spellings.has(deckNameKey(deck.name))) spellings.set(deckNameKey(deck.name), deck.name);
  return (deck) => spellings.get(deckNameKey(deck.name)) ?? deck.name;
}

/**
 * The deck as queues walk it: an indexed deck makes no card until one is wanted. `name`: the deck's
 * name as shown, where it differs from the file's (see session-data.ts).
 */
export function deckEntries(deck: DeckFile, name = deck.name): DeckEntries {
  if (deck instanceof LazyDeck) {
    if (name === deck.name) return deck;
    // The ids are made only when asked for, as the deck's own are.
    return {
      name,
      get ids() {
        return deck.ids;
      },
      keys: () => deck.keys(),
      entry: (position) => ({ deck: name, card: deck.entry(position).card }),
    };
  }
  const ids = deck.cards.map((card) => card.id);
  return { name, ids, entry: (position) => ({ deck: name, card: deck.cards[position]! }) };
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
