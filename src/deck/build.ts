/**
 * `amgi build`: notes → deck files. The I/O edge of the pipeline: it finds and reads notes, skips
 * those unchanged since their deck was built, and writes each deck atomically. Everything it decides
 * about cards comes from the pure modules in `cards/` and `identity.ts`. The changed notes are parsed
 * (extract-note.ts) in worker threads when there are enough of them (extract-pool.ts); ids, which
 * depend on every deck, are given here, note by note in order, so the result is the same either way.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, rm, unlink } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { RULES_VERSION } from '../cards/rules-version.js';
import type { Warning } from '../cards/types.js';
import { findNotes, type FindProblem } from '../notes/find-notes.js';
import { readIgnoreFiles, type NoteFilter } from '../notes/ignore-file.js';
import { NoteReader, noteKind } from '../notes/read-note.js';
import { writeUserFileSync } from '../util/atomic-write.js';
import { fileSystemProblem, UserError } from '../util/errors.js';
import { sha256Hex } from '../util/hash.js';
import { DECK_FORMAT, parseDeck, serializeDeck, type DeckCard, type DeckFile, type DeckNotice } from './deck-file.js';
import { cardCount, deckEntries, indexedDeckFiles, writeDeckIndex, type FolderTotals } from './deck-index.js';
import { ExtractPool, workerYoungSpaceMb, outcomeOf, receivedError, type ExtractOutcome } from './extract-pool.js';
import type { ExtractedCard, TextExtraction } from './extract-note.js';
import { continuesConcepts, GoneDecks, type UnmatchedNote } from './continued-deck.js';
import { assignIds, underDeckName } from './identity.js';
import { noticeWarnings } from './notices.js';
import { REMOVED_DECKS_FOLDER, RemovedDecks, type RememberedDeck } from './removed-decks.js';
import { noteSlug, pathSlug, slugify, untitledDeckName } from './slug.js';
import { WrittenDeck } from './written-deck.js';
import { pushAll } from '../util/arrays.js';
import { toPosix } from '../util/paths.js';
import { findOnDisk, imageLocation, imageProblem, isUrl, lookUpImage, otherVaultImages } from '../notes/image-files.js';

export interface BuildOptions {
  /** Where deck files go; their sources are recorded relative to the folder that holds it. */
  decksDir: string;
  /** Note files and folders. */
  paths: readonly string[];
  /** Parse every note, even those unchanged since their deck was built. */
  force?: boolean;
  /** The review store, read (never changed) to say which added cards come back with reviews. */
  storePath?: string;
  /**
   * Remove the decks of a folder that now holds no note at all. Without it such a build is refused:
   * a folder emptied at once is more often one moved, unmounted or still syncing than notes deleted.
   */
  allowEmpty?: boolean;
  /**
   * The folder the report's paths are shown from (the command line gives its working folder, so a
   * path it prints can be typed back); by default the project folder, which holds the decks folder.
   */
  pathsFrom?: string;
}

export interface DeckReport {
  /** The note, as a path relative to the project (the folder holding the decks folder). */
  note: string;
  status: 'built' | 'unchanged' | 'failed' | 'skipped' | 'removed';
  name?: string;
  deckFile?: string;
  cards: number;
  added: number;
  changed: number;
  kept: number;
  removed: number;
  warnings: Warning[];
  error?: string;
  /** The note is there, but `.amgiignore` now leaves it out: its deck is removed (status "removed"). */
  ignored?: true;
  /** The removed deck file was a second deck of its note, a copy of this one (the note's deck file). */
  copyOf?: string;
  /** The note came back: its cards were matched against its deck that an earlier build removed. */
  restored?: true;
  /**
   * The deck file this deck replaced, under another name: the note was renamed (or renamed and
   * retitled), and its cards kept their ids and reviews. Relative to the project, as `deckFile`.
   */
  continues?: string;
  /**
   * Exports amgi wrote of the deck removed, or of the deck file this one replaced (the note was
   * renamed): out of date now, and removed by the next export of every deck (stale-exports.ts).
   */
  staleExports?: string[];
  /**
   * Of the cards added, those the review store has reviews of: concepts written again, whose ids
   * (made from their titles) and reviews come back with them. Only where there is a store.
   */
  returning?: number;
}

export interface BuildReport {
  decks: DeckReport[];
  /** True when no note failed. */
  ok: boolean;
  /** All the decks folder holds after the build, decks of notes not built this time included. */
  folder?: FolderTotals;
}

interface ExistingDeck {
  file: string;
  /** Known from the deck index: written by a build (a copy made since is not). */
  indexed?: boolean;
  /** The file's text, when it was read (decks known from the index are read only if rebuilt). */
  text?: string;
  deck?: DeckFile;
  error?: string;
}

