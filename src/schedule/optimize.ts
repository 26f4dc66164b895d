/**
 * `amgi optimize` as a library call: fit FSRS parameters to the review log (to a sample of its cards
 * when the whole would take the optimizer over its memory target), compare them with the
 * parameters in use on the same reviews, adopt them only if they predict better (Anki's rule) or when
 * forced, and recompute every card's memory state under them by replaying its history.
 */
import type { ReviewEntry, ReviewStore, StoredCard } from '../store/store.js';
import { UserError } from '../util/errors.js';
import { fitLog, type FittedPart } from './fsrs-items.js';
import { DEFAULT_WEIGHTS, Scheduler } from './fsrs.js';
import { CHILD_MEMORY_TARGET_MB, childMemoryBudget, runOptimizer } from './optimizer.js';

/** Below this, a fit is mostly noise (Anki warned below 1,000 reviews; fsrs.md §6.5). */
export const RECOMMENDED_REVIEWS = 1000;

export interface OptimizeOptions {
  /** Adopt the new parameters even if they are not better. */
  force?: boolean;
  /** Fit and report, change nothing. */
  dryRun?: boolean;
  /** Also move due dates to what the new parameters would have scheduled (default: memory state only). */
  reschedule?: boolean;
  now?: number;
  /**
   * The optimizer's child should peak under this many MB (default CHILD_MEMORY_TARGET_MB): a larger
   * log is fitted on a sample of its cards, as many as that holds. An estimate, from the items.
   */
  memoryTargetMb?: number;
  /** Fit on every review, however much memory that takes. */
  allReviews?: boolean;
  /** Called once the items are built and valid, just before the fit starts: the log's reviews and items, and the part fitted on. */
  onStart?: (reviews: number, items: number, fitted: FittedPart) => void;
  onProgress?: (current: number, total: number) => void;
}

export interface OptimizeReport {
  parameters: number[];
  logLossBefore: number;
  logLossAfter: number;
  rmseBefore: number;
  rmseAfter: number;
  adopted: boolean;
  /** The parameters in use before this run. */
  previous: number[];
  reviews: number;
  items: number;
  cards: number;
  invalidItems: number;
  /** Too little data: the optimizer gave back the default parameters unchanged. */
  defaultsReturned: boolean;
  better: boolean;
  dryRun: boolean;
  cardsRecomputed: number;
  /** The fit was on a sample of the cards (the log was larger than the child's memory target holds). */
  sampled: boolean;
  /** Reviews less those of the cards the sample left out; all of them without a sample. */
  reviewsFitted: number;
  itemsFitted: number;
  cardsFitted: number;
}

export async function optimize(store: ReviewStore, scheduler: Scheduler, options: OptimizeOptions = {}): Promise<OptimizeReport> {
  const budget = options.allReviews ? undefined : childMemoryBudget(options.memoryTargetMb ?? CHILD_MEMORY_TARGET_MB);
  const log = fitLog(store.reviewsByCard(), scheduler, budget);
  if (log.items === 0) {
    const yours = log.reviews === 0 ? 'you have no reviews yet' : log.reviews === 1 ? 'your one review is not such' : `none of your ${log.reviews} reviews are such`;
    throw new UserError(
      `nothing to learn from yet: FSRS fits your memory from cards answered again on a later day, and ${yours}. Review for a few weeks, then run \`amgi optimize\` again.`,
    );
  }
  options.onStart?.(log.reviews, log.items, log.fitted);
  const previous = [...scheduler.settings.weights];
  // The pieces are handed over, not kept here: each is let go once the child has read it. Both
  // parameter sets are scored there on the same items, those of the sample if one was taken.
  const fit = await runOptimizer({ current: previous, numRelearningSteps: scheduler.settings.relearningSteps.length }, options.onProgress, log.csv.splice(0));
  const better = fit.after.logLoss < fit.before.logLoss;
  const adopt = !options.dryRun && (better || options.force === true);
  let cardsRecomputed = 0;
  if (adopt) {
    const next = new Scheduler({ ...scheduler.settings, weights: fit.parameters });
    cardsRecomputed = store.adoptParameters(
      { weights: fit.parameters, adoptedAt: options.now ?? Date.now(), logLoss: fit.after.logLoss, rmse: fit.after.rmse, reviews: log.reviews },
      (cardId, stored, history) => recomputeCard(cardId, stored, history, next, { keepDue: !options.reschedule }),
    );
  }
  return {
    parameters: fit.parameters,
    logLossBefore: fit.before.logLoss,
    logLossAfter: fit.after.logLoss,
    rmseBefore: fit.before.rmse,
    rmseAfter: fit.after.rmse,
    adopted: adopt,
    previous,
    reviews: log.reviews,
    items: log.items,
    cards: log.cards,
    invalidItems: log.invalid,
    defaultsReturned: sameWeights(fit.parameters, DEFAULT_WEIGHTS),
    better,
    dryRun: options.dryRun === true,
    cardsRecomputed,
    sampled: log.fitted.sampled,
    reviewsFitted: log.fitted.reviews,
    itemsFitted: log.fitted.items,
    cardsFitted: log.fitted.cards,
  };
}

/**
 * Every reviewed card's state replayed from its history under `scheduler`. With `keepDue`, only the
 * memory state (stability, difficulty) changes and each card stays due when it was (as Anki does
 * unless "reschedule cards on change" is on); otherwise the whole replayed state is taken.
 * Suspension and burial are kept either way.
 */
export function recomputeStates(cards: ReadonlyMap<string, StoredCard>, reviews: readonly ReviewEntry[], scheduler: Scheduler, { keepDue }: { keepDue: boolean }): StoredCard[] {
  const byCard = new Map<string, ReviewEntry[]>();
  for (const review of reviews) {
    const history = byCard.get(review.cardId);
    if (history) history.push(review);
    else byCard.set(review.cardId, [review]);
  }
  return [...byCard].map(([cardId, history]) => recomputeCard(cardId, cards.get(cardId), history, scheduler, { keepDue }));
}

/** One card's state replayed from its history (oldest first) under `scheduler`; see recomputeStates. */
export function recomputeCard(cardId: string, stored: StoredCard | undefined, history: readonly ReviewEntry[], scheduler: Scheduler, { keepDue }: { keepDue: boolean }): StoredCard {
  const answers = history.map((review) => ({ time: review.reviewTime, rating: review.rating }));
  if (stored && keepDue) return { ...stored, ...scheduler.memoryAfter(answers) };
  const replayed = scheduler.replay(cardId, answers).at(-1)!.next;
  return { ...replayed, id: cardId, suspended: stored?.suspended ?? false, buriedUntilDay: stored?.buriedUntilDay };
}

function sameWeights(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, n) => Math.abs(value - b[n]!) < 1e-6);
}
