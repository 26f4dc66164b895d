/**
 * `amgi build`: notes → deck files. The I/O edge of the pipeline: it finds and reads notes, skips
 * those unchanged since their deck was built, and writes each deck atomically. Everything it decides
 * about cards comes from the pure modules in `cards/` and `identity.ts`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { cardsFromText, RULES_VERSION } from '../cards/cards.js';
import type { DraftCard, Warning } from '../cards/types.js';
import { findNotes } from '../notes/find-notes.js';
import { assertNestingWithinLimit } from '../notes/parse-note.js';
import { readNote } from '../notes/read-note.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { sha256Hex } from '../util/hash.js';
import { DECK_FORMAT, parseDeck, serializeDeck, type DeckCard, type DeckFile } from './deck-file.js';
import { assignIds } from './identity.js';
import { noteSlug, pathSlug, slugify } from './slug.js';

export interface BuildOptions {
  /** Where deck files go; their sources are recorded relative to the folder that holds it. */
  decksDir: string;
  /** Note files and folders. */
  paths: readonly string[];
  /** Parse every note, even those unchanged since their deck was built. */
  force?: boolean;
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
}

export interface BuildReport {
  decks: DeckReport[];
  /** True when no note failed. */
  ok: boolean;
}

interface ExistingDeck {
  file: string;
  text: string;
  deck?: DeckFile;
  error?: string;
}

export async function buildDecks(options: BuildOptions): Promise<BuildReport> {
  const decksDir = resolve(options.decksDir);
  const projectRoot = dirname(decksDir);
  const notes = await findNotes(options.paths);
  const existing = await loadDecks(decksDir);
  const idOwner = new Map<string, string>();
  for (const [slug, { deck }] of existing) for (const card of deck?.cards ?? []) idOwner.set(card.id, slug);

  const sourceOf = (note: string) => toPosix(relative(projectRoot, resolve(note)));
  const slugs = assignSlugs(notes.map(sourceOf), existing, projectRoot);
  const claimed = new Set<string>(); // stale decks taken over by a renamed note
  const reports: DeckReport[] = [];
  for (const [n, note] of notes.entries()) {
    const source = sourceOf(note);
    const slug = slugs[n]!;
    try {
      reports.push(await buildNote({ note, source, slug, decksDir, projectRoot, existing, idOwner, claimed, force: options.force ?? false }));
    } catch (error) {
      reports.push({ ...emptyReport(source, 'failed'), error: describeFailure(note, error) });
    }
  }
  reports.push(...(await removeStaleDecks(existing, options.paths, projectRoot, new Set(slugs))));
  return { decks: reports, ok: reports.every((report) => report.status !== 'failed') };
}

interface NoteJob {
  note: string;
  source: string;
  slug: string;
  decksDir: string;
  projectRoot: string;
  existing: Map<string, ExistingDeck>;
  idOwner: Map<string, string>;
  claimed: Set<string>;
  force: boolean;
}

async function buildNote(job: NoteJob): Promise<DeckReport> {
  const { note, source, slug, decksDir } = job;
  const deckFile = join(decksDir, `${slug}.json`);
  const here = job.existing.get(slug);
  if (here?.error) throw new UserError(here.error);
  const read = await readNote(note);
  if (read.kind === 'binary') {
    return { ...emptyReport(source, 'skipped'), warnings: [{ path: source, message: 'not a text file; skipped' }] };
  }
  const { text, hash } = read.note;
  const previousHere = here?.deck?.source === source ? here.deck : undefined;
  const relativeDeckFile = toPosix(relative(job.projectRoot, deckFile));
  if (!job.force && previousHere && previousHere.sourceHash === hash && previousHere.rules === RULES_VERSION && previousHere.format === DECK_FORMAT) {
    const warnings = await missingImages(previousHere.images, note, source);
    const count = previousHere.cards.length;
    return { ...emptyReport(source, 'unchanged'), name: previousHere.name, deckFile: relativeDeckFile, cards: count, kept: count, warnings };
  }

  assertNestingWithinLimit(source, text);
  const extracted = cardsFromText(text);
  const name = extracted.deckName ?? fileTitle(note);
  const renamed = previousHere ? undefined : findRenamedDeck(job, name);
  const previous = previousHere ?? renamed?.deck;
  const ids = assignIds(name, extracted.cards, previous?.cards ?? [], (id) => {
    const owner = job.idOwner.get(id);
    return owner !== undefined && owner !== slug && owner !== renamed?.slug;
  });
  const cards: DeckCard[] = extracted.cards.map((draft, n) => toDeckCard(draft, ids[n]!, source));
  const images = extracted.cards.flatMap((draft) => draft.concept.images);
  const deck: DeckFile = { format: DECK_FORMAT, name, source, sourceHash: hash, rules: RULES_VERSION, images, cards };

  const serialized = serializeDeck(deck);
  if (serialized !== here?.text) await writeDeckFile(deckFile, serialized, toPosix(relative(process.cwd(), deckFile)));
  for (const card of previous?.cards ?? []) {
    const owner = job.idOwner.get(card.id);
    if (owner === slug || owner === renamed?.slug) job.idOwner.delete(card.id);
  }
  for (const card of cards) job.idOwner.set(card.id, slug);

  const warnings = await missingImages(images, note, source);
  if (text.trim() === '') warnings.unshift({ path: source, message: 'the note is empty' });
  else if (cards.length === 0) {
    warnings.unshift({ path: source, message: `no card found in the note; run \`amgi explain ${source}\` to see why each block did not become a card` });
  }
  return { ...emptyReport(source, 'built'), ...diff(previous?.cards ?? [], cards), name, deckFile: relativeDeckFile, cards: cards.length, warnings };
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
};

