/**
 * `amgi export`: deck files → files Anki imports. The I/O edge of export: it picks the decks and the
 * files they go to, and makes in deck order the choices that depend on the decks before (see
 * ExportLedger); deck-export.ts reads and writes each deck, in this thread or in worker threads
 * (export-pool.ts). What goes in the files comes from the pure modules beside it (anki-notes, html,
 * csv, progress) and apkg.ts.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';
import { deckNameKey, listDeckFiles, noDecksError, readDeck, refuseCopiedDecks, type LoadedDeck } from '../deck/deck-file.js';
import { writeUserFileSync } from '../util/atomic-write.js';
import { removeLeftScratch, removeScratchOnExit } from '../util/temp-folders.js';
import { UserError } from '../util/errors.js';
import { ankiDeckName, uniqueFronts } from './anki-notes.js';
import { givenNoteId, NOTE_ID_AHEAD_MS } from './note-ids.js';
import { deckSourcesAndIds, indexedDeckFiles, refuseSharedIds } from '../deck/deck-index.js';
import type { CompanionDeck, DeckJob, ExportedDeck, ExporterOptions, ExportFormat, FinishedDeck, NoteState, PreparedDeck } from './deck-export.js';
import { ExportPool, fromPosted, YOUNG_GENERATION_MB, type CoordinatorReply } from './export-pool.js';
import { exportFileName, mediaFolderName, mediaFolderOf, replacesCollection } from './export-names.js';
import { removedExportsSentence, removeStaleExports } from './stale-exports.js';
import { recordExports, recordOutFolder } from './written-exports.js';
import { readVaultId, vaultId } from './vault.js';
import { realPath, shownPath, toPosix } from '../util/paths.js';

export type { ExportedDeck, ExportFormat } from './deck-export.js';

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

export interface ExportReport {
  format: ExportFormat;
  withProgress: boolean;
  /** With progress: the review store read, and whether it exists (if not, every card is new). */
  store?: { file: string; exists: boolean };
  decks: ExportedDeck[];
  notetype?: string;
  /**
   * Only for an export of every deck beside the deck files or into a folder: amgi's exports there of
   * decks that are gone, removed (a media folder ends in `/`), and any recognised but kept, with why.
   */
  removedExports?: string[];
  keptExports?: { file: string; reason: string }[];
}

