import picocolors from 'picocolors';
import { allEntries } from '../review/queue.js';
import { loadSession } from '../review/session-data.js';
import { renderStats } from '../stats/render.js';
import { computeStats } from '../stats/stats.js';
import { printJson } from './output.js';

export interface StatsCommandOptions {
  decks: string;
  store?: string;
  json?: boolean;
}

/** `amgi stats`: card states, the due forecast, the past year's reviews, retention, leeches. */
export async function runStats(deckNames: string[], options: StatsCommandOptions): Promise<number> {
  const session = await loadSession({ decksDir: options.decks, ...(options.store ? { store: options.store } : {}), decks: deckNames, readOnly: true });
  try {
    const stats = computeStats(
      { cards: allEntries(session.decks), deckNames: session.deckNames, states: session.store.cards(), reviews: session.store.iterateReviews(Date.now() - 367 * 86_400_000), scheduler: session.scheduler },
      Date.now(),
    );
    if (options.json) {
      printJson(stats);
      return 0;
    }
    const colors = picocolors.createColors(!process.env.NO_COLOR && process.stdout.isTTY === true);
    process.stdout.write(`${renderStats(stats, { width: 80, colors }).join('\n')}\n`);
    return 0;
  } finally {
    session.store.close();
  }
}