async function writeDeckFile(path: string, content: string, shown: string): Promise<void> {
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    const problem = WRITE_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ''];
    if (!problem) throw error;
    throw new UserError(`cannot write ${shown}: ${problem}. Check the decks folder (--decks or AMGI_DECKS); the previous deck file, if any, is unchanged.`);
  }
}

function toDeckCard(draft: DraftCard, id: string, source: string): DeckCard {
  return {
    id,
    front: draft.front,
    back: draft.back,
    tags: draft.tags,
    source: { path: source, line: draft.line },
    kind: draft.kind,
    title: draft.title,
    section: draft.section,
  };
}

/** A note renamed since its deck was built: a deck of the same name whose note is gone. */
function findRenamedDeck(job: NoteJob, name: string): { deck: DeckFile; slug: string } | undefined {
  for (const [slug, { deck }] of job.existing) {
    if (!deck || deck.name !== name || job.claimed.has(slug) || slug === job.slug) continue;
    if (deck.source === job.source || existsSync(join(job.projectRoot, deck.source))) continue;
    job.claimed.add(slug);
    return { deck, slug };
  }
  return undefined;
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

/** Decks whose note was deleted: removed when their note lay under a path being built. */
async function removeStaleDecks(
  existing: Map<string, ExistingDeck>,
  paths: readonly string[],
  projectRoot: string,
  built: ReadonlySet<string>,
): Promise<DeckReport[]> {
  const roots = paths.map((path) => resolve(path));
  const reports: DeckReport[] = [];
  for (const [slug, { deck, file }] of existing) {
    if (!deck || built.has(slug)) continue;
    const notePath = resolve(projectRoot, deck.source);
    const covered = roots.some((root) => notePath === root || notePath.startsWith(root.endsWith(sep) ? root : root + sep));
    if (!covered || existsSync(notePath)) continue;
    await rm(file, { force: true });
    reports.push({
      ...emptyReport(deck.source, 'removed'),
      name: deck.name,
      deckFile: toPosix(relative(projectRoot, file)),
      removed: deck.cards.length,
    });
  }
  return reports;
}

/**
 * A deck's file name is its note's file name; notes sharing a file name (in different folders), or
 * taking the name of another note's deck, are named by their path instead.
 */
function assignSlugs(sources: readonly string[], existing: Map<string, ExistingDeck>, projectRoot: string): string[] {
  const wanted = sources.map((source) => noteSlug(source));
  const counts = new Map<string, number>();
  for (const slug of wanted) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const taken = new Set<string>();
  return sources.map((source, n) => {
    let slug = wanted[n]!;
    const other = existing.get(slug)?.deck;
    const heldByLiveNote = other !== undefined && other.source !== source && existsSync(join(projectRoot, other.source)) && !sources.includes(other.source);
    if (counts.get(slug)! > 1 || heldByLiveNote || taken.has(slug)) slug = pathSlug(source);
    if (taken.has(slug)) slug = slugify(`${slug}-${sha256Hex(source).slice(0, 8)}`);
    taken.add(slug);
    return slug;
  });
}

async function loadDecks(decksDir: string): Promise<Map<string, ExistingDeck>> {
  const decks = new Map<string, ExistingDeck>();
  let names: string[];
  try {
    names = await readdir(decksDir);
  } catch {
    return decks;
  }
  for (const name of names.sort()) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const file = join(decksDir, name);
    const text = await readFile(file, 'utf8');
    try {
      decks.set(name.slice(0, -'.json'.length), { file, text, deck: parseDeck(file, text) });
    } catch (error) {
      decks.set(name.slice(0, -'.json'.length), { file, text, error: (error as Error).message });
    }
  }
  return decks;
}

async function missingImages(images: readonly { src: string; line: number }[], note: string, source: string): Promise<Warning[]> {
  const warnings: Warning[] = [];
  for (const { src, line } of images) {
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue; // a URL: nothing to check on disk
    let path = src.replace(/[?#].*$/, '');
    try {
      path = decodeURI(path);
    } catch {
      // keep it as written
    }
    const full = isAbsolute(path) ? path : join(dirname(note), path);
    try {
      await stat(full);
    } catch {
      warnings.push({ path: source, line, message: `image not found: ${src}` });
    }
  }
  return warnings;
}

function describeFailure(note: string, error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof RangeError) return `${note}: the note is nested too deeply to read; flatten its deepest lists or quotes.`;
  return `${note}: internal error while building (${error instanceof Error ? error.message : String(error)}). Please report it with the note attached.`;
}

function emptyReport(note: string, status: DeckReport['status']): DeckReport {
  return { note, status, cards: 0, added: 0, changed: 0, kept: 0, removed: 0, warnings: [] };
}

function fileTitle(note: string): string {
  return (note.split(/[\\/]/).pop() ?? note).replace(/\.(md|markdown)$/i, '').normalize('NFC');
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
