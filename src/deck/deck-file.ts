/** The deck file: `<decks>/<slug>.json`, one per note. Its format is documented in the README. */
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ConceptKind } from '../cards/types.js';
import { UserError } from '../util/errors.js';
import type { ReadingNotice } from '../notes/parse-note.js';
import { shownPath } from '../util/paths.js';

/** Version of the file layout; a reader refuses files of a newer version. */
export const DECK_FORMAT = 1;

export interface DeckCard {
  id: string;
  front: string;
  back: string;
  tags: string[];
  source: { path: string; line: number };
  kind: ConceptKind;
  /** The title as written in the note, without context or question wording: what identity matches on. */
  title: string;
  /** Headings above the card, without the note's `#` title. */
  section: string[];
}

export interface DeckFile {
  format: number;
  name: string;
  /** The note, relative to the folder that holds the decks folder, with `/` separators. */
  source: string;
  /** SHA-256 of the note's bytes when the deck was built. */
  sourceHash: string;
  /** Version of the extraction rules that built the deck; a new version rebuilds every deck. */
  rules: number;
  /** Images the cards refer to, as written, with the line that refers to each. */
  images: { src: string; line: number }[];
  /**
   * What a build had to say about the note itself, kept so that a build that skips the unchanged note
   * says it again. Written only when there is something (older files have none).
   */
  notices?: DeckNotice[];
  cards: DeckCard[];
}

/** The note is empty; or it has no card; or its front matter, or a code fence, opened on `line` is never closed (see `readingNotices`). */
export type DeckNotice =
  | { kind: 'empty' }
  | { kind: 'no-card' }
  | ReadingNotice
  /** `![구성도][vpc]` on a card, with no `[vpc]: …` in the note. */
  | { kind: 'undefined-image-reference'; line: number; written: string; label: string };