export async function buildDecks(options: BuildOptions): Promise<BuildReport> {
  const decksDir = resolve(options.decksDir);
  if (existsSync(decksDir) && !statSync(decksDir).isDirectory()) {
    throw new UserError(`${options.decksDir}: is a file, not a folder. --decks (or AMGI_DECKS) names the folder deck files go to.`, 2);
  }
  const projectRoot = dirname(decksDir);
  const unreadable: FindProblem[] = [];
  const filter = readIgnoreFiles(projectRoot, options.paths);
  const notes = await findNotes(options.paths, unreadable, filter);
  // In NFC, as all text: macOS may name a note in NFD, and a deck's `source` and its cards' paths are
  // shown (build reports, Anki's Source field) and compared as text. The note is read by its own path.
  const sourceOf = (note: string) => toPosix(relative(projectRoot, resolve(note))).normalize('NFC');
  const decks = new ExistingDecks(await loadDecks(decksDir), projectRoot, new RemovedDecks(decksDir));
  if (!options.allowEmpty) decks.refuseEmptiedFolders(options.paths, notes, options.pathsFrom);
  // Two notes whose names differ only in form (one NFC, one NFD, side by side on Linux) stay two:
  // each keeps its name as written on disk.
  const nfcSources = notes.map(sourceOf);
  const formsOf = new Map<string, number>();
  for (const source of nfcSources) formsOf.set(source, (formsOf.get(source) ?? 0) + 1);
  const sources = notes.map((note, n) => (formsOf.get(nfcSources[n]!)! > 1 ? toPosix(relative(projectRoot, resolve(note))) : nfcSources[n]!));
  const slugs = decks.assignSlugs(sources);
  const force = options.force ?? false;
  const current = new Map<string, DeckFile>(); // by deck file name, for the index
  const reader = new NoteReader();
  const reviewed = new StoreReader(options.storePath);
  const jobs: NoteJob[] = notes.map((note, n) => {
    const job = { note, source: sources[n]!, slug: slugs[n]!, decksDir, projectRoot, pathsFrom: options.pathsFrom, decks, force, current, extraction: undefined, reviewed };
    // A note with a deck is read and hashed before any is parsed: the hashes tell which notes changed,
    // and those can then be parsed side by side while this thread writes the decks in order.
    return { ...job, read: decks.ofSource(job.source) ? readForBuild(reader, job) : { kind: 'unread' } };
  });
  const pool = startExtraction(jobs);
  const reports: DeckReport[] = unreadable.map(({ path, message }) => ({ ...emptyReport(sourceOf(path), 'failed'), error: `${path}: ${message}.` }));
  try {
    const outcomes: (DeckReport | ParsedNote)[] = [];
    for (const job of jobs) {
      try {
        outcomes.push(await buildNote(job));
      } catch (error) {
        outcomes.push(failedReport(job, error));
      }
    }
    // Notes with no deck to continue by path, file name or deck name are written last: by then every
    // other note has claimed its deck, and what is left of the decks whose notes are gone is theirs to
    // continue by content (a note renamed and retitled at once), the closest pairs first.
    const unmatched = outcomes.filter((outcome): outcome is ParsedNote => 'extracted' in outcome);
    const previousOf = new Map<ParsedNote, PreviousDeck | undefined>();
    if (unmatched.length > 0) decks.continueByContent(unmatched).forEach((previous, n) => previousOf.set(unmatched[n]!, previous));
    for (const [n, outcome] of outcomes.entries()) {
      if (!('extracted' in outcome)) {
        reports.push(outcome);
        continue;
      }
      try {
        reports.push(await writeNote(outcome, previousOf.get(outcome)));
      } catch (error) {
        reports.push(failedReport(jobs[n]!, error));
      }
    }
  } finally {
    await pool?.close();
    reviewed.close();
  }
  pushAll(reports, await decks.removeStale(options.paths, new Set(slugs), filter));
  await noteStaleExports(reports, decks.renamed, decksDir, projectRoot);
  const ok = reports.every((report) => report.status !== 'failed');
  let folder: FolderTotals | undefined;
  try {
    if (existsSync(decksDir)) folder = await writeDeckIndex(decksDir, current);
  } catch (error) {
    // The index only saves other commands reading every deck file. Where the folder cannot be
    // written, the notes that failed already say so; with nothing else wrong, this is the one to say.
    if (ok) throw error instanceof UserError ? error : (fileSystemProblem(error) ?? error);
  }
  // Paths in the report as seen from where amgi runs (the same as the project's, run in the project).
  const shown = (path: string) => shownFrom(projectRoot, path, options.pathsFrom);
  const seen = reports.map((report) => ({
    ...report,
    note: shown(report.note),
    ...(report.deckFile !== undefined ? { deckFile: shown(report.deckFile) } : {}),
    ...(report.copyOf !== undefined ? { copyOf: shown(report.copyOf) } : {}),
    ...(report.continues !== undefined ? { continues: shown(report.continues) } : {}),
    ...(report.staleExports !== undefined ? { staleExports: report.staleExports.map((file) => (file.endsWith('/') ? `${shown(file.slice(0, -1))}/` : shown(file))) } : {}),
    warnings: report.warnings.map((warning) => ({ ...warning, path: shown(warning.path) })),
  }));
  return { decks: seen, ok, ...(folder ? { folder } : {}) };
}

/**
 * Each deck removed, or moved to another file name, gets the exports of its old file name that the
 * next whole export removes (stale-exports.ts: the same rule), unless a deck has that file name again.
 */
