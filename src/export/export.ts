/**
 * `amgi export`: deck files → files Anki imports. The I/O edge of export: it picks the decks, reads
 * their images, reads the review store for --with-progress, and writes every file atomically. What
 * goes in the files comes from the pure modules beside it (anki-notes, html, csv, progress) and apkg.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Warning } from '../cards/types.js';
import { readDeck, readDeckFolder, type DeckFile, type LoadedDeck } from '../deck/deck-file.js';
import { defaultStorePath, openStore } from '../review/session-data.js';
import type { Scheduler } from '../schedule/fsrs.js';
import type { ReviewEntry, StoredCard } from '../store/store.js';
import { writeUserFile } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { noteContentHash, toAnkiNotes, type AnkiNote } from './anki-notes.js';
import { buildPackage, type NoteHistory } from './apkg.js';
import { vaultId } from './vault.js';
import { ankiCsv } from './csv.js';
import { planMedia, type MediaFile } from './media.js';
import { packageProgress, type CardHistory, type PackageProgress } from './progress.js';

export type ExportFormat = 'csv' | 'apkg';

export interface ExportOptions {
  decksDir: string;
  /** Deck names or deck files; empty for every deck in the decks folder. */
  decks: readonly string[];
  format: ExportFormat;
  /** A file when one deck is exported, otherwise a folder. */
  out?: string;
  subdecks?: boolean;
  notetype?: string;
  /** Packages also carry card states and the review log from the review store. */
  withProgress?: boolean;
  /** Review store file for withProgress; default `<decks>/amgi.sqlite`. */
  store?: string;
  /** Export time in ms (tests fix it). */
  now?: number;
}

export interface ExportedDeck {
  name: string;
  file: string;
  notes: number;
  /** Folder the images were copied to (CSV), if the deck has any. */
  mediaDir?: string;
  media: number;
  warnings: Warning[];
  /** With progress: cards that arrive reviewed (the others are new), and review log rows. */
  progress?: { cards: number; reviews: number };
}

export interface ExportReport {
  format: ExportFormat;
  withProgress: boolean;
  /** With progress: the review store read, and whether it exists (if not, every card is new). */
  store?: { file: string; exists: boolean };
  decks: ExportedDeck[];
  notetype?: string;
}

export async function exportDecks(options: ExportOptions): Promise<ExportReport> {
  const decksDir = resolve(options.decksDir);
  if (options.notetype !== undefined && options.format !== 'csv') {
    throw new UserError('--notetype applies to CSV exports; a package brings its own note type.', 2);
  }
  if (options.withProgress && options.format !== 'apkg') {
    throw new UserError('--with-progress needs --format apkg: Anki imports a CSV file as new cards, with no review progress.', 2);
  }
  const selected = await selectDecks(decksDir, options.decks);
  const now = options.now ?? Date.now();
  const storeFile = options.store ?? defaultStorePath(decksDir);
  const reviewData = options.withProgress ? readReviewData(decksDir, storeFile) : undefined;
  const revlogIds = new Set<number>(); // unique across the export's packages: Anki skips a revlog id it has
  const report: ExportReport = {
    format: options.format,
    withProgress: options.withProgress ?? false,
    ...(reviewData ? { store: { file: toPosix(relative(process.cwd(), resolve(storeFile))), exists: reviewData.exists } } : {}),
    decks: [],
    ...(options.notetype ? { notetype: options.notetype } : {}),
  };
  const seenFronts = new Set<string>();
  const states = new Map<string, ExportState>(); // per folder of deck files
  const vaults = new Map<string, string>(); // likewise
  for (const { slug, deck, file } of selected) {
    // A deck file's note and folder id are found from where that file is, wherever --decks points.
    const deckDir = dirname(file);
    const state = states.get(deckDir) ?? (await ExportState.load(deckDir));
    states.set(deckDir, state);
    const target = outputPath(options, decksDir, slug, selected.length);
    const media = await planMedia(resolve(dirname(deckDir), deck.source), deck.images.map((image) => image.src));
    const vault = vaults.get(deckDir) ?? (await vaultId(deckDir)); // read once per folder, not per deck
    vaults.set(deckDir, vault);
    const notes = toAnkiNotes(deck, { subdecks: options.subdecks ?? false, resolveMedia: (src) => media.names.get(src), vaultId: vault, seenFronts });
    const warnings: Warning[] = media.missing.map((src) => ({ path: deck.source, line: imageLine(deck, src), message: `image not found: ${src}` }));
    const shown = toPosix(relative(process.cwd(), target));
    if (options.format === 'csv') {
      await writeUserFile(target, ankiCsv(notes, options.notetype ? { notetype: options.notetype } : {}));
      const mediaDir = await copyMedia(target, media.files);
      report.decks.push({ name: deck.name, file: shown, notes: notes.length, media: media.files.length, warnings, ...(mediaDir ? { mediaDir: toPosix(relative(process.cwd(), mediaDir)) } : {}) });
    } else {
      const history = state.update(notes, now);
      const progress = reviewData && packageProgress(reviewData.scheduler, cardHistories(notes, reviewData), now, revlogIds);
      await writeUserFile(target, await buildPackage({ notes, media: media.files, history, now, ...(progress ? { progress } : {}) }));
      report.decks.push({ name: deck.name, file: shown, notes: notes.length, media: media.files.length, warnings, ...(progress ? { progress: progressCounts(progress) } : {}) });
    }
  }
  for (const state of states.values()) if (options.format === 'apkg') await state.save();
  return report;
}