export async function exportDecks(options: ExportOptions): Promise<ExportReport> {
  const decksDir = resolve(options.decksDir);
  // The CLI checks its --format; a library caller's is checked here, not written as CSV under its name.
  if (options.format !== 'csv' && options.format !== 'apkg') throw new UserError(`format ${JSON.stringify(options.format)}: amgi exports "csv" or "apkg".`, 2);
  if (options.notetype !== undefined && options.format !== 'csv') {
    throw new UserError('--notetype applies to CSV exports; a package brings its own note type.', 2);
  }
  // The name goes into the file's `#notetype:` line: a line break there would end Anki's header.
  if (options.notetype !== undefined && /[\u0000-\u001f\u007f]/.test(options.notetype)) {
    throw new UserError(`--notetype ${JSON.stringify(options.notetype)} holds a line break or another control character; give the note type's name as Anki shows it.`, 2);
  }
  // Anki reads `#notetype:` untrimmed and matches it against its NFC names: " 기본" or 기본 typed in NFD
  // would find no type, and Anki would silently use the one chosen in the dialog.
  const notetype = options.notetype?.normalize('NFC').trim();
  if (notetype === '') throw new UserError("--notetype is empty; give the note type's name as Anki shows it (Basic, or 기본 in Anki in Korean).", 2);
  if (options.withProgress && options.format !== 'apkg') {
    throw new UserError('--with-progress needs --format apkg: Anki imports a CSV file as new cards, with no review progress.', 2);
  }
  // Packages are made in scratch folders, in this thread or export threads: Ctrl-C must not leave them.
  if (options.format === 'apkg') {
    removeScratchOnExit('apkg');
    removeLeftScratch('apkg');
    // A store that cannot be written is read from copies, which export threads make too.
    if (options.withProgress) {
      removeScratchOnExit('store');
      removeLeftScratch('store');
    }
  }
  const wholeBesideDecks = options.decks.length === 0 && writesBesideDecks(options.out, decksDir);
  if (wholeBesideDecks) await refuseNoDecksAfterCleanUp(decksDir);
  else if (options.decks.length === 0 && options.out !== undefined && namesFolder(options.out)) await refuseNoDecksAfterCleanUp(decksDir, resolve(options.out));
  const selected = await selectDecks(decksDir, options.decks);
  const store = options.withProgress ? await checkStore(decksDir, options.store) : undefined;
  const report: ExportReport = {
    format: options.format,
    withProgress: options.withProgress ?? false,
    ...(store ? { store: { file: toPosix(relative(process.cwd(), resolve(store.file))), exists: store.exists } } : {}),
    decks: [],
    ...(notetype ? { notetype } : {}),
  };
  const vaults = new Map<string, string>(); // per folder of deck files, read once
  const vaultOf = async (file: string): Promise<string> => {
    // A deck file's folder id is found from where that file is, wherever --decks points.
    const deckDir = dirname(file);
    const vault = vaults.get(deckDir) ?? (await vaultId(deckDir));
    vaults.set(deckDir, vault);
    return vault;
  };
  const { pathOf: outputPath, folder: outFolder } = outputPaths(options, decksDir, selected.length);
  // Every deck into a folder: what is left there of decks that are gone goes, as beside the deck files.
  const wholeIntoFolder = options.decks.length === 0 && !wholeBesideDecks && outFolder !== undefined ? outFolder : undefined;
  // Decks go in the order of their files, whatever order they were named in: which of two repeated
  // fronts in one Anki deck is told apart must not depend on it.
  // (Every deck: listDeckFiles gives them in that order already.)
  const realOf = new Map(options.decks.length > 0 ? selected.map((deck) => [deck.file, realPath(deck.file)]) : []);
  const ordered = options.decks.length > 0 ? [...selected].sort((a, b) => comparePaths(realOf.get(a.file)!, realOf.get(b.file)!)) : selected;
  const jobs: DeckJob[] = [];
  for (const [index, { file, slug }] of ordered.entries()) jobs.push({ index, file, target: outputPath(slug), vault: await vaultOf(file) });
  const companions: CompanionDeck[] = [];
  for (const file of options.decks.length > 0 ? await sameAnkiDeckFiles(decksDir, ordered.map((deck) => resolve(deck.file))) : []) {
    const before = jobs.findIndex((job) => comparePaths(realOf.get(job.file)!, file) > 0);
    if (before >= 0) companions.push({ file, vault: await vaultOf(file), before });
  }
  const exporter: ExporterOptions = {
    format: options.format,
    subdecks: options.subdecks ?? false,
    notetype,
    now: options.now ?? Date.now(),
    progress: store ? { decksDir, store: store.file, reviews: store.reviews } : undefined,
  };
  // Recorded before they are written: only names amgi wrote there are ever removed as exports of decks that are gone.
  const besideDecks = namesWrittenIn(decksDir, jobs, decksDir, options.format);
  if (besideDecks.length > 0) recordExports(decksDir, besideDecks);
  if (outFolder !== undefined && !writesBesideDecks(outFolder, decksDir)) {
    // Into a folder, by the id of the decks folder each deck is of: another notes folder may export there too.
    const byDeckFolder = new Map<string, DeckJob[]>();
    for (const job of jobs) byDeckFolder.set(dirname(job.file), [...(byDeckFolder.get(dirname(job.file)) ?? []), job]);
    for (const [deckFolder, ofFolder] of byDeckFolder) {
      const names = namesWrittenIn(outFolder, ofFolder, deckFolder, options.format);
      if (names.length > 0) recordExports(outFolder, names, { folderId: ofFolder[0]!.vault });
    }
    // The decks folder remembers it, so that `amgi build` can name what a removed deck leaves out of date there.
    if (wholeIntoFolder !== undefined) recordOutFolder(decksDir, wholeIntoFolder);
  }
  const threads = threadCount(jobs);
  // With worker threads a package export is coordinated from a thread of its own too: this thread's
  // young generation cannot be limited from within the process, and the ledger's data grew it by 40 MB.
  report.decks = threads > 1 && options.format === 'apkg' ? await inCoordinator({ exporter, jobs, companions, threads }) : await exportJobs(exporter, jobs, threads, companions);
  // Importing the decks folder must not bring back a deck whose note was deleted or renamed: once
  // every deck is written there, what is left of the others goes.
  if (wholeBesideDecks || wholeIntoFolder !== undefined) {
    const stale = await removeStaleExports(decksDir, await vaultId(decksDir), wholeIntoFolder);
    report.removedExports = stale.removed.map((path) => shownPath(path));
    if (stale.kept.length > 0) report.keptExports = stale.kept.map(({ file, reason }) => ({ file: shownPath(file), reason }));
  }
  return report;
}

/**
 * A decks folder whose every note was deleted has nothing to export, but its old exports would still
 * bring the decks back into Anki: they are removed (beside the deck files, or in `outFolder`), and the
 * error says so.
 */
async function refuseNoDecksAfterCleanUp(decksDir: string, outFolder?: string): Promise<void> {
  if (!existsSync(decksDir) || (await listDeckFiles(decksDir)).length > 0) return;
  const vault = readVaultId(decksDir); // none: nothing was ever exported from here
  const removed = vault === undefined ? [] : (await removeStaleExports(decksDir, vault, outFolder)).removed;
  if (removed.length > 0) throw noDecksError(decksDir, `run \`amgi build\` first. ${removedExportsSentence(removed.map((path) => shownPath(path)))}`);
}

