import { openStore } from '../review/session-data.js';
import { optimize, RECOMMENDED_REVIEWS, type OptimizeReport } from '../schedule/optimize.js';
import { CHILD_MEMORY_TARGET_MB } from '../schedule/optimizer.js';
import { UserError } from '../util/errors.js';
import { plural, printJson } from './output.js';

/** The memory the optimizer's child should stay under, in MB, when not the default. */
const MEMORY_VARIABLE = 'AMGI_OPTIMIZE_MEMORY_MB';

export interface OptimizeCommandOptions {
  decks: string;
  store?: string;
  json?: boolean;
  dryRun?: boolean;
  force?: boolean;
  reschedule?: boolean;
  allReviews?: boolean;
}

/** `amgi optimize`: fit FSRS to this learner's reviews; adopt the fit only if it predicts them better. */
export async function runOptimize(options: OptimizeCommandOptions): Promise<number> {
  const memoryTargetMb = memoryTarget();
  // A missing store is not created just to say there is nothing to fit; a dry run only reads.
  const { store, scheduler } = openStore({ decksDir: options.decks, ...(options.store ? { store: options.store } : {}), existingOnly: true, readOnly: options.dryRun === true });
  try {
    const showProgress = process.stderr.isTTY === true && !options.json;
    let fitting = '';
    const report = await optimize(store, scheduler, {
      force: options.force ?? false,
      dryRun: options.dryRun ?? false,
      reschedule: options.reschedule ?? false,
      allReviews: options.allReviews ?? false,
      memoryTargetMb,
      onStart: (reviews, items, fitted) => {
        if (reviews < RECOMMENDED_REVIEWS) {
          process.stderr.write(
            `warning: only ${plural(reviews, 'review')}; FSRS needs about ${RECOMMENDED_REVIEWS.toLocaleString('en')} for a fit that means much. The new parameters are adopted only if they predict your reviews better.\n`,
          );
        }
        fitting = fitted.sampled
          ? `Fitting FSRS parameters to ${plural(fitted.items, 'item')} from ${fitted.reviews.toLocaleString('en')} of ${plural(reviews, 'review')} (a sample of cards)…`
          : `Fitting FSRS parameters to ${plural(items, 'item')} from ${plural(reviews, 'review')}…`;
        if (!options.json) process.stderr.write(`${fitting}${showProgress ? '' : '\n'}`);
      },
      onProgress: (current, total) => {
        if (showProgress && total > 0) process.stderr.write(`\r${fitting} ${Math.floor((100 * current) / total)}%`);
      },
    });
    if (showProgress) process.stderr.write('\n');
    if (options.json) {
      const { parameters, logLossBefore, logLossAfter, rmseBefore, rmseAfter, adopted, ...details } = report;
      printJson({ parameters, logLossBefore, logLossAfter, rmseBefore, rmseAfter, adopted, ...details });
    } else {
      process.stdout.write(`${describe(report, options.reschedule === true, memoryTargetMb).join('\n')}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** AMGI_OPTIMIZE_MEMORY_MB, checked; the default when unset. */
function memoryTarget(): number {
  const value = process.env[MEMORY_VARIABLE];
  if (value === undefined || value === '') return CHILD_MEMORY_TARGET_MB;
  const megabytes = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(megabytes > 0)) throw new UserError(`${MEMORY_VARIABLE} must be a number of megabytes, such as ${CHILD_MEMORY_TARGET_MB}; it is ${JSON.stringify(value)}.`);
  return megabytes;
}

function describe(report: OptimizeReport, reschedule: boolean, memoryTargetMb: number): string[] {
  const invalid = report.invalidItems > 0 ? `; ${report.invalidItems} invalid left out` : '';
  const lines = report.sampled
    ? [
        `Fitted to ${plural(report.itemsFitted, 'item')} from ${report.cardsFitted.toLocaleString('en')} of ${plural(report.cards, 'card')} (${report.reviewsFitted.toLocaleString('en')} of ${plural(report.reviews, 'review')}${invalid}).`,
        `All of them would take the optimizer over about ${memoryTargetMb.toLocaleString('en')} MB, so it fitted a sample of whole cards, chosen by their ids:`,
        'the same reviews give the same sample. --all-reviews fits on every review.',
      ]
    : [`Fitted to ${plural(report.items, 'item')} from ${plural(report.cards, 'card')} (${plural(report.reviews, 'review')}${invalid}).`];
  lines.push(
    '',
    '               in use    fitted',
    `  log loss     ${report.logLossBefore.toFixed(4)}    ${report.logLossAfter.toFixed(4)}    (lower is better)`,
    `  RMSE (bins)  ${percent(report.rmseBefore)}    ${percent(report.rmseAfter)}    (how far predicted recall is off, on average)`,
    '',
  );
  if (report.defaultsReturned) lines.push('The optimizer gave back the default parameters: after its outlier filter there were too few reviews to fit.');
  if (report.dryRun) {
    lines.push(`Dry run: nothing changed. ${report.better ? 'The fitted parameters predict your reviews better and would be adopted.' : 'The fitted parameters are not better and would not be adopted.'}`);
  } else if (report.adopted) {
    lines.push(
      report.better ? 'Adopted: the fitted parameters predict your reviews better.' : 'Adopted (--force), although the fitted parameters are not better.',
      reschedule
        ? `Recomputed ${plural(report.cardsRecomputed, 'card')} from their history, with new due dates.`
        : `Recomputed the memory state of ${plural(report.cardsRecomputed, 'card')} from their history; due dates are unchanged (--reschedule moves them).`,
    );
  } else {
    lines.push('Kept the parameters in use: the fitted ones do not predict your reviews better (--force adopts them anyway).');
  }
  lines.push('', report.adopted ? 'Parameters now in use:' : 'Fitted parameters (not adopted):', ...wrapNumbers(report.parameters));
  return lines;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(2)}%`.padStart(6);
}

/** 21 numbers, seven to a line. */
function wrapNumbers(values: readonly number[]): string[] {
  const lines: string[] = [];
  for (let n = 0; n < values.length; n += 7) lines.push(`  ${values.slice(n, n + 7).map((value) => value.toFixed(4)).join(', ')}`);
  return lines;
}