/** What the review store holds, read once for every package of an export. */
interface ReviewData {
  exists: boolean;
  scheduler: Scheduler;
  cards: Map<string, StoredCard>;
  reviews: Map<string, ReviewEntry[]>;
}

/** Only looks: a missing store is read as empty and never created. */
function readReviewData(decksDir: string, storeFile: string): ReviewData {
  const exists = existsSync(storeFile);
  const { store, scheduler } = openStore({ decksDir, store: storeFile, readOnly: true });
  try {
    const reviews = new Map<string, ReviewEntry[]>();
    for (const review of store.reviews()) {
      const list = reviews.get(review.cardId);
      if (list) list.push(review);
      else reviews.set(review.cardId, [review]);
    }
    return { exists, scheduler, cards: store.cards(), reviews };
  } finally {
    store.close();
  }
}

function cardHistories(notes: readonly AnkiNote[], data: ReviewData): Map<string, CardHistory> {
  return new Map(notes.map((note) => [note.cardId, { stored: data.cards.get(note.cardId), reviews: data.reviews.get(note.cardId) ?? [] }]));
}

function progressCounts(progress: PackageProgress): { cards: number; reviews: number } {
  let cards = 0;
  for (const schedule of progress.cards.values()) if (schedule.type === 2) cards++;
  let reviews = 0;
  for (const rows of progress.revlog.values()) reviews += rows.length;
  return { cards, reviews };
}

/** The decks named on the command line (by name, file name or path), or all of them. */
async function selectDecks(decksDir: string, wanted: readonly string[]): Promise<LoadedDeck[]> {
  const all = await readDeckFolder(decksDir);
  if (wanted.length === 0) {
    if (all.length === 0) throw new UserError(`no decks in ${decksDir}: run \`amgi build\` first.`);
    return all;
  }
  const key = (text: string) => text.normalize('NFC').toLowerCase();
  const selected = await Promise.all(
    wanted.map(async (want) => {
      if (want.endsWith('.json') && existsSync(want)) {
        return { file: resolve(want), slug: basename(want, '.json'), deck: await readDeck(want) };
      }
      const found = all.find((loaded) => key(loaded.deck.name) === key(want) || key(loaded.slug) === key(want));
      if (!found) {
        const names = all.map((loaded) => `  ${loaded.deck.name}  (${loaded.slug})`).join('\n');
        throw new UserError(`no deck named "${want}". The decks in ${decksDir} are:\n${names || '  (none: run `amgi build` first)'}`, 2);
      }
      return found;
    }),
  );
  // A deck named twice (by name and by file, say) is exported once: a second pass would see its own
  // fronts as taken and change them.
  return selected.filter((loaded, n) => selected.findIndex((other) => resolve(other.file) === resolve(loaded.file)) === n);
}

