/** Loading what a review session or `amgi due` needs: the decks, the store, the scheduler, the settings. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { noDecksError } from '../deck/deck-file.js';
import { DECK_INDEX_FILE, deckEntries, readDecksLazily, shownDeckNames } from '../deck/deck-index.js';
import { Scheduler } from '../schedule/fsrs.js';
import { ReviewStore, type DecksFolder } from '../store/store.js';
import { readVaultId } from '../export/vault.js';
import { UserError } from '../util/errors.js';
import { realPath } from '../util/paths.js';
import { readConfig, type ReviewConfig } from './config.js';
import type { QueueDeck } from './queue.js';

export interface SessionOptions {
  decksDir: string;
  /** Review store file; default `<decks>/amgi.sqlite`. */
  store?: string;
  /** Deck names or file names to review; empty for all. */
  decks?: readonly string[];
  overrides?: Parameters<typeof readConfig>[1];
  /** Only looking: a missing store is taken as empty rather than created, and one that cannot be written is read as it is. */
  readOnly?: boolean;
  /** A missing store is taken as empty rather than created (implied by readOnly). */
  existingOnly?: boolean;
}

export interface SessionData {
  /** The chosen decks' cards, deck by deck (see QueueDeck). */
  decks: QueueDeck[];
  deckNames: string[];
  /**
   * The chosen decks read again when `amgi build` has written the folder since they were read (its
   * index changed), or undefined when it has not: a session left open while notes are edited and
   * rebuilt shows the cards as they are now.
   */
  reloadIfRebuilt?: () => Promise<Pick<SessionData, 'decks' | 'deckNames'> | undefined>;
  /** Whether `amgi build` has written the folder since the decks were read (reloadIfRebuilt then reads them). */
  decksRebuilt?: () => boolean;
  store: ReviewStore;
  scheduler: Scheduler;
  config: ReviewConfig;
  /** `amgi review --ahead DAYS`: review cards due up to that many study days from today now. */
  reviewAheadDays?: number;
  /** `amgi review --cram`: every card of the decks, weakest first, with nothing recorded (cram.ts). */
  cram?: boolean;
}

export function defaultStorePath(decksDir: string): string {
  return join(resolve(decksDir), 'amgi.sqlite');
}

/**
 * Where the review store is: `store` (from --store or AMGI_STORE) or the one in the decks folder. A
 * folder that is not there is a typo or the wrong working folder, never an empty history: reading
 * commands would otherwise report nothing (`log export` writing an empty backup), and answering ones
 * would have nowhere to write.
 */
export function storeLocation(decksDir: string, store: string | undefined): string {
  if (store !== undefined) {
    if (!existsSync(dirname(resolve(store)))) throw new UserError(`no folder ${dirname(store)}/ for the review store given with --store (or AMGI_STORE): check the path.`, 2);
    // A device (`/dev/null`) would read as an empty history, and answers would go nowhere.
    const info = existsSync(store) ? statSync(store) : undefined;
    if (info?.isDirectory()) throw new UserError(`${store}: is a folder; --store (or AMGI_STORE) names the review store's file, such as decks/amgi.sqlite.`, 2);
    if (info && !info.isFile()) throw new UserError(`${store}: not a regular file (a device, pipe or socket); --store (or AMGI_STORE) names the review store's file, such as decks/amgi.sqlite.`, 2);
    return store;
  }
  if (!existsSync(resolve(decksDir))) {
    throw new UserError(`no decks folder ${resolve(decksDir)}/: run amgi in your project folder (where \`amgi build\` wrote decks/), or give --decks or --store.`, 2);
  }
  if (!statSync(resolve(decksDir)).isDirectory()) throw noDecksError(decksDir);
  return defaultStorePath(decksDir);
}

/**
 * The decks folder as the review store records it (see store/served-folders.ts): by its `.amgi-id`
 * (read, never made), its real path (a link to it is the same folder), and whether the store lies in it.
 */
export function decksFolderOf(decksDir: string, storePath: string): DecksFolder {
  const path = realPath(decksDir);
  return { id: readVaultId(path), path, holdsStore: dirname(realPath(storePath)) === path };
}

