import picocolors from 'picocolors';
import { allEntries } from '../review/queue.js';
import { loadSession } from '../review/session-data.js';
import { renderStats } from '../stats/render.js';
import { computeStats, heatmapDayStarts } from '../stats/stats.js';
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
    const now = Date.now();
    const cards = allEntries(session.decks);
    const reviews = session.store.answerCountsByDay(heatmapDayStarts(session.scheduler, now), cards.map(({ card }) => card.id));
    const stats = computeStats({ cards, deckNames: session.deckNames, states: session.store.cards(), reviews, scheduler: session.scheduler }, now);
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
