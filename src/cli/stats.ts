import picocolors from 'picocolors';
import { CardScope } from '../review/queue.js';
import { fixedAmbiguousWidth } from '../review/config.js';
import { loadSession } from '../review/session-data.js';
import { setAmbiguousWidth } from '../util/ambiguous-width.js';
import { renderStats } from '../stats/render.js';
import { computeStats, heatmapDayStarts, RECENT_FROM } from '../stats/stats.js';
import { printJson } from './output.js';

export interface StatsCommandOptions {
  decks: string;
  store?: string;
  json?: boolean;
}

/** `amgi stats`: card states, the due forecast, the past year's reviews, retention, leeches. */
export async function runStats(deckNames: string[], options: StatsCommandOptions): Promise<number> {
  const session = await loadSession({ decksDir: options.decks, ...(options.store ? { store: options.store } : {}), decks: deckNames, readOnly: true });
  // Tables only: the terminal is not asked, as `amgi review` asks it (see fixedAmbiguousWidth).
  setAmbiguousWidth(fixedAmbiguousWidth(session.config.ambiguousWidth));
  try {
    const now = Date.now();
    // No object per card: cards are found by id value in the store's columns, and made only as leeches.
    const reviews = session.store.answerCountsByDay(heatmapDayStarts(session.scheduler, now), new CardScope(session.decks), RECENT_FROM);
    const stats = computeStats({ decks: session.decks, deckNames: session.deckNames, states: session.store.cardFacts(), reviews, scheduler: session.scheduler }, now);
    if (options.json) {
      printJson(stats);
      return 0;
    }
    const colors = picocolors.createColors(!process.env.NO_COLOR && process.stdout.isTTY === true);
    process.stdout.write(`${renderStats(stats, { width: 80, colors, everyDeck: deckNames.length === 0 }).join('\n')}\n`);
    return 0;
  } finally {
    session.store.close();
  }
}