/**
 * The names in `folder` that the jobs write under amgi's own names for decks of `decksDir`: each
 * export, and a CSV's media folder (made only if the deck has images).
 */
function namesWrittenIn(folder: string, jobs: readonly DeckJob[], decksDir: string, format: ExportFormat): string[] {
  const realFolders = new Map<string, string>();
  const realFolder = (path: string) => realFolders.get(path) ?? realFolders.set(path, realPath(path)).get(path)!;
  const sameFolder = (path: string, other: string) => path === other || realFolder(path) === realFolder(other);
  const names: string[] = [];
  for (const job of jobs) {
    if (!sameFolder(dirname(job.file), decksDir)) continue; // a deck file named from another folder: its exports are not this folder's
    const name = exportFileName(basename(job.file, '.json'), format);
    if (basename(job.target) === name && sameFolder(dirname(job.target), folder)) names.push(name);
    const media = mediaFolderOf(job);
    if (format === 'csv' && basename(media) === mediaFolderName(name) && sameFolder(dirname(media), folder)) names.push(basename(media));
  }
  return names;
}

/** Whether exports go beside the deck files: no --out, or one naming the decks folder itself. */
function writesBesideDecks(out: string | undefined, decksDir: string): boolean {
  if (out === undefined) return true;
  try {
    return realpathSync.native(out) === realpathSync.native(decksDir);
  } catch {
    return false;
  }
}

/** Whether `--out` names a folder whatever the number of decks: one there, or a path ending in `/`. */
function namesFolder(out: string): boolean {
  if (out.endsWith('/') || out.endsWith(sep)) return true;
  try {
    return statSync(out).isDirectory();
  } catch {
    return false; // missing, or a path through a file: writing it says what is wrong
  }
}

/** Paths compared by UTF-16 code units, as listDeckFiles sorts a folder's names. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The deck files of the decks folder, not among `chosen`, that fill an Anki deck one of them fills (the
 * same deck name): their fronts are taken in their turn, as a whole export would take them. Names come
 * from the deck index where it is current; a file there that is not a deck is passed over (export
 * reads only the decks it names). A deck file named from elsewhere has no companions.
 */
async function sameAnkiDeckFiles(decksDir: string, chosen: readonly string[]): Promise<string[]> {
  const chosenSet = new Set(chosen.map(realPath));
  const named: { file: string; name: string }[] = [];
  for (const entry of await indexedDeckFiles(decksDir)) {
    let name = entry.indexed?.name;
    if (name === undefined) {
      try {
        name = (await readDeck(entry.file)).name;
      } catch {
        continue;
      }
    }
    named.push({ file: realPath(entry.file), name: deckNameKey(ankiDeckName([name])) });
  }
  const chosenNames = new Set(named.filter((entry) => chosenSet.has(entry.file)).map((entry) => entry.name));
  return named.filter((entry) => !chosenSet.has(entry.file) && chosenNames.has(entry.name)).map((entry) => entry.file).sort(comparePaths);
}

/** What export-coordinator.ts is given. */
export interface CoordinatorData {
  exporter: ExporterOptions;
  jobs: DeckJob[];
  companions: CompanionDeck[];
  threads: number;
}

/** The jobs prepared and finished in a pool of `threads`, committed in deck order; the notes' history saved. */
export async function exportJobs(exporter: ExporterOptions, jobs: readonly DeckJob[], threads: number, companions: readonly CompanionDeck[] = []): Promise<ExportedDeck[]> {
  const pool = new ExportPool(exporter, jobs, threads);
  const ledger = new ExportLedger(exporter.progress?.reviews ?? 0, exporter.now);
  if (exporter.format === 'apkg') for (const job of jobs) void ledger.state(dirname(job.file));
  const finished: Promise<FinishedDeck>[] = [];
  let decks: ExportedDeck[];
  try {
    let companion = 0;
    for await (const prepared of pool.prepared()) {
      for (; companion < companions.length && companions[companion]!.before <= prepared.index; companion++) {
        const { companionFronts } = await import('./deck-export.js'); // rarely needed: most Anki decks have one deck file
        const { prepared: fronts, contexts } = await companionFronts(companions[companion]!, exporter.subdecks);
        await ledger.takeFronts(fronts, async () => contexts());
      }
      const done = (await ledger.commit(prepared, dirname(jobs[prepared.index]!.file), pool)).done;
      done.catch(() => {}); // awaited below; this keeps a failure that comes first elsewhere from leaving it unhandled
      finished.push(done);
    }
    decks = (await Promise.all(finished)).map((deck) => deck.report);
  } finally {
    await pool.close();
    await Promise.allSettled(finished);
  }
  await ledger.save();
  return decks;
}

