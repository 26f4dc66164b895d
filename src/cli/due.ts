import { dueAndForecast, usageToday } from '../review/queue.js';
import { fixedAmbiguousWidth } from '../review/config.js';
import { loadSession } from '../review/session-data.js';
import { setAmbiguousWidth } from '../util/ambiguous-width.js';
import { studyDate } from '../schedule/fsrs.js';
import { plainTable } from '../util/plain-columns.js';
import { formatCount } from '../util/count.js';
import { printJson } from './output.js';

export interface DueCommandOptions {
  decks: string;
  store?: string;
  json?: boolean;
  newPerDay?: number;
  reviewsPerDay?: number;
}

const FORECAST_DAYS = 7;

/** `amgi due`: what is due today per deck, and reviews falling due over the next 7 days. */
export async function runDue(deckNames: string[], options: DueCommandOptions): Promise<number> {
  const session = await loadSession({
    decksDir: options.decks,
    ...(options.store ? { store: options.store } : {}),
    decks: deckNames,
    readOnly: true,
    overrides: { newPerDay: options.newPerDay, reviewsPerDay: options.reviewsPerDay },
  });
  // Tables only: the terminal is not asked, as `amgi review` asks it (see fixedAmbiguousWidth).
  setAmbiguousWidth(fixedAmbiguousWidth(session.config.ambiguousWidth));
  const now = Date.now();
  try {
    // The forecast looks FORECAST_DAYS ahead; cards due later are not read in full.
    const states = session.store.cardsDueBefore(now + (FORECAST_DAYS + 1) * 86_400_000);
    const usage = usageToday(session.store, session.scheduler, now);
    const { today, forecast: ahead } = dueAndForecast(session.decks, states, usage, session.config.limits, session.scheduler, now, FORECAST_DAYS, session.deckNames);
    const dates = Array.from({ length: FORECAST_DAYS }, (_, n) => studyDate(session.scheduler.studyDay(now) + n));
    if (options.json) {
      printJson({
        date: dates[0],
        decks: session.deckNames.map((name) => ({ name, ...today.byDeck.get(name)!, forecast: ahead.get(name)! })),
        total: today.total,
        forecast: dates.map((date, n) => ({ date, due: session.deckNames.reduce((sum, name) => sum + ahead.get(name)![n]!, 0) })),
        limits: today.limits,
        doneToday: today.usage,
      });
      return 0;
    }
    const rows: string[][] = [['', '새 카드', '학습 중', '복습'], ...session.deckNames.map((name) => [name, ...counts(today.byDeck.get(name)!)])];
    if (session.deckNames.length > 1) rows.push(['합계', ...counts(today.total)]);
    const forecastRows = [['', ...dates.map((date) => date.slice(5))], ...session.deckNames.map((name) => [name, ...ahead.get(name)!.map(formatCount)])];
    // Deck names beyond ASCII and Hangul (an emoji, say) need string-width, loaded only then.
    let todayTable = plainTable(rows);
    let forecastTable = todayTable && plainTable(forecastRows);
    if (!todayTable || !forecastTable) {
      const { table } = await import('../util/columns.js');
      todayTable = table(rows);
      forecastTable = table(forecastRows);
    }
    const lines = [`오늘 (${dates[0]}) — new / learning / review`, ...todayTable, ''];
    lines.push(`하루 한도: 새 카드 ${today.limits.newPerDay}, 복습 ${today.limits.reviewsPerDay} (오늘 한 것: 새 카드 ${today.usage.newIntroduced}장, 복습 ${today.usage.reviewsDone}장)`);
    lines.push('', '앞으로 7일 동안 복습할 카드 (reviews due, next 7 days)');
    lines.push(...forecastTable);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    session.store.close();
  }
}

function counts(due: { new: number; learning: number; review: number }): string[] {
  return [formatCount(due.new), formatCount(due.learning), formatCount(due.review)];
}
