/**
 * One deck's export, in two steps. `prepare` reads the deck and makes its notes, and with progress
 * replays its cards' reviews: the costly part, which threads can share (export-pool.ts). `finish`
 * writes the deck's file once export.ts has made, in deck order, the choices that depend on the decks
 * exported before it: fronts unique per Anki deck, revlog ids unique in the export, and each note's
 * history in `.anki-export.json`. What goes between the two steps is plain data, so that it can be
 * posted between threads.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Warning } from '../cards/types.js';
import { deckNameKey, readDeckSync, type DeckFile } from '../deck/deck-file.js';
import { givenNoteId } from './note-ids.js';
import type { Scheduler } from '../schedule/fsrs.js';
import type { ReviewStore } from '../store/store.js';
import { writeUserFileSync } from '../util/atomic-write.js';
import { scratchFolder } from '../util/temp-folders.js';
import { draftNotes, frontContexts, frontKey, noteContentHash, noteContentHashWithLine, type AnkiNote } from './anki-notes.js';
import type { buildPackage, NoteHistory } from './apkg.js';
import { ankiCsv } from './csv.js';
import { mediaFolderOf } from './export-names.js';
import { planMedia, type MediaFile, type MediaPlan } from './media.js';
import { imageProblem } from '../notes/image-files.js';
import { plainParagraphsHtml, type MediaResolver } from './plain-html.js';
import { loadMathSyntax, mayHoldMath } from '../notes/remark-math.js';
import { packageProgress, type CardHistory, type PackageProgress } from './progress.js';
import { shownPath } from '../util/paths.js';

export type ExportFormat = 'csv' | 'apkg';

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

/** What every deck of an export shares. */
export interface ExporterOptions {
  format: ExportFormat;
  subdecks: boolean;
  notetype: string | undefined;
  /** Export time in ms. */
  now: number;
  /**
   * With progress: the decks folder (whose settings the scheduler takes), the review store, and how
   * many reviews it holds (export.ts sizes its table of revlog ids for them).
   */
  progress: { decksDir: string; store: string; reviews: number } | undefined;
}

export interface DeckJob {
  /** The deck's position in the export. */
  index: number;
  file: string;
  target: string;
  /** The id of the deck file's folder (vault.ts). */
  vault: string;
}

/**
 * What export.ts needs of a prepared deck to make the choices that go in deck order. Packed into a few
 * strings and typed arrays: posting many small objects between threads cost more than making them.
 */
export interface PreparedDeck {
  index: number;
  /**
   * Each note's frontKey, as a JSON list: parsed, each key is a string of its own, where split lines
   * would keep the whole text alive for as long as export.ts keeps any key. export.ts parses it only
   * when a front can repeat one taken before (see FrontLedger there).
   */
  fronts: string;
  /** The Anki decks the notes go to, each once, by deckNameKey. */
  ankiDecks: string[];
  /** Whether two of the deck's own notes have the same key. */
  repeats: boolean;
  /** Packages: each note's GUID. */
  guids: string[] | undefined;
  /** With progress: the time of each review the package carries, in the order revlog ids are given. */
  reviewTimes: Float64Array | undefined;
}

/** A note's entry in `.anki-export.json` (see ExportState in export.ts). */
export interface NoteState extends NoteHistory {
  hash: string;
}

/**
 * A deck file not exported that fills an Anki deck an exported one fills too: its fronts are taken in
 * its place, so that a front is told apart the same way whichever decks an export names.
 */
export interface CompanionDeck {
  file: string;
  vault: string;
  /** The index of the exported deck it comes before. */
  before: number;
}

/** A companion deck's fronts, as FrontLedger takes them: only its keys and contexts are made, no back. */
export async function companionFronts(companion: CompanionDeck, subdecks: boolean): Promise<{ prepared: Pick<PreparedDeck, 'fronts' | 'ankiDecks' | 'repeats'>; contexts: () => string[][] }> {
  const deck = readDeckSync(companion.file);
  await loadMathSyntaxFor(deck);
  const notes = draftNotes(deck, deck.cards.map(() => ''), { subdecks, vaultId: companion.vault });
  const keys = notes.map(frontKey);
  return {
    prepared: { fronts: JSON.stringify(keys), ankiDecks: [...new Set(notes.map((note) => deckNameKey(note.deck)))], repeats: new Set(keys).size < keys.length },
    contexts: () => notes.map((note, n) => frontContexts(deck.cards[n]!, note)),
  };
}

/** The choices made in deck order, for one prepared deck. */
export interface DeckCommit {
  index: number;
  /** Fronts changed to be unique in their Anki deck, by note position. */
  fronts: Map<number, string>;
  /** Packages: each note's entry before this deck was exported, by note position. */
  known: (NoteState | undefined)[] | undefined;
  /** Packages: the id of the first note exported for the first time, the others' following it. */
  firstNewNoteId: number | undefined;
  /** With progress: the revlog ids, one per review time of PreparedDeck, unique in the export. */
  revlogIds: Float64Array | undefined;
}