/** exportJobs in export-coordinator.ts's thread. */
function inCoordinator(data: CoordinatorData): Promise<ExportedDeck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export-coordinator.js', import.meta.url), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.once('message', (message: CoordinatorReply) => (message.type === 'done' ? resolve(message.decks) : reject(fromPosted(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the export thread stopped (exit code ${code})`))); // no-op once settled
  });
}

/** Below this much deck data, starting worker threads (about 0.1 s each) costs more than they save. */
const THREADS_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Threads to export with (see ExportPool): `AMGI_EXPORT_THREADS` if set, else for large exports one
 * worker per core (up to 4), and this thread alone for small ones.
 */
function threadCount(jobs: readonly DeckJob[]): number {
  const wanted = process.env.AMGI_EXPORT_THREADS;
  if (wanted !== undefined && /^\d+$/.test(wanted)) return Math.max(1, Number(wanted));
  const cores = Math.min(availableParallelism(), 4);
  if (cores < 2) return 1;
  let bytes = 0;
  for (const job of jobs) {
    bytes += statSync(job.file, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= THREADS_FROM_BYTES) return Math.min(cores, jobs.length);
  }
  return 1;
}

/**
 * The choices that depend on the decks exported before, made deck by deck in export order:
 * - fronts unique per Anki deck across the export (uniqueFronts);
 * - revlog ids unique across the export's packages: Anki skips a revlog id it already has; note ids
 *   too (Anki gives a note whose id it has another, and the "added" date of the id the package meant);
 * - each note's history in `.anki-export.json`, per folder of deck files (ExportState).
 */
class ExportLedger {
  private readonly fronts = new FrontLedger();
  private readonly revlogIds: IdSet;
  private readonly states = new Map<string, Promise<ExportState>>();
  /** Notes of packages committed but not yet finished, by folder, then GUID: a GUID in a later deck waits for them. */
  private readonly unfinished = new Map<string, Map<string, Promise<unknown>>>();

  /** The id of the next note first exported: note ids unique across the export's packages too. */
  private nextNewNoteId: number;
  /** Set once the ids of the folders' earlier exports are behind nextNewNoteId. */
  private pastEarlierIds: Promise<void> | undefined;

  /** `reviews`: how many revlog ids the export may give; `now`: the export's time, its new notes' first id. */
  constructor(
    reviews: number,
    private readonly now: number,
  ) {
    this.revlogIds = new IdSet(reviews);
    this.nextNewNoteId = now;
  }

  /** Commit a deck and have it finished; resolves once it is on its way, so the next deck may commit. */
  async commit(prepared: PreparedDeck, deckDir: string, pool: ExportPool): Promise<{ done: Promise<FinishedDeck> }> {
    const fronts = await this.fronts.take(prepared, () => pool.contexts(prepared.index));
    const revlogIds = prepared.reviewTimes?.map((time) => {
      let id = time;
      while (this.revlogIds.has(id)) id++;
      this.revlogIds.add(id);
      return id;
    });
    const guids = prepared.guids; // packages only
    if (!guids) return { done: pool.finish({ index: prepared.index, fronts, known: undefined, firstNewNoteId: undefined, revlogIds }) };
    const state = await this.state(deckDir);
    let unfinished = this.unfinished.get(deckDir);
    if (!unfinished) this.unfinished.set(deckDir, (unfinished = new Map()));
    const pending = unfinished;
    const earlier = guids.flatMap((guid) => pending.get(guid) ?? []);
    if (earlier.length > 0) await Promise.all(earlier);
    const known = guids.map((guid) => state.get(guid));
    await (this.pastEarlierIds ??= this.skipEarlierNoteIds());
    const firstNewNoteId = this.nextNewNoteId;
    for (const entry of known) if (givenNoteId(entry, this.now) === undefined) this.nextNewNoteId++; // as noteHistories decides
    const done = pool.finish({ index: prepared.index, fronts, known, firstNewNoteId, revlogIds }).then((deck) => {
      state.record(guids, deck.states ?? []);
      for (const guid of guids) if (pending.get(guid) === done) pending.delete(guid);
      return deck;
    });
    for (const guid of guids) pending.set(guid, done);
    return { done };
  }

  /** A deck file's fronts taken without exporting it (a CompanionDeck). */
  async takeFronts(prepared: Pick<PreparedDeck, 'fronts' | 'ankiDecks' | 'repeats'>, contexts: () => Promise<string[][]>): Promise<void> {
    await this.fronts.take(prepared, contexts);
  }

  /** New notes are numbered past every id an earlier export of any of the export's folders gave. */
  private async skipEarlierNoteIds(): Promise<void> {
    // An id far ahead of the clock was written by hand or by a machine whose clock was wrong: numbering
    // past it would move every new note's "added" there (see givenNoteId).
    const plausible = this.now + NOTE_ID_AHEAD_MS;
    let last = 0;
    for (const state of [...this.states.values()]) last = Math.max(last, (await state).lastNoteIdBelow(plausible));
    this.nextNewNoteId = Math.max(this.nextNewNoteId, last + 1);
  }