export async function loadSession(options: SessionOptions): Promise<SessionData> {
  const decksDir = resolve(options.decksDir);
  let stamp = indexStamp(decksDir);
  /** The index as it was when reading the decks again failed: tried again only once a build changes it. */
  let failed: string | undefined;
  const reloadIfRebuilt = async () => {
    const now = indexStamp(decksDir);
    if (now === stamp || now === failed) return undefined;
    try {
      const decks = await chosenDecks(decksDir, options);
      stamp = now;
      failed = undefined;
      return decks;
    } catch (error) {
      failed = now; // the session goes on with the decks it has
      throw error;
    }
  };
  const decksRebuilt = () => {
    const now = indexStamp(decksDir);
    return now !== stamp && now !== failed;
  };
  return { ...(await chosenDecks(decksDir, options)), reloadIfRebuilt, decksRebuilt, ...openStore(options) };
}

/** The index's size and time, which every build that writes a deck changes. */
function indexStamp(decksDir: string): string {
  const info = statSync(join(decksDir, DECK_INDEX_FILE), { throwIfNoEntry: false });
  return info ? `${info.size}:${info.mtimeMs}` : '';
}

async function chosenDecks(decksDir: string, options: SessionOptions): Promise<Pick<SessionData, 'decks' | 'deckNames'>> {
  const all = await readDecksLazily(decksDir);
  if (all.length === 0) throw noDecksError(options.decksDir);
  const wanted = [...new Set((options.decks ?? []).map((name) => name.normalize('NFC').toLowerCase()))];
  const chosen = wanted.length === 0 ? all : all.filter(({ deck, slug }) => wanted.includes(deck.name.toLowerCase()) || wanted.includes(slug.toLowerCase()));
  if (wanted.some((name) => !chosen.some(({ deck, slug }) => deck.name.toLowerCase() === name || slug.toLowerCase() === name))) {
    const names = all.map(({ deck, slug }) => `  ${deck.name}  (${slug})`).join('\n');
    throw new UserError(`no deck named ${wanted.filter((name) => !chosen.some(({ deck, slug }) => deck.name.toLowerCase() === name || slug.toLowerCase() === name)).map((name) => `"${name}"`).join(', ')}. The decks are:\n${names}`, 2);
  }
  // Counted by name: two notes with the same `#` title are one deck on screen, as in Anki.
  const shownName = shownDeckNames(all.map(({ deck }) => deck));
  return { decks: chosen.map(({ deck }) => deckEntries(deck, shownName(deck))), deckNames: [...new Set(chosen.map(({ deck }) => shownName(deck)))] };
}

export interface StoreSession {
  store: ReviewStore;
  scheduler: Scheduler;
  config: ReviewConfig;
}

/**
 * The review store with the scheduler its reviews are judged by: settings from amgi.config.json,
 * and the FSRS parameters `amgi optimize` adopted into the store (else the defaults).
 */
export function openStore(options: Pick<SessionOptions, 'decksDir' | 'store' | 'overrides' | 'readOnly' | 'existingOnly'>): StoreSession {
  const decksDir = resolve(options.decksDir);
  const config = readConfig(dirname(decksDir), options.overrides);
  const storePath = storeLocation(options.decksDir, options.store);
  const existingOnly = options.readOnly || options.existingOnly;
  // Looking (amgi due, stats) never creates a store; answering does.
  const missing = !existsSync(storePath) || statSync(storePath).size === 0;
  const store = ReviewStore.open(existingOnly && missing ? ':memory:' : storePath, { onlyReads: options.readOnly === true });
  try {
    // Found at the first answer: starting a session reads nothing more for it.
    if (!options.readOnly) store.writesFor(() => decksFolderOf(options.decksDir, storePath));
    const weights = store.parameters()?.weights;
    const settings = weights ? { ...config.scheduler, weights } : config.scheduler;
    return { store, scheduler: new Scheduler(settings), config: { ...config, scheduler: settings } };
  } catch (error) {
    store.close();
    if (error instanceof UserError) throw error;
    throw new UserError(`${storePath}: the FSRS parameters stored by \`amgi optimize\` are unusable (${(error as Error).message}). Run \`amgi optimize --force\` to fit them again.`);
  }
}
