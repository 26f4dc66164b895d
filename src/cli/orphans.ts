import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RemovedDecks } from '../deck/removed-decks.js';
import { collapseWhitespace } from '../util/text.js';
import { noDecksError, readDeckFolder } from '../deck/deck-file.js';
import { deckEntries, readDecksLazily } from '../deck/deck-index.js';
import { CardScope } from '../review/queue.js';
import { decksFolderOf, storeLocation } from '../review/session-data.js';
import { sharedStoreNote, sharedStoreRefusal } from '../store/served-folders.js';
import { ReviewStore } from '../store/store.js';
import { UserError } from '../util/errors.js';
import { plural, printJson } from './output.js';
import { table } from '../util/columns.js';
import { formatCount } from '../util/count.js';

export interface OrphansCommandOptions {
  decks: string;
  store?: string;
  purge?: boolean;
  /** With purge: purge even though the store has also served another decks folder (see store/served-folders.ts). */
  anyFolder?: boolean;
  json?: boolean;
}

/**
 * `amgi orphans [--purge [--any-folder]]`: reviewed cards whose id is in no deck any more. Their history
 * is kept (it comes back if the id returns, say when a deleted concept is written again) until purged.
 * A store that has also served another decks folder holds its cards too, which look like orphans here:
 * the list says so, and a purge refuses unless told --any-folder.
 */
export async function runOrphans(options: OrphansCommandOptions): Promise<number> {
  if (options.anyFolder && !options.purge) throw new UserError('--any-folder goes with --purge: it lets a purge delete the cards of other decks folders the store has served.', 2);
  // Listing takes the ids from the deck index; purging, which deletes history for good, reads every
  // deck file whole first, so a damaged one stops it.
  const decks = options.purge ? await readDeckFolder(options.decks) : await readDecksLazily(options.decks);
  // With no decks, every reviewed card would look orphaned: a mistyped --decks must not purge a history.
  if (decks.length === 0) throw noDecksError(options.decks, 'check --decks (or run `amgi build`) before looking for orphans.');
  const ids = new CardScope(decks.map(({ deck }) => deckEntries(deck)));
  const storePath = storeLocation(options.decks, options.store);
  // A store named that is not there is a typo; without the default one no card was ever reviewed, so
  // none is an orphan: no store is made just to say so.
  if (options.store !== undefined && !existsSync(storePath)) throw new UserError(`${storePath}: no review store there; check --store (or AMGI_STORE).`, 2);
  const store = ReviewStore.open(existsSync(storePath) ? storePath : ':memory:', { onlyReads: !options.purge });
  try {
    const folder = decksFolderOf(options.decks, storePath);
    store.writesFor(folder);
    const found = store.orphans(ids);
    const others = store.otherFolders(folder);
    // Refused before anything is printed; asked again under the write lock as the purge begins.
    if (options.purge && !options.anyFolder && found.length > 0 && others.length > 0) throw sharedStoreRefusal(storePath, others, folder);
    const counts = store.reviewCounts(found);
    // Cards of notes deleted or left out since: their decks are remembered, and they come back with them.
    const remembered = found.length > 0 ? new RemovedDecks(resolve(options.decks)).cardsById() : new Map<string, { front: string; source: string }>();
    const orphans = found.map((id) => {
      const card = remembered.get(id);
      return { id, reviews: counts.get(id) ?? 0, ...(card ? { front: card.front, removedNote: card.source } : {}) };
    });
    const purged = options.purge ? store.purgeOrphans(ids, { folder, anyFolder: options.anyFolder === true }) : 0;
    if (options.json) {
      const otherFolders = others.map((other) => ({ id: other.id ?? null, path: other.path ?? null, lastWritten: other.lastWritten === undefined ? null : new Date(other.lastWritten).toISOString() }));
      printJson({ orphans, purged, ...(otherFolders.length > 0 ? { otherFolders } : {}) });
    } else if (orphans.length === 0) {
      process.stdout.write('No orphans: every reviewed card is in a deck.\n');
    } else {
      // The count in a column of its own, so that numbers line up whatever word follows (ids of other
      // tools differ in length). A card whose answers were all undone has no review, but has a history.
      const lines = table(orphans.map(({ id, reviews }) => [id, formatCount(reviews)])).map((line, n) => {
        const { reviews, front, removedNote } = orphans[n]!;
        const what = reviews === 1 ? 'review' : reviews === 0 ? 'reviews (its answers were undone)' : 'reviews';
        return `${line} ${what}${front !== undefined ? `  ${collapseWhitespace(front)} (${removedNote})` : ''}`;
      });
      const inRemoved = orphans.filter((orphan) => orphan.removedNote !== undefined).length;
      const removedNotes =
        inRemoved > 0 && !options.purge ? `${plural(inRemoved, 'of them is', 'of them are')} in notes deleted or left out by .amgiignore, shown with their fronts: built again, those notes bring them back.\n` : '';
      const shared = others.length > 0 && !options.purge ? `${sharedStoreNote(others, folder)}\n` : '';
      const purge = others.length > 0 ? '`amgi orphans --purge` refuses while it may take another folder\'s history; `--purge --any-folder` deletes all of it for good.' : '`amgi orphans --purge` deletes it for good.';
      const tail = options.purge
        ? `Purged ${plural(purged, 'card')} and their history${others.length > 0 ? ', whichever decks folder they came from; the store now serves this folder alone' : ''}.`
        : `${removedNotes}${shared}Their history comes back if their ids return. ${purge}`;
      process.stdout.write(`${plural(orphans.length, 'card')} with history but in no deck:\n${lines.join('\n')}\n${tail}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}