async function noteStaleExports(reports: DeckReport[], renamed: ReadonlyMap<string, string>, decksDir: string, projectRoot: string): Promise<void> {
  const deckFileOf = (slug: string) => toPosix(relative(projectRoot, join(decksDir, `${slug}.json`)));
  const oldSlugs = new Map<DeckReport, string>();
  for (const report of reports) if (report.status === 'removed' && report.deckFile !== undefined) oldSlugs.set(report, basename(report.deckFile, '.json'));
  for (const [old, now] of renamed) {
    const report = reports.find((candidate) => candidate.status === 'built' && candidate.deckFile === deckFileOf(now));
    if (report) oldSlugs.set(report, old);
  }
  if (oldSlugs.size === 0) return;
  // Loaded only when a deck went: reading a package needs its zip and SQLite modules.
  const { exportsOfDeck } = await import('../export/stale-exports.js');
  for (const [report, slug] of oldSlugs) {
    const files = await exportsOfDeck(decksDir, slug);
    // Beside the deck files, or in a folder every deck was exported into (absolute when outside the project).
    const inProject = (file: string) => {
      const near = relative(projectRoot, file);
      return near === '..' || near.startsWith(`..${sep}`) || isAbsolute(near) ? file : near;
    };
    if (files.length > 0) report.staleExports = files.map((file) => (file.endsWith('/') ? `${toPosix(inProject(file.slice(0, -1)))}/` : toPosix(inProject(file))));
  }
}

/** A path relative to the project folder, as reached from `from`: relative when inside it, else absolute. */
function shownFrom(projectRoot: string, path: string, from = projectRoot): string {
  if (from === projectRoot) return path;
  const absolute = resolve(projectRoot, path);
  const near = relative(from, absolute);
  return toPosix(near === '' || near.startsWith('..') || isAbsolute(near) ? absolute : near);
}

/**
 * Changed notes per worker thread. Fewer are parsed in this thread alone: a worker's start-up (a
 * thread, and the parser's modules loaded again) costs more than parsing a few notes.
 */
const NOTES_PER_WORKER = 8;

/**
 * The worker script beside this module. None when this module runs from its TypeScript source (under
 * vitest), which a worker cannot load: notes are then parsed in this thread.
 */
const WORKER_SCRIPT = import.meta.url.endsWith('.js') ? new URL('./build-worker.js', import.meta.url) : undefined;

/**
 * Queue the notes that changed for worker threads, one per core, when there are enough of them to be
 * worth it (a single worker would only add its start-up). A note's bytes are kept only where it will
 * be parsed in this thread.
 */
function startExtraction(jobs: NoteJob[]): ExtractPool | undefined {
  const changed = new Set(jobs.filter((job) => !job.decks.get(job.slug)?.error && (job.read.kind === 'unread' || (job.read.kind === 'text' && !unchangedDeck(job, job.read.hash)))));
  const workers = Math.min(availableParallelism(), Math.floor(changed.size / NOTES_PER_WORKER));
  const pool = WORKER_SCRIPT && workers >= 2 ? new ExtractPool(WORKER_SCRIPT, workers, workerYoungSpaceMb(changed.size, workers), (request) => extractHere(request.note, request.source, request.untitledName, request.bytes)) : undefined;
  for (const job of jobs) {
    const { read } = job;
    if (pool && changed.has(job)) {
      const id = pool.extract(job.note, job.source, untitledDeckName(job.note, job.slug), read.kind === 'text' ? read.bytes : undefined);
      job.extraction = () => pool.outcome(id);
    }
    if (read.kind === 'text' && (pool || !changed.has(job))) read.bytes = undefined;
  }
  return pool;
}

/**
 * Extraction in this thread (of a note it has not read, when `bytes` is missing); its module, and the
 * parser's, are loaded only when a note needs it.
 */
async function extractHere(note: string, source: string, untitledName: string, bytes: Uint8Array | undefined): Promise<ExtractOutcome> {
  const { extractNote } = await import('./extract-note.js');
  return await outcomeOf(() => extractNote(note, source, bytes ?? new NoteReader().read(note), untitledName));
}

/**
 * A note as read before anything is decided about it. A note with no deck yet is parsed whatever it
 * holds: it is left 'unread' here, for the thread that parses it to read (a fresh build of 1,000 notes
 * then holds none of their 15 MB here, and its workers start at once).
 */
type NoteRead =
  | { kind: 'text'; hash: string; bytes: Uint8Array | undefined }
  | { kind: 'binary' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'unread' };

/**
 * The note's bytes are kept (copied from the reader's buffer) only if it will be parsed. Bytes its deck
 * was built from were text: they are not checked again.
 */