/**
 * Where a deck goes: `--out` as a file for a single deck, or as a folder; by default beside the deck
 * file. A package is never called `collection.apkg` or `backup-…apkg`: Anki would offer to replace
 * the user's whole collection with it.
 */
function outputPath(options: ExportOptions, decksDir: string, slug: string, count: number): string {
  const extension = `.${options.format}`;
  // Anki lower-cases the name and offers a whole-collection restore for `collection.apkg` and `backup-…`.
  const safeSlug = options.format === 'apkg' && /^(collection$|backup-)/i.test(slug) ? `deck-${slug}` : slug;
  if (options.out === undefined) return join(decksDir, safeSlug + extension);
  const out = resolve(options.out);
  const isFolder = (existsSync(out) && statSync(out).isDirectory()) || options.out.endsWith('/') || options.out.endsWith(sep);
  if (isFolder || count > 1) {
    if (!isFolder && extname(out)) throw new UserError(`--out ${options.out} names a file, but ${count} decks are exported: give a folder.`, 2);
    return join(out, safeSlug + extension);
  }
  if (extname(out).toLowerCase() !== extension) throw new UserError(`--out ${options.out}: a ${options.format.toUpperCase()} export needs a name ending in ${extension}.`, 2);
  if (options.format === 'apkg' && /^(collection\.apkg$|backup-)/i.test(basename(out))) {
    throw new UserError(`--out ${options.out}: Anki treats a package with this name as a whole-collection backup and would offer to replace your collection. Choose another name.`, 2);
  }
  return out;
}

/** Images go flat into `<csv name>.media/`, for the user to copy into Anki's collection.media. */
async function copyMedia(csvPath: string, files: readonly MediaFile[]): Promise<string | undefined> {
  if (files.length === 0) return undefined;
  const dir = csvPath.replace(/\.csv$/i, '.media');
  for (const file of files) {
    const target = join(dir, file.name);
    if (!existsSync(target)) await writeUserFile(target, file.bytes); // names are content hashes
  }
  return dir;
}

function imageLine(deck: DeckFile, src: string): number | undefined {
  return deck.images.find((image) => image.src === src)?.line;
}

/**
 * What earlier package exports need remembered, beside the deck files (`.anki-export.json`), per GUID:
 * - `added`, when the note was first exported (ms): its id in the package, which Anki shows as "Added";
 * - `mod`, when its content last changed (s): Anki updates a note from a package only when `mod` is
 *   newer, so it must move exactly when the content does, not on every export.
 */
class ExportState {
  private constructor(
    private readonly file: string,
    private readonly entries: Record<string, NoteHistory & { hash: string }>,
  ) {}

  static async load(deckDir: string): Promise<ExportState> {
    const file = join(deckDir, '.anki-export.json');
    try {
      const value = JSON.parse(await readFile(file, 'utf8')) as { notes?: Record<string, NoteHistory & { hash: string }> };
      return new ExportState(file, value.notes ?? {});
    } catch {
      return new ExportState(file, {});
    }
  }

  update(notes: readonly AnkiNote[], now: number): Map<string, NoteHistory> {
    const history = new Map<string, NoteHistory>();
    const nowSeconds = Math.floor(now / 1000);
    for (const note of notes) {
      const known = this.entries[note.guid];
      const hash = noteContentHash(note);
      const mod = known?.hash === hash ? known.mod : Math.max(nowSeconds, (known?.mod ?? 0) + 1);
      const entry = { hash, mod, added: known?.added ?? now };
      this.entries[note.guid] = entry;
      history.set(note.guid, { mod, added: entry.added });
    }
    return history;
  }

  async save(): Promise<void> {
    const sorted = Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => (a < b ? -1 : 1)));
    await writeUserFile(this.file, `${JSON.stringify({ notes: sorted }, null, 1)}\n`);
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