  /** A folder's .anki-export.json, read once; export.ts asks early, while the threads start. */
  state(deckDir: string): Promise<ExportState> {
    let state = this.states.get(deckDir);
    if (!state) {
      this.states.set(deckDir, (state = ExportState.load(deckDir)));
      // Asked early and awaited later: a damaged file is reported there, not as an unhandled rejection now.
      state.catch(() => undefined);
    }
    return state;
  }

  async save(): Promise<void> {
    for (const state of this.states.values()) (await state).save();
  }
}

/**
 * The fronts taken in each Anki deck (see uniqueFronts), kept lazily. A front can repeat only one of an
 * Anki deck that an earlier deck file filled too, and most Anki decks are filled by one deck file:
 * their keys stay as the JSON the thread sent until a second file fills the same Anki deck. (Parsed
 * into a Set, 105,000 keys took this thread 0.1 s of the export's CPU.)
 */
class FrontLedger {
  /** Keys taken in the Anki decks of `shared`. */
  private readonly seen = new Set<string>();
  /** Anki decks filled by more than one deck file so far. */
  private readonly shared = new Set<string>();
  /** Each Anki deck filled by one deck file so far, with that file's keys (PreparedDeck.fronts). */
  private readonly single = new Map<string, string>();

  /** The deck's fronts changed to be unique, by note position; its keys are taken. Contexts are asked for only when a front repeats. */
  async take(prepared: Pick<PreparedDeck, 'fronts' | 'ankiDecks' | 'repeats'>, contexts: () => Promise<string[][]>): Promise<Map<number, string>> {
    const { ankiDecks } = prepared;
    if (!prepared.repeats && ankiDecks.every((deck) => !this.single.has(deck) && !this.shared.has(deck))) {
      for (const deck of ankiDecks) this.single.set(deck, prepared.fronts);
      return new Map();
    }
    for (const deck of ankiDecks) {
      const earlier = this.single.get(deck);
      if (earlier !== undefined) {
        this.single.delete(deck);
        // The deck name has no NUL (ankiDeckName drops control characters): the prefix tells its keys.
        for (const key of JSON.parse(earlier) as string[]) if (key.startsWith(`${deck}\u0000`)) this.seen.add(key);
      }
      this.shared.add(deck);
    }
    const keys = JSON.parse(prepared.fronts) as string[];
    const repeat = uniqueFronts(keys, this.seen);
    return typeof repeat === 'number' ? uniqueFronts(keys, this.seen, await contexts(), repeat) : repeat;
  }
}

/**
 * A set of revlog ids (whole milliseconds) in a Float64Array, open-addressed: a Set of numbers this
 * large boxes each one, and a million reviews took 40 MB that way, 16 MB here.
 */
class IdSet {
  private slots: Float64Array;
  /** 32 minus log2 of the slots: a slot is the top bits of a multiplicative hash. */
  private shift: number;
  private size = 0;
  /** 0 marks an empty slot, so the id 0 is kept aside. */
  private zero = false;

  /** Sized for `expected` ids at most half full, so that it need not grow (and leave its old table to the collector). */
  constructor(expected: number) {
    let bits = 16;
    while (2 ** bits < 2 * expected + 2 && bits < 31) bits++;
    this.slots = new Float64Array(2 ** bits);
    this.shift = 32 - bits;
  }

  has(id: number): boolean {
    if (id === 0) return this.zero;
    for (let slot = this.slot(id); ; slot = (slot + 1) & (this.slots.length - 1)) {
      const value = this.slots[slot]!;
      if (value === id) return true;
      if (value === 0) return false;
    }
  }

  add(id: number): void {
    if (id === 0) {
      this.zero = true;
      return;
    }
    if (this.has(id)) return;
    if (++this.size * 2 > this.slots.length) this.grow();
    this.place(id);
  }

  private place(id: number): void {
    let slot = this.slot(id);
    while (this.slots[slot] !== 0) slot = (slot + 1) & (this.slots.length - 1);
    this.slots[slot] = id;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.shift--;
    for (const id of old) if (id !== 0) this.place(id);
  }