export interface FinishedDeck {
  index: number;
  report: ExportedDeck;
  /**
   * Packages: each note's entry after this export, by note position; undefined where it is the entry
   * already in effect, as most are, so that unchanged entries neither cross threads nor are made again.
   */
  states: (NoteState | undefined)[] | undefined;
}

interface Draft {
  job: DeckJob;
  deck: DeckFile;
  notes: AnkiNote[];
  media: MediaPlan;
  progress: PackageProgress | undefined;
}

export class DeckExporter {
  private readonly drafts = new Map<number, Draft>();
  private scratch: string | undefined;

  private constructor(
    private readonly options: ExporterOptions,
    private readonly packages: typeof buildPackage | undefined,
    private readonly review: { store: ReviewStore; scheduler: Scheduler } | undefined,
  ) {}

  /** Modules that only some exports need are loaded only for them: SQLite and zip for packages, the scheduler for progress. */
  static async create(options: ExporterOptions): Promise<DeckExporter> {
    const packages = options.format === 'apkg' ? (await import('./apkg.js')).buildPackage : undefined;
    // Only looks: a missing store is read as empty and never created.
    const review = options.progress && (await import('../review/session-data.js')).openStore({ decksDir: options.progress.decksDir, store: options.progress.store, readOnly: true });
    review?.store.limitPageCache(2048);
    return new DeckExporter(options, packages, review);
  }

  async prepare(job: DeckJob): Promise<PreparedDeck> {
    const deck = readDeckSync(job.file);
    // A deck file's note is found from where that file is, wherever --decks points.
    const media = planMedia(resolve(dirname(dirname(job.file)), deck.source), deck.images.map((image) => image.src));
    await loadMathSyntaxFor(deck);
    const notes = draftNotes(deck, await backsHtml(deck, (src) => media.names.get(src)), { subdecks: this.options.subdecks, vaultId: job.vault });
    let progress: PackageProgress | undefined;
    let reviewTimes: Float64Array | undefined;
    if (this.review) {
      const histories = this.histories(notes, this.review.store);
      // Ids are given in export.ts, from the times, in this same order; these are placeholders.
      progress = packageProgress(this.review.scheduler, histories, this.options.now, new Set());
      reviewTimes = Float64Array.from([...histories.values()].flatMap((history) => history.reviews.map((review) => review.reviewTime)));
    }
    this.drafts.set(job.index, { job, deck, notes, media, progress });
    const keys = notes.map(frontKey);
    return {
      index: job.index,
      fronts: JSON.stringify(keys),
      ankiDecks: [...new Set(notes.map((note) => deckNameKey(note.deck)))],
      repeats: new Set(keys).size < keys.length,
      guids: this.options.format === 'apkg' ? notes.map((note) => note.guid) : undefined,
      reviewTimes,
    };
  }

  /** Each note's frontContexts, for a prepared deck whose fronts repeat others: rarely asked, so not sent with it. */
  contexts(index: number): string[][] {
    const draft = this.drafts.get(index);
    if (!draft) throw new Error(`deck ${index} was not prepared`);
    return draft.notes.map((note, n) => frontContexts(draft.deck.cards[n]!, note));
  }

  finish(commit: DeckCommit): FinishedDeck {
    const draft = this.drafts.get(commit.index);
    if (!draft) throw new Error(`deck ${commit.index} was not prepared`);
    this.drafts.delete(commit.index);
    const { job, deck, media, progress } = draft;
    const notes = draft.notes.map((note, n) => {
      const front = commit.fronts.get(n);
      return front === undefined ? note : { ...note, front };
    });
    const warnings = missingImageWarnings(deck, resolve(dirname(dirname(job.file)), deck.source), media.missing);
    const report: ExportedDeck = { name: deck.name, file: shownPath(job.target), notes: notes.length, media: media.files.length, warnings };
    if (!this.packages) {
      writeUserFileSync(job.target, ankiCsv(notes, this.options.notetype ? { notetype: this.options.notetype } : {}));
      const mediaDir = copyMedia(mediaFolderOf(job), media.files);
      return { index: job.index, report: { ...report, ...(mediaDir ? { mediaDir: shownPath(mediaDir) } : {}) }, states: undefined };
    }
    const { history, states } = noteHistories(notes, commit.known ?? [], this.options.now, commit.firstNewNoteId ?? this.options.now);
    if (progress) giveRevlogIds(progress, commit.revlogIds ?? new Float64Array());
    this.scratch ??= scratchFolder('apkg');
    writeUserFileSync(job.target, this.packages({ notes, media: media.files, history, now: this.options.now, ...(progress ? { progress } : {}) }, this.scratch));
    return { index: job.index, report: { ...report, ...(progress ? { progress: progressCounts(progress) } : {}) }, states };
  }

