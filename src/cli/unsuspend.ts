import { existsSync } from 'node:fs';
import { deckEntries, readDecksLazily, shownDeckNames } from '../deck/deck-index.js';
import { findCards } from '../review/queue.js';
import { decksFolderOf, storeLocation } from '../review/session-data.js';
import { DEFAULT_SETTINGS, Scheduler } from '../schedule/fsrs.js';
import { ReviewStore } from '../store/store.js';
import { UserError } from '../util/errors.js';
import { canonicalCardId } from '../util/hex-ids.js';
import { plural, printJson } from './output.js';

export interface UnsuspendCommandOptions {
  decks: string;
  store?: string;
  all?: boolean;
  json?: boolean;
}

/** `amgi unsuspend [ID...] [--all]`: without ids, lists suspended cards; with them, brings them back. */
export async function runUnsuspend(given: string[], options: UnsuspendCommandOptions): Promise<number> {
  const ids = given.map(canonicalCardId);
  // The cards' content is read only for the cards listed.
  const files = (await readDecksLazily(options.decks)).map(({ deck }) => deck);
  const shownName = shownDeckNames(files);
  const decks = files.map((deck) => deckEntries(deck, shownName(deck)));
  const storePath = storeLocation(options.decks, options.store);
  if (options.store !== undefined && !existsSync(storePath)) throw new UserError(`${storePath}: no review store there; check --store (or AMGI_STORE).`, 2);
  // Without a store nothing is suspended: none is made just to say so.
  const store = ReviewStore.open(existsSync(storePath) ? storePath : ':memory:', { onlyReads: ids.length === 0 && !options.all });
  try {
    store.writesFor(decksFolderOf(options.decks, storePath));
    const suspended = store.suspendedIds();
    const unknown = ids.filter((id) => !suspended.includes(id));
    if (unknown.length > 0) throw new UserError(`not suspended: ${unknown.join(', ')}. Run \`amgi unsuspend\` to list the suspended cards.`, 2);
    const chosen = options.all ? suspended : ids;
    const shown = chosen.length > 0 ? chosen : suspended;
    // Fronts are read before anything is saved: a deck file that cannot be read leaves every card as it was.
    const cards = findCards(decks, shown);
    const listed = shown.map((id) => {
      const entry = cards.get(id);
      return { id, front: entry ? `${entry.deck} › ${entry.card.front}` : '(in no deck)' };
    });
    const scheduler = new Scheduler(DEFAULT_SETTINGS); // only needed for a card without a row, which cannot be suspended
    for (const id of chosen) store.setSuspended(scheduler, id, false, Date.now());
    if (options.json) printJson({ suspended: chosen.length > 0 ? [] : listed, unsuspended: chosen.length > 0 ? listed : [] });
    else if (chosen.length > 0) process.stdout.write(`Brought back ${plural(chosen.length, 'card')}:\n${listed.map(({ id, front }) => `  ${id}  ${oneLine(front)}`).join('\n')}\n`);
    else if (suspended.length === 0) process.stdout.write('No suspended cards.\n');
    else {
      const bringBack = suspended.length === 1 ? `Bring it back with \`amgi unsuspend ${suspended[0]}\`.` : 'Bring them back with `amgi unsuspend ID...` or `amgi unsuspend --all`.';
      process.stdout.write(`${plural(suspended.length, 'suspended card')}:\n${listed.map(({ id, front }) => `  ${id}  ${oneLine(front)}`).join('\n')}\n${bringBack}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** A front on one line of the list: a multiple-choice question's choices follow it on the same line. */
function oneLine(front: string): string {
  return front.replace(/\n/g, ' / ');
}