  /** Fibonacci hashing of both 32-bit halves of the id. */
  private slot(id: number): number {
    return Math.imul((id >>> 0) ^ Math.imul(Math.floor(id / 2 ** 32), 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }
}

/**
 * The review store for --with-progress (default `<decks>/amgi.sqlite`), and whether it exists. Only
 * looks: a missing store is read as empty and never created. Loaded here, not above, because CSV
 * exports need none of the store's modules.
 */
async function checkStore(decksDir: string, given: string | undefined): Promise<{ file: string; exists: boolean; reviews: number }> {
  const { storeLocation, openStore } = await import('../review/session-data.js');
  const file = storeLocation(decksDir, given);
  const exists = existsSync(file);
  const { store } = openStore({ decksDir, ...(given !== undefined ? { store: given } : {}), readOnly: true }); // a damaged or foreign store fails here, before any thread starts
  try {
    return { file, exists, reviews: store.reviewCount() };
  } finally {
    store.close();
  }
}

/** The decks named on the command line (by name, file name or path), or all of them; read later, one at a time. */
async function selectDecks(decksDir: string, wanted: readonly string[]): Promise<Omit<LoadedDeck, 'deck'>[]> {
  const files = await listDeckFiles(decksDir);
  // A copied deck file would give Anki the same GUIDs twice, in two packages or in one CSV.
  if (files.length > 1) {
    const decks = await deckSourcesAndIds(decksDir);
    refuseCopiedDecks(decks);
    refuseSharedIds(decks);
  }
  if (wanted.length === 0) {
    if (files.length === 0) throw noDecksError(decksDir);
    return files;
  }
  // Names are read one deck at a time, keeping only the name.
  const all: { file: string; slug: string; name: string }[] = [];
  for (const { file, slug } of files) all.push({ file, slug, name: (await readDeck(file)).name });
  const key = (text: string) => text.normalize('NFC').toLowerCase();
  const selected = (
    await Promise.all(
      wanted.map(async (want) => {
        if (want.endsWith('.json') && existsSync(want)) {
          await readDeck(want); // a file that is not a deck is refused here, as a named deck's is above
          return [{ file: resolve(want), slug: basename(want, '.json') }];
        }
        // A name two notes share (the same `#` title) names both their decks.
        const found = all.filter((deck) => key(deck.name) === key(want) || key(deck.slug) === key(want));
        if (found.length === 0) {
          const names = all.map((deck) => `  ${deck.name}  (${deck.slug})`).join('\n');
          throw new UserError(`no deck named "${want}". The decks in ${decksDir} are:\n${names || '  (none: run `amgi build` first)'}`, 2);
        }
        return found.map((deck) => ({ file: deck.file, slug: deck.slug }));
      }),
    )
  ).flat();
  // A deck named twice (by name and by file, say) is exported once: a second pass would see its own
  // fronts as taken and change them.
  return selected.filter((deck, n) => selected.findIndex((other) => resolve(other.file) === resolve(deck.file)) === n);
}

/**
 * Where each deck goes: `--out` as a file for a single deck, or as a folder; by default beside the
 * deck file. A package is never called `collection.apkg` or `backup-…apkg`: Anki would offer to
 * replace the user's whole collection with it. Whether `--out` is a folder is looked up once; `folder`
 * is that folder when the exports go into one by their own names.
 */
function outputPaths(options: ExportOptions, decksDir: string, count: number): { pathOf: (slug: string) => string; folder: string | undefined } {
  const extension = `.${options.format}`;
  const given = options.out;
  const out = given === undefined ? undefined : resolve(given);
  const isFolder = given !== undefined && out !== undefined && namesFolder(given);
  // A device or pipe (`/dev/stdout`, a FIFO) is written into, whatever its name.
  let outInfo: ReturnType<typeof statSync> | undefined;
  try {
    outInfo = out !== undefined && !isFolder ? statSync(out, { throwIfNoEntry: false }) : undefined;
  } catch {
    outInfo = undefined; // a path through a file (ENOTDIR): writing it says what is wrong
  }
  // `/dev/stdout` is the open output even where it leads to a file (`> deck.apkg`).
  const isStream = (outInfo !== undefined && !outInfo.isFile() && !outInfo.isDirectory()) || (given !== undefined && /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/self\/fd\/\d+)$/.test(given));
  const folder = out !== undefined && !isStream && (isFolder || (count > 1 && !extname(out))) ? out : undefined;
  const pathOf = (slug: string): string => {
    const name = exportFileName(slug, options.format);
    if (out === undefined) return join(decksDir, name);
    if (isStream) {
      if (count > 1) throw new UserError(`--out ${options.out} is a device or pipe, which takes one deck: ${count} decks are exported. Name one deck, or give a folder.`, 2);
      return out;
    }
    if (isFolder || count > 1) {
      if (!isFolder && extname(out)) throw new UserError(`--out ${options.out} names a file, but ${count} decks are exported: give a folder.`, 2);
      return join(out, name);
    }
    if (extname(out).toLowerCase() !== extension) {
      // A name of the other format says which format was meant.
      const meant = options.format === 'apkg' ? (extname(out).toLowerCase() === '.csv' ? ' (for a CSV, leave out --format apkg)' : '') : extname(out).toLowerCase() === '.apkg' ? ' (for a package, add --format apkg)' : '';
      throw new UserError(`--out ${options.out}: ${options.format === 'apkg' ? 'an' : 'a'} ${options.format === 'apkg' ? '.apkg' : 'CSV'} export needs a name ending in ${extension}${meant}.`, 2);
    }
    if (options.format === 'apkg' && replacesCollection(basename(out))) {
      throw new UserError(`--out ${options.out}: Anki treats a package with this name as a whole-collection backup and would offer to replace your collection. Choose another name.`, 2);
    }
    return out;
  };
  return { pathOf, folder };
}

/**
 * What earlier package exports need remembered, beside the deck files (`.anki-export.json`), per GUID:
 * - `added`, when the note was first exported (ms): its id in the package, which Anki shows as "Added";
 * - `mod`, when its content last changed (s): Anki updates a note from a package only when `mod` is
 *   newer, so it must move exactly when the content does, not on every export.
 *
 * amgi's own entries (a SHA-256 in hex, `mod` and `added`) are kept as bytes and numbers in arrays:
 * as objects, 100,000 of them held 20 MB more. Any other entry (edited by hand, say) is kept as read.
 */
class ExportState {
  /** By GUID, where an entry of amgi's is in `hashes` and `numbers`. */
  private readonly slots = new Map<string, number>();
  private hashes = Buffer.alloc(32 * 1024);
  /** `mod` and `added` of each slot. */
  private numbers = new Float64Array(2 * 1024);
  private used = 0;
  /** Entries of any other shape, as they were read. */
  private readonly others = new Map<string, unknown>();

