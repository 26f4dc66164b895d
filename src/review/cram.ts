/**
 * `amgi review --cram`: practice before an exam, every card of the chosen decks whatever its due date,
 * the weakest first. Nothing is recorded: no review is logged and no card rescheduled, as in Anki's
 * filtered decks that do not reschedule. Again brings the card back a few cards later; another grade
 * sets it aside for the session. Pure: the session (session.ts) shows what this orders.
 */
import { retrievability, type Rating, type ScheduleState } from '../schedule/fsrs.js';
import type { CardFactsLookup } from '../store/card-facts.js';
import type { QueueDeck } from './queue.js';

/** Cards shown before a card answered Again comes back (sooner where fewer are left). */
export const AGAIN_GAP = 4;

const DAY_MS = 86_400_000;

/** A card to practise, and how likely it is to be recalled (undefined: never studied): see WEIGHED_AHEAD_MS. */
export interface CramCandidate {
  id: string;
  recall: number | undefined;
}

/**
 * How likely a card is to be recalled at `at`, by the FSRS forgetting curve of `weights`; undefined
 * for a card never studied (no state, or new: state 0).
 */
export function recallAt(state: Pick<ScheduleState, 'state' | 'stability' | 'lastReview'> | undefined, weights: readonly number[], at: number): number | undefined {
  if (!state || state.state === 0 || state.lastReview === undefined || !(state.stability > 0)) return undefined;
  const recall = retrievability(weights, state.stability, (at - state.lastReview) / DAY_MS);
  // A damaged row (a last review that is not a number) is taken as never studied, not as a sort key of NaN.
  return Number.isFinite(recall) ? Math.min(1, Math.max(0, recall)) : undefined;
}

/**
 * Cards are weighed by their recall a day from now, the exam of the night before: by recall now, a
 * card failed minutes ago (just seen, so nearly sure now) would come last, though its memory is the
 * weakest.
 */
export const WEIGHED_AHEAD_MS = DAY_MS;

/**
 * The decks' cards to practise, in note order: all but suspended ones (buried ones too: they wait for
 * reviews, not for this), and the suspended ones left out.
 */
export function cramCandidates(decks: readonly QueueDeck[], states: CardFactsLookup, weights: readonly number[], now: number): { candidates: CramCandidate[]; suspended: Set<string> } {
  const candidates: CramCandidate[] = [];
  const suspended = new Set<string>();
  for (const deck of decks) {
    // By id value where both sides have them: hashing 100,000 id strings took several times as long.
    const keys = states.getByKey ? deck.keys?.() : undefined;
    deck.ids.forEach((id, position) => {
      const state = keys ? states.getByKey!(keys[position]!) : states.get(id);
      if (state?.suspended) suspended.add(id);
      else candidates.push({ id, recall: recallAt(state, weights, now + WEIGHED_AHEAD_MS) });
    });
  }
  return { candidates, suspended };
}

/**
 * Weakest first: cards never studied (nothing to recall them by), then studied cards by their
 * probability of recall, lowest first; ties in note order.
 */
export function cramOrder(candidates: readonly CramCandidate[]): string[] {
  const fresh: string[] = [];
  if (candidates.length >= PLACES) {
    // Beyond any real collection: sorted as objects (stable: equal recall keeps note order).
    const studied = candidates.filter((card) => card.recall !== undefined).sort((a, b) => a.recall! - b.recall!);
    return [...candidates.filter((card) => card.recall === undefined).map((card) => card.id), ...studied.map((card) => card.id)];
  }
  // Recall to eight places (as ts-fsrs rounds it) and the card's place in one number, sorted as
  // numbers: ties keep note order, and 100,000 cards sort in a few ms, not 120 ms as objects.
  const keys = new Float64Array(candidates.length);
  let studied = 0;
  candidates.forEach((card, place) => {
    if (card.recall === undefined) fresh.push(card.id);
    else keys[studied++] = Math.round(card.recall * 1e8) * PLACES + place;
  });
  const sorted = keys.subarray(0, studied).sort();
  const order = fresh;
  for (let n = 0; n < studied; n++) order.push(candidates[sorted[n]! % PLACES]!.id);
  return order;
}

/** Places a sort key leaves for the card's place: 1e8 × PLACES stays below 2^53. */
const PLACES = 2 ** 22;

/** One answer in a cram session. */
export interface CramStep {
  id: string;
  rating: Rating;
}

/** The cards still to practise, next first. */
export class CramQueue {
  private pending: string[];
  /** Passed (2–4) in this session. */
  private readonly passed = new Set<string>();

  /** `leftOut`: cards of the decks not practised (suspended), which a rebuild must not add. */
  constructor(
    order: readonly string[],
    private readonly leftOut: ReadonlySet<string> = new Set(),
  ) {
    this.pending = [...order];
  }

  get next(): string | undefined {
    return this.pending[0];
  }

  get left(): number {
    return this.pending.length;
  }

  /** Cards passed (2–4) in this session. */
  get passedCount(): number {
    return this.passed.size;
  }

  /** The card shown (the next one) answered: gone for the session, or back after AGAIN_GAP cards on Again. */
  answer(rating: Rating): CramStep {
    const id = this.pending.shift();
    if (id === undefined) throw new Error('no card to answer');
    if (rating === 1) this.pending.splice(Math.min(AGAIN_GAP, this.pending.length), 0, id);
    else this.passed.add(id);
    return { id, rating };
  }

  /** Undo an answer (the last one): its card is next again, and not also where Again put it back. */
  undo(step: CramStep): void {
    const requeued = this.pending.indexOf(step.id);
    if (requeued >= 0) this.pending.splice(requeued, 1);
    this.passed.delete(step.id);
    this.pending.unshift(step.id);
  }

  /** Cards no longer in the notes (decks rebuilt meanwhile) are dropped. */
  keepOnly(isKept: (id: string) => boolean): void {
    this.pending = this.pending.filter(isKept);
  }

  /**
   * Cards of the decks that are neither to come nor passed (added to a note since the session began,
   * or given a new id by an edit), at the end: the session has begun on the cards it had.
   */
  addMissing(ids: Iterable<string>): void {
    const pending = new Set(this.pending);
    for (const id of ids) {
      if (pending.has(id) || this.passed.has(id) || this.leftOut.has(id)) continue;
      pending.add(id);
      this.pending.push(id);
    }
  }
}