  /** The review store read for `--with-progress`, to say what went wrong with it. */
  get storePath(): string | undefined {
    return this.review?.store.path;
  }

  close(): void {
    this.review?.store.close();
    if (this.scratch) rmSync(this.scratch, { recursive: true, force: true });
  }

  private histories(notes: readonly AnkiNote[], store: ReviewStore): Map<string, CardHistory> {
    const ids = notes.map((note) => note.cardId);
    const cards = store.cardsAmong(ids);
    const reviews = store.reviewsAmong(ids);
    return new Map(notes.map((note) => [note.cardId, { stored: cards.get(note.cardId), reviews: reviews.get(note.cardId) ?? [] }]));
  }
}

let parser: typeof import('./html.js') | undefined;

/** TeX math is read in fronts and backs (see remark-math.ts): its syntax is loaded only for a deck that may hold some. */
async function loadMathSyntaxFor(deck: DeckFile): Promise<void> {
  if (deck.cards.some((card) => mayHoldMath(card.front) || mayHoldMath(card.back))) await loadMathSyntax();
}

/** Each card's back as field HTML; the parser's modules are loaded only when a back needs them. */
async function backsHtml(deck: DeckFile, resolveMedia: MediaResolver): Promise<string[]> {
  const plain = deck.cards.map((card) => plainParagraphsHtml(card.back));
  if (!plain.includes(undefined)) return plain as string[];
  parser ??= await import('./html.js');
  const { parsedFieldHtml } = parser;
  return plain.map((html, n) => html ?? parsedFieldHtml(deck.cards[n]!.back, resolveMedia).html);
}

/**
 * Each note's `mod` and `added` for the package, and its new entry. `mod` moves exactly when the
 * content does: Anki updates a note from a package only when `mod` is newer. A GUID twice in a deck
 * sees its first note's entry, and the package takes the last one for both.
 */
function noteHistories(notes: readonly AnkiNote[], known: readonly (NoteState | undefined)[], now: number, firstNewNoteId: number): { history: Map<string, NoteHistory>; states: (NoteState | undefined)[] } {
  const history = new Map<string, NoteHistory>();
  const current = new Map<string, NoteState>();
  const nowSeconds = Math.floor(now / 1000);
  let newNoteId = firstNewNoteId;
  const states = notes.map((note, n) => {
    const before = current.get(note.guid) ?? known[n];
    const hash = noteContentHash(note);
    const unchanged = before !== undefined && (before.hash === hash || before.hash === noteContentHashWithLine(note));
    // An entry edited by hand may hold anything: only numbers amgi could have written count.
    const beforeMod = Number.isSafeInteger(before?.mod) ? before!.mod : undefined;
    const mod = unchanged && beforeMod !== undefined ? beforeMod : Math.max(nowSeconds, (beforeMod ?? 0) + 1);
    // A new note's id is its own from the start (export.ts hands out ranges): the next export sends it again.
    const state = { hash, mod, added: givenNoteId(before, now) ?? newNoteId++ };
    current.set(note.guid, state);
    history.set(note.guid, { mod, added: state.added });
    // Unchanged as .anki-export.json has it (same keys in the same order, same values): nothing to send.
    return before && JSON.stringify(before) === JSON.stringify(state) ? undefined : state;
  });
  return { history, states };
}

/** The revlog ids export.ts gave, in the order of `reviewTimes`, in place of the placeholders. */
function giveRevlogIds(progress: PackageProgress, ids: Float64Array): void {
  let n = 0;
  for (const rows of progress.revlog.values()) for (const row of rows) row.id = ids[n++]!;
}

function progressCounts(progress: PackageProgress): { cards: number; reviews: number } {
  let cards = 0;
  for (const schedule of progress.cards.values()) if (schedule.type === 2) cards++;
  let reviews = 0;
  for (const rows of progress.revlog.values()) reviews += rows.length;
  return { cards, reviews };
}

/** Images go flat into the media folder, for the user to copy into Anki's collection.media. */
function copyMedia(dir: string, files: readonly MediaFile[]): string | undefined {
  if (files.length === 0) return undefined;
  for (const file of files) {
    const target = join(dir, file.name);
    if (!existsSync(target)) writeUserFileSync(target, file.bytes); // names are content hashes
  }
  return dir;
}

/**
 * The images a deck cannot show, said as `amgi build` says them: on each line that names one, in line
 * order (a deck lists its images card by card), the note as typed from where amgi runs.
 */
function missingImageWarnings(deck: DeckFile, note: string, missing: MediaPlan['missing']): Warning[] {
  const problems = new Map(missing.map(({ src, problem }) => [src, problem]));
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const { src, line } of deck.images) {
    const problem = problems.get(src);
    const key = `${line} ${src}`;
    if (problem === undefined || seen.has(key)) continue;
    seen.add(key);
    warnings.push({ path: shownPath(note), line, message: imageProblem(src, problem) });
  }
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