  private constructor(private readonly file: string) {}

  static async load(deckDir: string): Promise<ExportState> {
    const state = new ExportState(join(deckDir, '.anki-export.json'));
    let fd: number;
    try {
      fd = openSync(state.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return state; // missing: every note is new to it
      throw new UserError(`cannot read ${state.file}: ${(error as Error).message}. Make it readable again.`);
    }
    try {
      // The file as save() writes it is read a piece at a time: whole, it was 16 MB of text and
      // 20 MB of objects on the heap. Any other file is parsed as JSON.
      if (state.readOwnLayout(fd)) return state;
    } finally {
      closeSync(fd);
    }
    let notes: unknown;
    try {
      notes = (JSON.parse(await readFile(state.file, 'utf8')) as { notes?: unknown }).notes;
    } catch {
      notes = undefined;
    }
    // Read wrong, every note would get a new "added" and "mod", and the next import would overwrite
    // what was edited in Anki since: refused, as a damaged deck file is.
    if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) {
      throw new UserError(`${state.file} is damaged (not the JSON amgi writes, with its notes). It remembers when each note was added and last changed, so that Anki keeps your edits: restore it (from git or a backup). Delete it only to start afresh: the next import then updates every note.`);
    }
    for (const [guid, entry] of Object.entries(notes)) state.set(guid, entry);
    return state;
  }

  /** Reads the file at `fd` if it is exactly as save() writes amgi's own entries; false, having kept nothing, if not. */
  private readOwnLayout(fd: number): boolean {
    const chunk = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder('utf8');
    let text = '';
    let at = -1; // where the entries go on in `text`; -1 before the start was checked
    let last = false; // the entry without a comma was read: only the end may follow
    for (let read = 1; read > 0; ) {
      read = readSync(fd, chunk, 0, chunk.length, null);
      text = text.slice(Math.max(at, 0)) + (read > 0 ? decoder.write(chunk.subarray(0, read)) : decoder.end());
      at = at < 0 ? -1 : 0;
      if (at < 0) {
        if (text.length < LAYOUT_START.length && read > 0) continue;
        if (read === 0 && text === EMPTY_LAYOUT) return true;
        if (!text.startsWith(LAYOUT_START)) break;
        at = LAYOUT_START.length;
      }
      while (!last) {
        OWN_ENTRY.lastIndex = at;
        const match = OWN_ENTRY.exec(text);
        // An entry that ends the text may yet be followed by its comma.
        if (!match || (!match[5] && OWN_ENTRY.lastIndex === text.length && read > 0)) break;
        this.place(JSON.parse(match[1]!) as string, match[2]!, Number(match[3]), Number(match[4]));
        at = OWN_ENTRY.lastIndex;
        last = !match[5];
      }
      if (read === 0 && last && text.slice(at) === LAYOUT_END) return true;
    }
    this.slots.clear(); // not the layout after all
    this.used = 0;
    return false;
  }

  /**
   * The last note id the folder's earlier exports gave below `limit`, as far as the entries tell: new
   * notes are numbered past it, so an export soon after a large one (whose ids ran ahead of the clock)
   * gives none twice. Before ids were given one per note, a package's new notes shared one `added` and
   * had the ids from it up: a value that `count` entries share stands for ids up to `added + count - 1`.
   */
  lastNoteIdBelow(limit: number): number {
    const ids: number[] = [];
    for (let slot = 0; slot < this.used; slot++) {
      const id = this.numbers[2 * slot + 1]!;
      if (Number.isSafeInteger(id) && id > 0 && id < limit) ids.push(id); // others are given new ids (givenNoteId)
    }
    for (const entry of this.others.values()) {
      const id = (entry as Partial<NoteState> | null)?.added;
      if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && id < limit) ids.push(id); // an entry edited by hand keeps its id too
    }
    const added = Float64Array.from(ids).sort();
    let last = 0;
    let run = 0;
    for (let n = 0; n < added.length; n++) {
      run = n > 0 && added[n] === added[n - 1] ? run + 1 : 1;
      last = Math.max(last, added[n]! + run - 1);
    }
    return last;
  }