function readForBuild(reader: NoteReader, job: NoteIdentity): NoteRead {
  try {
    const bytes = reader.read(job.note);
    const hash = sha256Hex(bytes);
    if (unchangedDeck(job, hash)) return { kind: 'text', hash, bytes: undefined };
    if (noteKind(job.note, bytes) === 'binary') return { kind: 'binary' };
    return { kind: 'text', hash, bytes: new Uint8Array(bytes) };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

interface NoteJob extends NoteIdentity {
  decksDir: string;
  projectRoot: string;
  /** See BuildOptions.pathsFrom. */
  pathsFrom: string | undefined;
  /** Gets the deck this note has after the build, by deck file name. */
  current: Map<string, DeckFile>;
  read: NoteRead;
  /** Which added cards the review store has reviews of. */
  reviewed: StoreReader;
  /** The note's cards, queued for a worker since the build found the note changed. */
  extraction: (() => Promise<ExtractOutcome>) | undefined;
}

/** What tells whether a note's deck can be kept. */
interface NoteIdentity {
  note: string;
  source: string;
  slug: string;
  decks: ExistingDecks;
  force: boolean;
}

/** The note's deck, when it was built from these very bytes by these rules and can be kept. */
function unchangedDeck(job: NoteIdentity, hash: string): { slug: string; deck: DeckFile } | undefined {
  const same = job.decks.ofSource(job.source);
  const kept = !job.force && same?.slug === job.slug && same.deck.sourceHash === hash && same.deck.rules === RULES_VERSION && same.deck.format === DECK_FORMAT;
  return kept ? same : undefined;
}

/** The note's report, or the note parsed, held back to be matched by content (see buildDecks). */
async function buildNote(job: NoteJob): Promise<DeckReport | ParsedNote> {
  const { note, source, slug, decksDir, decks } = job;
  const deckFile = join(decksDir, `${slug}.json`);
  const here = decks.get(slug);
  if (here?.error) throw new UserError(here.error);
  const read = job.read;
  if (read.kind === 'failed') throw read.error;
  if (read.kind === 'binary') return skipped(source);
  const relativeDeckFile = toPosix(relative(job.projectRoot, deckFile));
  const same = read.kind === 'text' ? unchangedDeck(job, read.hash) : undefined;
  if (same) {
    const warnings = inLineOrder([...noticeWarnings(same.deck.notices ?? [], source, shownFrom(job.projectRoot, source, job.pathsFrom)), ...missingImages(same.deck.images, note, source)]);
    const count = cardCount(same.deck);
    job.current.set(`${slug}.json`, same.deck);
    return { ...emptyReport(source, 'unchanged'), name: same.deck.name, deckFile: relativeDeckFile, cards: count, kept: count, warnings };
  }
  // Only if an earlier note took this note's deck (moved notes) is a note found changed only now: read it again.
  if (read.kind === 'text' && !job.extraction && !read.bytes) return buildNote({ ...job, read: readForBuild(new NoteReader(), job) });

  // A note without a `#` title is named after its file: its first blocks are on a card of that name.
  const untitledName = untitledDeckName(note, slug);
  const outcome = await (job.extraction ? job.extraction() : extractHere(note, source, untitledName, read.kind === 'text' ? read.bytes : undefined));
  if (!outcome.ok) throw receivedError(outcome.error);
  if (outcome.extraction.binary) return skipped(source);
  const extracted: TextExtraction = outcome.extraction;
  const name = extracted.deckName !== undefined && extracted.deckName.trim() !== '' ? extracted.deckName : untitledName;
  const previous = decks.previousFor(source, slug, name, (deck) => continuesConcepts(name, extracted.cards, deck.cards));
  const parsed: ParsedNote = { job, extracted, name, cards: extracted.cards };
  // Held back only where a deck whose note is gone shares a concept with it: a new note usually has none.
  if (!previous && decks.mayContinueByContent(parsed)) return parsed;
  return writeNote(parsed, previous);
}

/** A note parsed whose deck is not written yet: it continues no deck by path, file name or deck name. */
interface ParsedNote extends UnmatchedNote {
  job: NoteJob;
  extracted: TextExtraction;
}

/** Write the note's deck, continuing `previous` (its cards' ids) if it has one. */
async function writeNote({ job, extracted, name }: ParsedNote, previous: PreviousDeck | undefined): Promise<DeckReport> {
  const { note, source, slug, decksDir, decks } = job;
  const deckFile = join(decksDir, `${slug}.json`);
  const relativeDeckFile = toPosix(relative(job.projectRoot, deckFile));
  if (previous?.slug !== slug) await decks.setAside(slug, source);
  const here = decks.get(slug);
  const extraWarnings: Warning[] = [];
  // A remembered deck's ids may have gone to other cards since (a new id is only kept off live decks' ids).
  const previousCards = previous?.remembered ? previous.deck.cards.filter((card) => !decks.isHeldElsewhere(card.id, slug, undefined)) : (previous?.deck.cards ?? []);
  const ids = assignIds(name, extracted.cards, previous ? underDeckName(previousCards, previous.deck.name, name) : [], (id) => decks.isHeldElsewhere(id, slug, previous?.slug));
  const cards: DeckCard[] = extracted.cards.map((card, n) => toDeckCard(card, ids[n]!, source));
  const { images } = extracted;
  const notices: DeckNotice[] = [];
  if (extracted.empty) notices.push({ kind: 'empty' });
  else if (cards.length === 0) notices.push({ kind: 'no-card' });
  notices.push(...extracted.readingNotices);
  for (const { line, written, label } of extracted.unresolvedImages) notices.push({ kind: 'undefined-image-reference', line, written, label });
  const deck: DeckFile = { format: DECK_FORMAT, name, source, sourceHash: extracted.hash, rules: RULES_VERSION, images, ...(notices.length > 0 ? { notices } : {}), cards };

  const serialized = serializeDeck(deck);
  const before = here ? (here.text ?? (await readFile(here.file, 'utf8').catch(() => undefined))) : undefined;
  if (serialized !== before) writeUserFileSync(deckFile, serialized);
  const written = new WrittenDeck(deckFile, deck);
  await decks.replaced(previous?.slug, slug, written);
  if (previous?.remembered) {
    try {
      await decks.forgetRemoved(previous.remembered);
    } catch (error) {
      // The deck is written; a memory left behind only takes room (and is never taken again by this note).
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      extraWarnings.push({ path: source, message: `could not delete ${toPosix(relative(job.projectRoot, previous.remembered.file))}, which its deck now continues (${why}): delete it by hand` });
    }
  }
  job.current.set(`${slug}.json`, written);

  const warnings = inLineOrder([...noticeWarnings(notices, source, shownFrom(job.projectRoot, source, job.pathsFrom)), ...missingImages(images, note, source), ...extraWarnings]);
  const changes = diff(previousCards, cards);
  const returning = changes.added > 0 ? (await job.reviewed.reviewedAmong(addedIds(previousCards, cards))) : 0;
  const continues = previous?.slug !== undefined && !previous.remembered && previous.slug !== slug ? toPosix(relative(job.projectRoot, join(decksDir, `${previous.slug}.json`))) : undefined;
  return {
    ...emptyReport(source, 'built'),
    ...changes,
    name,
    deckFile: relativeDeckFile,
    cards: cards.length,
    warnings,
    ...(previous?.remembered ? { restored: true as const } : {}),
    ...(continues !== undefined ? { continues } : {}),
    ...(returning > 0 ? { returning } : {}),
  };
}

/** The deck a note continues: in the folder (at `slug`), or remembered (removed-decks.ts), with no file there. */
interface PreviousDeck {
  slug: string | undefined;
  deck: DeckFile;
  remembered?: RememberedDeck;
}

/**
 * The deck files already in the decks folder, and which of them a note continues. A note continues
 * the deck built from the same path, whatever that deck's file is called; failing that, a deck of the
 * same file name or of the same name whose note is gone (the note was moved or renamed).
 */
class ExistingDecks {
  private readonly bySource = new Map<string, string>();
  /** Decks continued under another file name in this build (a renamed note's): old slug → new. */
  private readonly continuedAs = new Map<string, string>();
  /** The decks there were, in order, for `owners`. */
  private readonly initial: [string, DeckFile][] = [];
  /**
   * Which deck holds each card id (a new id must not be one another deck holds), made when a new id
   * is first checked: a rebuild whose cards all keep their ids never needs it, and 30,000 ids cost a
   * rebuild ~30 ms. Until then, the decks this build replaces are only noted.
   */
  private owners: IdOwners | undefined;
  private readonly replacements: Replacement[] = [];
  /** Decks already continued by a note in this build. */
  private readonly claimed = new Set<string>();
  /** The notes of this build and their decks' file names (assignSlugs). */
  private buildSources = new Set<string>();
  private buildSlugs = new Set<string>();
  /** See goneDecks. */
  private gone: { decks: PreviousDeck[]; index: GoneDecks } | undefined;
  /** Decks of gone notes kept aside because a new note took their file name (setAside). */
  private readonly setAsideReports: DeckReport[] = [];

  constructor(
    private readonly decks: Map<string, ExistingDeck>,
    private readonly projectRoot: string,
    private readonly removed: RemovedDecks,
  ) {
    for (const [slug, { deck, indexed }] of decks) {
      if (!deck) continue;
      // By its source as written, and in NFC too for a deck written before sources were NFC. Of two
      // decks of one note, the one a build wrote (in the index) is the note's; the other is a copy.
      // Without an index, the deck named as the note is (`net.json`, not `net copy.json`).
      const first = this.bySource.get(deck.source);
      const rank = (other: string) => (decks.get(other)!.indexed ? 2 : 0) + (other === noteSlug(deck.source) || other === pathSlug(deck.source) ? 1 : 0);
      if (first === undefined || (this.decks.get(first)!.deck!.source === deck.source && rank(slug) > rank(first))) this.bySource.set(deck.source, slug);
      if (!this.bySource.has(deck.source.normalize('NFC'))) this.bySource.set(deck.source.normalize('NFC'), slug);
      this.initial.push([slug, deck]);
    }
  }

  get(slug: string): ExistingDeck | undefined {
    return this.decks.get(slug);
  }

  /** Decks this build wrote under another file name (renamed notes'): old slug → new. */
  get renamed(): ReadonlyMap<string, string> {
    return this.continuedAs;
  }

  ofSource(source: string): { slug: string; deck: DeckFile } | undefined {
    const slug = this.bySource.get(source);
    const deck = slug === undefined ? undefined : this.decks.get(slug)?.deck;
    return slug !== undefined && deck ? { slug, deck } : undefined;
  }

  /**
   * The deck a note continues: a deck in the folder (see the class), or else one remembered from an
   * earlier build that removed it (removed-decks.ts), which has no file in the folder (`slug` none).
   */
  previousFor(source: string, slug: string, name: string, sharesCards: (deck: DeckFile) => boolean): PreviousDeck | undefined {
    // Found by file name or deck name alone (`정리.md`, `# 요약` are common), a deck is taken only if the
    // note continues its concepts: an unrelated note must not take another's ids, nor use up its memory.
    const found = this.ofSource(source) ?? this.orphan((other, deck) => other === slug || deck.name === name, slug, sharesCards);
    if (found) {
      this.claimed.add(found.slug);
      return found;
    }
    const remembered = this.removed.claim(source, slug, name, (gone) => !this.noteExists(gone), sharesCards);
    const deck = remembered?.deck();
    return remembered && deck ? { slug: undefined, deck, remembered } : undefined;
  }

  /** Whether a deck whose note is gone, and that no note has claimed, shares a concept's title with the note. */
  mayContinueByContent(note: UnmatchedNote): boolean {
    const gone = this.goneDecks();
    return gone.decks.length > 0 && gone.index.sharing(note, (deck) => this.isOpen(gone.decks[deck]!)).length > 0;
  }

  /**
   * The deck each note continues by its concepts alone (it continues none by path, file name or deck
   * name): a deck whose note is gone and that no note has claimed, or a remembered one. Each is
   * claimed for its note, as previousFor claims one.
   */
  continueByContent(notes: readonly UnmatchedNote[]): (PreviousDeck | undefined)[] {
    const gone = this.goneDecks();
    return gone.index
      .match(notes, (deck) => this.isOpen(gone.decks[deck]!))
      .map((deck) => {
        if (deck === undefined) return undefined;
        const found = gone.decks[deck]!;
        if (found.remembered) this.removed.take(found.remembered);
        else this.claimed.add(found.slug!);
        return found;
      });
  }

  /**
   * The decks a note may continue by content, made when a note first continues no deck otherwise:
   * decks in the folder whose notes are gone, then remembered ones. A copy of a deck is left out: the
   * note's own deck holds the same ids.
   */
  private goneDecks(): { decks: PreviousDeck[]; index: GoneDecks } {
    if (this.gone) return this.gone;
    const decks: PreviousDeck[] = [];
    for (const [slug, { deck }] of [...this.decks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!deck || this.bySource.get(deck.source) !== slug || this.buildSources.has(deck.source) || this.noteExists(deck.source)) continue;
      decks.push({ slug, deck });
    }
    for (const remembered of this.removed.gone((source) => !this.buildSources.has(source) && !this.noteExists(source))) {
      const deck = remembered.deck();
      if (deck) decks.push({ slug: undefined, deck, remembered });
    }
    this.gone = { decks, index: new GoneDecks(decks.map(({ deck }) => deck)) };
    return this.gone;
  }

  /**
   * Not claimed by a note yet. A deck file another note of this build is written to is not open either:
   * continued, its file would be removed.
   */
  private isOpen(candidate: PreviousDeck): boolean {
    if (candidate.remembered) return this.removed.isUnclaimed(candidate.remembered);
    return !this.claimed.has(candidate.slug!) && !this.buildSlugs.has(candidate.slug!) && this.decks.has(candidate.slug!);
  }

  async forgetRemoved(remembered: RememberedDeck): Promise<void> {
    await this.removed.forget(remembered);
  }

  /** A deck whose note is gone, chosen by `matches`, holding a card of the note; the deck at `slug` is preferred. */
  private orphan(matches: (slug: string, deck: DeckFile) => boolean, preferred: string, sharesCards: (deck: DeckFile) => boolean): { slug: string; deck: DeckFile } | undefined {
    // The deck's cards are read last: an indexed deck's come from its file.
    const candidates = [...this.decks].filter(
      ([other, { deck }]) => deck !== undefined && !this.claimed.has(other) && matches(other, deck) && !this.noteExists(deck.source) && sharesCards(deck),
    );
    // A note's own deck (the one the index names for it) before a copy of it, then the deck at `slug`.
    const rank = ([other, { deck }]: [string, ExistingDeck]) => (this.bySource.get(deck!.source) === other ? 0 : 2) + (other === preferred ? 0 : 1);
    candidates.sort((a, b) => rank(a) - rank(b));
    const [slug, entry] = candidates[0] ?? [];
    return slug !== undefined && entry?.deck ? { slug, deck: entry.deck } : undefined;
  }

  isHeldElsewhere(id: string, slug: string, previousSlug: string | undefined): boolean {
    if (!this.owners) {
      this.owners = { idOwner: new Map(), idsOf: new Map() };
      for (const [slug, deck] of this.initial) replaceIds(this.owners, { slug, ids: deckEntries(deck).ids });
      for (const replacement of this.replacements.splice(0)) replaceIds(this.owners, replacement);
    }
    const owner = this.owners.idOwner.get(id);
    return owner !== undefined && owner !== slug && owner !== previousSlug;
  }

  /** Record the deck just written; a deck it continues under another file name is removed. */
  async replaced(previousSlug: string | undefined, slug: string, deck: WrittenDeck): Promise<void> {
    const replacement = { previousSlug, slug, ids: deck.ids };
    if (this.owners) replaceIds(this.owners, replacement);
    else this.replacements.push(replacement);
    if (previousSlug !== undefined && previousSlug !== slug) {
      this.continuedAs.set(previousSlug, slug);
      const old = this.decks.get(previousSlug);
      if (old) await rm(old.file, { force: true });
      this.decks.delete(previousSlug);
    }
    this.claimed.add(slug);
  }

  /**
   * A deck's file name is its note's file name, kept once given. Notes sharing a file name (in
   * different folders), or taking a name another live note's deck has, are named by their path.
   */
  assignSlugs(sources: readonly string[]): string[] {
    this.buildSources = new Set(sources);
    const slugs: (string | undefined)[] = sources.map((source) => this.bySource.get(source));
    const taken = new Set(slugs.filter((slug): slug is string => slug !== undefined));
    const wanted = sources.map((source) => noteSlug(source));
    const counts = new Map<string, number>();
    sources.forEach((_, n) => slugs[n] === undefined && counts.set(wanted[n]!, (counts.get(wanted[n]!) ?? 0) + 1));
    const assigned = sources.map((source, n) => {
      const kept = slugs[n];
      if (kept !== undefined) return kept;
      let slug = wanted[n]!;
      const holder = this.decks.get(slug)?.deck;
      const heldByLiveNote = holder !== undefined && holder.source !== source && this.noteExists(holder.source);
      if (counts.get(slug)! > 1 || heldByLiveNote || taken.has(slug)) slug = pathSlug(source);
      if (taken.has(slug)) slug = slugify(`${slug}-${sha256Hex(source).slice(0, 8)}`);
      taken.add(slug);
      return slug;
    });
    this.buildSlugs = new Set(assigned);
    return assigned;
  }

  /**
   * Decks whose note was deleted (when the note lay under a path being built) or is now left out by
   * `.amgiignore`, and second decks of a note that has a deck under another name. Each is moved aside
   * (removed-decks.ts), so that its note, coming back, continues its cards' ids.
   */
  async removeStale(paths: readonly string[], built: ReadonlySet<string>, filter?: NoteFilter): Promise<DeckReport[]> {
    const roots = paths.map((path) => resolve(path).normalize('NFC'));
    const reports: DeckReport[] = [...this.setAsideReports];
    for (const [slug, { deck, file }] of this.decks) {
      if (!deck || built.has(slug) || this.claimed.has(slug)) continue;
      const notePath = resolve(this.projectRoot, deck.source).normalize('NFC');
      const covered = roots.some((root) => notePath === root || notePath.startsWith(root.endsWith(sep) ? root : root + sep));
      const bySource = this.bySource.get(deck.source) ?? this.bySource.get(deck.source.normalize('NFC'));
      // Another deck file is the note's deck: this one is a copy, whose ids that deck holds. Deleted when
      // the note was built, or is gone (remembered, it could be taken for the note's own deck).
      const duplicate = bySource !== undefined && bySource !== slug && (built.has(bySource) || (covered && !this.noteExists(deck.source)));
      const ignored = !duplicate && covered && this.noteExists(deck.source) && filter?.ignores(notePath, false) === true;
      if (!duplicate && !ignored && (!covered || this.noteExists(deck.source))) continue;
      const warnings: Warning[] = [];
      if (duplicate) {
        await removeFile(file);
      } else {
        try {
          await this.removed.keep(file, slug, deck);
        } catch (error) {
          // Only a memory: the deck goes as it did before there was one, and the build says what is lost.
          await removeFile(file);
          const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          warnings.push({ path: deck.source, message: `could not keep its deck in ${toPosix(relative(this.projectRoot, join(dirname(file), REMOVED_DECKS_FOLDER)))}/ (${why}): if the note comes back, cards whose titles were edited get new ids` });
        }
      }
      // The note's deck, under its new name if the note was renamed in this build.
      const holder = duplicate ? (this.continuedAs.get(bySource!) ?? bySource!) : undefined;
      const copyOf = holder !== undefined ? { copyOf: toPosix(relative(this.projectRoot, this.decks.get(holder)?.file ?? join(dirname(file), `${holder}.json`))) } : {};
      reports.push({ ...emptyReport(deck.source, 'removed'), name: deck.name, deckFile: toPosix(relative(this.projectRoot, file)), removed: cardCount(deck), warnings, ...(ignored ? { ignored: true as const } : {}), ...copyOf });
    }
    return reports;
  }

  /**
   * The deck at `slug` is the deck of a note that is gone, and the note about to be written there (a
   * new note of the same file name, elsewhere) does not continue it: kept as removeStale keeps the decks
   * of gone notes, before it is written over, so that its note, coming back, keeps its cards' ids.
   */
  async setAside(slug: string, source: string): Promise<void> {
    const here = this.decks.get(slug);
    if (!here?.deck || here.deck.source.normalize('NFC') === source.normalize('NFC') || this.noteExists(here.deck.source)) return;
    const { deck, file } = here;
    const warnings: Warning[] = [];
    try {
      await this.removed.keep(file, slug, deck);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      warnings.push({ path: deck.source, message: `could not keep its deck in ${toPosix(relative(this.projectRoot, join(dirname(file), REMOVED_DECKS_FOLDER)))}/ (${why}): if the note comes back, cards whose titles were edited get new ids` });
    }
    this.decks.delete(slug);
    this.setAsideReports.push({ ...emptyReport(deck.source, 'removed'), name: deck.name, deckFile: toPosix(relative(this.projectRoot, file)), removed: cardCount(deck), warnings });
  }

  /**
   * A folder on the command line that holds no note now, whose notes' decks are all here: refused, so
   * that an unmounted or unsynced folder does not remove every deck (they would be remembered, but a
   * build that empties decks/ should be asked for).
   */
  refuseEmptiedFolders(paths: readonly string[], notes: readonly string[], pathsFrom = this.projectRoot): void {
    const found = notes.map((note) => resolve(note).normalize('NFC'));
    const under = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
    for (const path of paths) {
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory() !== true) continue;
      const root = resolve(path).normalize('NFC');
      if (found.some((note) => under(root, note))) continue;
      const gone = [...this.decks.values()].filter(({ deck }) => deck !== undefined && under(root, resolve(this.projectRoot, deck.source).normalize('NFC')) && !this.noteExists(deck.source));
      if (gone.length === 0) continue;
      const files = gone.map(({ file }) => toPosix(relative(pathsFrom, file)));
      const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
      throw new UserError(
        `${path}: holds no notes now, but ${gone.length === 1 ? 'a deck was' : `${gone.length} decks were`} built from notes in it (${named}). ` +
          'Nothing was removed. If the notes were moved, or the folder is not synced or mounted yet, bring them back and build again; ' +
          'if you deleted them all, build with --allow-empty to remove their decks.',
        1,
      );
    }
  }

  /** Whether the note may still be there: only "no such file" says it is gone (not a folder it cannot read). */
  private noteExists(source: string): boolean {
    try {
      statSync(join(this.projectRoot, source));
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return true;
      return findOnDisk(join(this.projectRoot, source)) !== undefined; // named in NFD on disk
    }
  }
}

interface IdOwners {
  idOwner: Map<string, string>;
  /** The ids each deck was given in idOwner (some may have passed to another deck since). */
  idsOf: Map<string, readonly string[]>;
}

/** A deck (at `slug`) that now holds `ids`, and replaces the deck at `previousSlug` if there was one. */
interface Replacement {
  previousSlug?: string | undefined;
  slug: string;
  ids: readonly string[];
}

function replaceIds({ idOwner, idsOf }: IdOwners, { previousSlug, slug, ids }: Replacement): void {
  // Only the two decks' own ids are looked at: going through every id for each note made a build
  // quadratic in the number of cards.
  for (const owner of previousSlug === undefined ? [slug] : [slug, previousSlug]) {
    for (const id of idsOf.get(owner) ?? []) if (idOwner.get(id) === owner) idOwner.delete(id);
    idsOf.delete(owner);
  }
  for (const id of ids) idOwner.set(id, slug);
  idsOf.set(slug, ids);
}

function toDeckCard(card: ExtractedCard, id: string, source: string): DeckCard {
  return {
    id,
    front: card.front,
    back: card.back,
    tags: card.tags,
    source: { path: source, line: card.line },
    kind: card.kind,
    title: card.title,
    section: card.section,
  };
}

function addedIds(previous: readonly DeckCard[], cards: readonly DeckCard[]): string[] {
  const before = new Set(previous.map((card) => card.id));
  return cards.filter((card) => !before.has(card.id)).map((card) => card.id);
}

/**
 * The review store, opened (read-only) at the first card added and kept for the build; its module,
 * and SQLite's, are loaded only then. Without a store, nothing is read.
 */
class StoreReader {
  private store: import('../store/store.js').ReviewedCards | undefined;
  private opened = false;

  constructor(private readonly path: string | undefined) {}

  async reviewedAmong(ids: readonly string[]): Promise<number> {
    if (!this.path || ids.length === 0) return 0;
    if (!this.opened) {
      this.opened = true;
      if (!existsSync(this.path)) return 0;
      const { ReviewedCards } = await import('../store/store.js');
      this.store = ReviewedCards.open(this.path);
    }
    return this.store?.among(ids).size ?? 0;
  }

  close(): void {
    this.store?.close();
    this.store = undefined;
  }
}

function diff(previous: readonly DeckCard[], cards: readonly DeckCard[]): Pick<DeckReport, 'added' | 'changed' | 'kept' | 'removed'> {
  const before = new Map(previous.map((card) => [card.id, card]));
  const ids = new Set(cards.map((card) => card.id));
  let added = 0;
  let changed = 0;
  let kept = 0;
  for (const card of cards) {
    const old = before.get(card.id);
    if (!old) added++;
    else if (old.front === card.front && old.back === card.back && old.tags.join('\u0000') === card.tags.join('\u0000')) kept++;
    else changed++;
  }
  const removed = previous.filter((card) => !ids.has(card.id)).length;
  return { added, changed, kept, removed };
}

/** The deck files already there: from the index where it is fresh, else read and parsed. */
async function loadDecks(decksDir: string): Promise<Map<string, ExistingDeck>> {
  const decks = new Map<string, ExistingDeck>();
  for (const { file, slug, indexed } of await indexedDeckFiles(decksDir)) {
    if (indexed) {
      decks.set(slug, { file, deck: indexed, indexed: true });
      continue;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      decks.set(slug, { file, text: '', error: `${file}: cannot read the deck file (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      continue;
    }
    try {
      decks.set(slug, { file, text, deck: parseDeck(file, text) });
    } catch (error) {
      decks.set(slug, { file, text, error: (error as Error).message });
    }
  }
  return decks;
}

/** A deck file deleted; one already gone is no error, and any other says its own cause (`rm` turns EPERM into ENOTDIR). */
async function removeFile(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** A note's warnings as its lines go, those about the note as a whole first (sort is stable). */
function inLineOrder(warnings: Warning[]): Warning[] {
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function missingImages(images: readonly { src: string; line: number }[], note: string, source: string): Warning[] {
  const warnings: Warning[] = [];
  const listings = new Map<string, string[] | undefined>();
  const seen = new Set<string>();
  for (const { src, line } of images) {
    // The same image twice on a line (or held by two cards) is said once.
    const key = `${line} ${src}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isUrl(src)) continue; // nothing to check on disk
    const location = imageLocation(note, src, listings);
    const image = lookUpImage(location, listings);
    if ('problem' in image) warnings.push({ path: source, line, message: imageProblem(src, image.problem) });
    const others = otherVaultImages(note, src, location);
    if (others.length > 0) {
      const shown = (path: string) => relative(process.cwd(), path);
      warnings.push({ path: source, line, message: `${src} is in ${others.length + 1} places of the vault; using ${shown(location)} (not ${others.map(shown).join(', ')}): write its folder to choose` });
    }
  }
  return warnings;
}

function describeFailure(note: string, error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof RangeError) return `${note}: the note is nested too deeply to read; flatten its deepest lists or quotes.`;
  return `${note}: internal error while building (${error instanceof Error ? error.message : String(error)}). Please report it with the note attached.`;
}

function failedReport(job: NoteJob, error: unknown): DeckReport {
  return { ...emptyReport(job.source, 'failed'), error: describeFailure(job.note, error) };
}

function skipped(source: string): DeckReport {
  return { ...emptyReport(source, 'skipped'), warnings: [{ path: source, message: 'not a text file; skipped' }] };
}

function emptyReport(note: string, status: DeckReport['status']): DeckReport {
  return { note, status, cards: 0, added: 0, changed: 0, kept: 0, removed: 0, warnings: [] };
}