/** Stable text: fixed key order, two-space indent, final newline; so the same deck gives the same bytes. */
export function serializeDeck(deck: DeckFile): string {
  const ordered: DeckFile = {
    format: deck.format,
    name: deck.name,
    source: deck.source,
    sourceHash: deck.sourceHash,
    rules: deck.rules,
    images: deck.images.map(({ src, line }) => ({ src, line })),
    ...(deck.notices?.length ? { notices: deck.notices.map((notice) => ({ ...notice })) } : {}),
    cards: deck.cards.map((card) => ({
      id: card.id,
      front: card.front,
      back: card.back,
      tags: card.tags,
      source: { path: card.source.path, line: card.source.line },
      kind: card.kind,
      title: card.title,
      section: card.section,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Read a deck file; a file that is not one is a UserError naming it and what to do. */
export async function readDeck(path: string): Promise<DeckFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parseDeck(path, text);
}

/** readDeck, synchronously: for reading many decks in a row, where the thread pool's round trips cost more than the reading. */
export function readDeckSync(path: string): DeckFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parseDeck(path, text);
}

function unreadable(path: string, error: unknown): UserError {
  return new UserError(`${path}: cannot read the deck file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

export function parseDeck(path: string, text: string): DeckFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Where, as an editor shows it: JSON.parse gives a character offset.
    const at = /at position (\d+)/.exec((error as Error).message);
    const where = at ? lineAndColumn(text, Number(at[1])) : undefined;
    if (where) throw invalid(`${path}:${where.line}:${where.column}`, `not valid JSON (${(error as Error).message.replace(/ in JSON at position \d+.*$/s, '')})`);
    throw invalid(path, `not valid JSON (${(error as Error).message})`);
  }
  // Another program's JSON left in the decks folder (a settings file, a package.json) is no damaged
  // deck: restoring it or building again would not help, moving it out would.
  if (!isRecord(value) || !DECK_ONLY_KEYS.some((key) => key in value)) {
    throw new UserError(`${shownPath(path)}: not an amgi deck file (amgi reads every .json file in the decks folder as a deck). Move it out of the decks folder.`);
  }
  // A newer layout first: its fields may differ, and such a file is not damaged.
  if (typeof value.format === 'number' && value.format > DECK_FORMAT) {
    throw new UserError(`${shownPath(path)}: deck format ${value.format} is newer than this amgi reads (${DECK_FORMAT}); update amgi.`);
  }
  const problem = deckProblem(value);
  if (problem) {
    const line = cardLine(text, value, problem);
    throw invalid(line === undefined ? path : `${path}:${line}`, problem);
  }
  return value as unknown as DeckFile;
}

/**
 * The line of the card a problem is about (`card 3: …`), found by its `"id"`: the card's own, the
 * second of two alike for a repeated id. None where the card has no string id to find it by.
 */
function cardLine(text: string, value: unknown, problem: string): number | undefined {
  const card = /^card (\d+):/.exec(problem);
  const cards = isRecord(value) && Array.isArray(value.cards) ? (value.cards as unknown[]) : undefined;
  if (!card || !cards) return undefined;
  const n = Number(card[1]) - 1;
  const id = isRecord(cards[n]) ? cards[n].id : undefined;
  if (typeof id !== 'string') return undefined;
  const occurrence = cards.slice(0, n).filter((other) => isRecord(other) && other.id === id).length;
  const pattern = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  let match: RegExpExecArray | null = null;
  for (let k = 0; k <= occurrence; k++) match = pattern.exec(text);
  return match ? lineAndColumn(text, match.index).line : undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

function invalid(path: string, detail: string): UserError {
  return new UserError(`${shownPath(path)}: not a valid amgi deck file: ${detail}. Restore it (for example from git) or move it away, and build again.`);
}

/** Keys a deck file has and other programs' JSON hardly does (`name` and `source` are common). */
const DECK_ONLY_KEYS = ['format', 'sourceHash', 'cards'] as const;


function deckProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'expected a JSON object';
  for (const key of ['name', 'source', 'sourceHash'] as const) {
    if (typeof value[key] !== 'string') return `"${key}" must be a string`;
  }
  // A deck with no name is a blank row in \`amgi due\` and no deck in Anki.
  if ((value.name as string).trim() === '') return '"name" must not be empty';
  if (typeof value.format !== 'number' || typeof value.rules !== 'number') return '"format" and "rules" must be numbers';
  if (!Array.isArray(value.images) || !value.images.every(isImageEntry)) return '"images" must be a list of {"src": string, "line": number}';
  if (value.notices !== undefined && !(Array.isArray(value.notices) && value.notices.every(isNotice))) {
    return '"notices" must be a list of {"kind": string}, with a "line" (a whole number from 1) for "unclosed-front-matter" (and an optional "fence", "---" or "+++") and "unclosed-code-fence", and a "line", "written" and "label" for "undefined-image-reference"';
  }
  if (!Array.isArray(value.cards)) return '"cards" must be a list';
  // Plain loops and named reads: this runs for every card an export or a build reads, and V8 compiled
  // the iterator and keyed-read version in every thread at more cost than the checks themselves.
  const cards: unknown[] = value.cards;
  // An id is a card's review history and its note in Anki: two cards with one id would share both.
  const ids = new Set<string>();
  for (let n = 0; n < cards.length; n++) {
    const problem = cardProblem(cards[n]);
    if (problem) return `card ${n + 1}: ${problem}`;
    const id = (cards[n] as { id: string }).id;
    if (!CARD_ID.test(id)) return `card ${n + 1}: "id" must be 12 lower-case hex digits, as amgi makes them, not ${JSON.stringify(id)}`;
    if (ids.has(id)) return `card ${n + 1}: the id ${id} is another card's too`;
    ids.add(id);
  }
  return undefined;
}

const CARD_ID = /^[0-9a-f]{12}$/;

function isImageEntry(image: unknown): boolean {
  return isRecord(image) && typeof image.src === 'string' && typeof image.line === 'number';
}

function cardProblem(card: unknown): string | undefined {
  if (!isRecord(card)) return 'expected an object';
  const { id, front, back, kind, title } = card;
  const notString = typeof id !== 'string' ? 'id' : typeof front !== 'string' ? 'front' : typeof back !== 'string' ? 'back' : typeof kind !== 'string' ? 'kind' : typeof title !== 'string' ? 'title' : undefined;
  if (notString) return `"${notString}" must be a string`;
  if ((front as string).trim() === '') return '"front" must not be empty (Anki refuses a note whose first field is)';
  if (!isStringList(card.tags) || !isStringList(card.section)) return '"tags" and "section" must be lists of strings';
  const source = card.source;
  if (!isRecord(source) || typeof source.path !== 'string' || typeof source.line !== 'number') {
    return '"source" must be {"path": string, "line": number}';
  }
  return undefined;
}

/** A notice a build wrote. Kinds this amgi does not know (a later one's) are allowed, and not said. */
function isNotice(notice: unknown): boolean {
  if (!isRecord(notice) || typeof notice.kind !== 'string') return false;
  const hasLine = Number.isInteger(notice.line) && (notice.line as number) >= 1;
  if (notice.kind === 'unclosed-front-matter') return hasLine && (notice.fence === undefined || notice.fence === '---' || notice.fence === '+++');
  if (notice.kind === 'unclosed-code-fence') return hasLine;
  if (notice.kind === 'undefined-image-reference') return hasLine && typeof notice.written === 'string' && typeof notice.label === 'string';
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let n = 0; n < value.length; n++) if (typeof value[n] !== 'string') return false;
  return true;
}

export interface LoadedDeck {
  file: string;
  /** The file name without `.json`. */
  slug: string;
  deck: DeckFile;
}

/** Every deck file in a folder, by file name; a file that is not a deck is a UserError naming it. */
export async function readDeckFolder(decksDir: string): Promise<LoadedDeck[]> {
  const decks: LoadedDeck[] = [];
  for (const { file, slug } of await listDeckFiles(decksDir)) decks.push({ file, slug, deck: parseDeck(file, await readFile(file, 'utf8')) });
  return decks;
}

/**
 * No two deck files of one note: the second is a copy (a file manager's "Duplicate", a backup left in
 * the folder), whose cards would be counted, reviewed and exported twice, under the same ids and Anki
 * GUIDs. `amgi build` resolves it; other commands refuse until then.
 */
export function refuseCopiedDecks(decks: readonly { file: string; deck: Pick<DeckFile, 'source'> }[]): void {
  const bySource = new Map<string, string>();
  for (const { file, deck } of decks) {
    const first = bySource.get(deck.source);
    if (first !== undefined) {
      throw new UserError(`${shownPath(first)} and ${shownPath(file)} are both decks of ${deck.source}: one of them is a copy, whose cards would be counted, reviewed and exported twice. Delete the copy, or build its note again (\`amgi build ${deck.source}\`, from the project folder), which keeps the deck it wrote and deletes the other.`);
    }
    bySource.set(deck.source, file);
  }
}

/** Deck names that differ only in case (`AWS`, `aws`) name one deck, as in Anki: a name's key. */
export function deckNameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * Why a decks folder gave no decks, said as a user can act on it: a folder that is not there (or is a
 * file) is a wrong path, exit 2; an empty one needs `amgi build`.
 */
export function noDecksError(decksDir: string, advice = 'run `amgi build` first.'): UserError {
  const where = resolve(decksDir);
  let stats;
  try {
    stats = statSync(where);
  } catch {
    return new UserError(`no decks folder ${where}/: run amgi in your project folder (where \`amgi build\` wrote decks/), or give --decks.`, 2);
  }
  if (!stats.isDirectory()) return new UserError(`${where} is a file, not a decks folder: give --decks the folder \`amgi build\` wrote.`, 2);
  return new UserError(`no decks in ${shownPath(decksDir)}/: ${advice}`);
}

/** The deck files in a folder, by file name, without reading them; none if the folder is missing. */
export async function listDeckFiles(decksDir: string): Promise<Omit<LoadedDeck, 'deck'>[]> {
  try {
    const entries = await readdir(decksDir, { withFileTypes: true });
    const names = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
    return names.map((name) => ({ file: join(decksDir, name), slug: name.slice(0, -'.json'.length) }));
  } catch {
    return [];
  }
}