  get(guid: string): NoteState | undefined {
    const slot = this.slots.get(guid);
    if (slot === undefined) return this.others.get(guid) as NoteState | undefined;
    return { hash: this.hashes.toString('hex', 32 * slot, 32 * slot + 32), mod: this.numbers[2 * slot]!, added: this.numbers[2 * slot + 1]! };
  }

  /** The entries a deck's export made (deck-export.ts, noteHistories), by note; undefined keeps the entry there is. */
  record(guids: readonly string[], states: readonly (NoteState | undefined)[]): void {
    guids.forEach((guid, n) => {
      const state = states[n];
      if (state) this.set(guid, state);
    });
  }

  /**
   * The file as `JSON.stringify({ notes }, null, 1)` with notes sorted by GUID would write it, made
   * entry by entry and written in pieces: the whole object twice over and one 16 MB string made the
   * peak memory of a large export.
   */
  save(): void {
    // An object lists integer-like keys first, in numeric order: so did the file, made from one.
    const index = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
    const keys = [...this.slots.keys(), ...this.others.keys()].sort((a, b) => (a < b ? -1 : 1));
    const ordered = [...keys.filter(index).sort((a, b) => Number(a) - Number(b)), ...keys.filter((key) => !index(key))];
    const entryJson = (guid: string): string => {
      const slot = this.slots.get(guid);
      // As JSON.stringify writes an entry two levels in; amgi's own from a template, in half the time.
      if (slot === undefined) return JSON.stringify(this.others.get(guid), null, 1).replace(/\n/g, '\n  ');
      return `{\n   "hash": "${this.hashes.toString('hex', 32 * slot, 32 * slot + 32)}",\n   "mod": ${this.numbers[2 * slot]},\n   "added": ${this.numbers[2 * slot + 1]}\n  }`;
    };
    function* pieces(): Iterable<string> {
      if (ordered.length === 0) {
        yield '{\n "notes": {}\n}\n';
        return;
      }
      yield '{\n "notes": {\n';
      for (let start = 0; start < ordered.length; start += 1000) {
        const lines = ordered.slice(start, start + 1000).map((guid) => `  ${JSON.stringify(guid)}: ${entryJson(guid)}`);
        yield `${start > 0 ? ',\n' : ''}${lines.join(',\n')}`;
      }
      yield '\n }\n}\n';
    }
    writeUserFileSync(this.file, pieces());
  }

  private set(guid: string, entry: unknown): void {
    if (!isOwnEntry(entry)) {
      this.slots.delete(guid);
      this.others.set(guid, entry);
      return;
    }
    this.others.delete(guid);
    this.place(guid, entry.hash, entry.mod, entry.added);
  }

  private place(guid: string, hash: string, mod: number, added: number): void {
    let slot = this.slots.get(guid);
    if (slot === undefined) {
      if (this.used * 2 === this.numbers.length) this.grow();
      this.slots.set(guid, (slot = this.used++));
    }
    this.hashes.write(hash, 32 * slot, 'hex');
    this.numbers[2 * slot] = mod;
    this.numbers[2 * slot + 1] = added;
  }

  private grow(): void {
    const hashes = Buffer.alloc(this.hashes.length * 2);
    this.hashes.copy(hashes);
    this.hashes = hashes;
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }
}

/** The start and end of .anki-export.json as save() writes it, and one entry of amgi's in it (strict JSON: a string key, integers). */
const EMPTY_LAYOUT = '{\n "notes": {}\n}\n';
const LAYOUT_START = '{\n "notes": {\n';
const LAYOUT_END = '\n }\n}\n';
const OWN_ENTRY = /  ("(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"): \{\n   "hash": "([0-9a-f]{64})",\n   "mod": (-?(?:0|[1-9]\d*)),\n   "added": (-?(?:0|[1-9]\d*))\n  \}(,\n)?/y;

/** An entry as amgi writes it, which the arrays hold exactly: these keys in this order, a lower-case SHA-256, finite numbers. */
function isOwnEntry(entry: unknown): entry is NoteState {
  if (typeof entry !== 'object' || entry === null) return false;
  const keys = Object.keys(entry);
  const { hash, mod, added } = entry as Record<string, unknown>;
  return keys.length === 3 && keys[0] === 'hash' && keys[1] === 'mod' && keys[2] === 'added' && typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) && Number.isFinite(mod) && Number.isFinite(added);
}

