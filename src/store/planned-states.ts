import type { CardStateKind, ScheduleState } from '../schedule/fsrs.js';

/**
 * The card states an import or an adoption of parameters plans to save, with the cards' flags, as
 * columns. Kept as 100,000 objects through the plan, some of the objects each card's replay made
 * outlived it: now and then V8 then promoted the replay's garbage wholesale, and the import's peak
 * rose from 200 to 300 MB.
 */
export class PlannedStates {
  count = 0;
  /** Which card (an index into the caller's ids) each planned state is for. */
  readonly card: Int32Array;
  private readonly due: Float64Array;
  private readonly stability: Float64Array;
  private readonly difficulty: Float64Array;
  /** NaN for a card never reviewed. */
  private readonly lastReview: Float64Array;
  private readonly scheduledDays: Int32Array;
  private readonly learningSteps: Int32Array;
  private readonly reps: Int32Array;
  private readonly lapses: Int32Array;
  private readonly state: Uint8Array;
  private readonly suspended: Uint8Array;
  /** NaN for a card not buried. */
  private readonly buriedUntilDay: Float64Array;

  constructor(capacity: number) {
    this.card = new Int32Array(capacity);
    this.due = new Float64Array(capacity);
    this.stability = new Float64Array(capacity);
    this.difficulty = new Float64Array(capacity);
    this.lastReview = new Float64Array(capacity);
    this.scheduledDays = new Int32Array(capacity);
    this.learningSteps = new Int32Array(capacity);
    this.reps = new Int32Array(capacity);
    this.lapses = new Int32Array(capacity);
    this.state = new Uint8Array(capacity);
    this.suspended = new Uint8Array(capacity);
    this.buriedUntilDay = new Float64Array(capacity);
  }

  push(card: number, state: ScheduleState, flags?: { suspended: boolean; buriedUntilDay: number | undefined }): void {
    // A typed array ignores writes past its end: a miscounted plan must fail, not save zeros.
    if (this.count === this.card.length) throw new RangeError(`more than the ${this.card.length} planned card states made room for`);
    const k = this.count++;
    this.card[k] = card;
    this.due[k] = state.due;
    this.stability[k] = state.stability;
    this.difficulty[k] = state.difficulty;
    this.lastReview[k] = state.lastReview ?? Number.NaN;
    this.scheduledDays[k] = state.scheduledDays;
    this.learningSteps[k] = state.learningSteps;
    this.reps[k] = state.reps;
    this.lapses[k] = state.lapses;
    this.state[k] = state.state;
    this.suspended[k] = flags?.suspended ? 1 : 0;
    this.buriedUntilDay[k] = flags?.buriedUntilDay ?? Number.NaN;
  }

  /** The flags pushed with planned state k. */
  flagsAt(k: number): { suspended: boolean; buriedUntilDay: number | undefined } {
    const buried = this.buriedUntilDay[k]!;
    return { suspended: this.suspended[k] === 1, buriedUntilDay: Number.isNaN(buried) ? undefined : buried };
  }

  /** Planned state k, as an object again (for a moment: to save it). */
  at(k: number): ScheduleState {
    const lastReview = this.lastReview[k]!;
    return {
      due: this.due[k]!,
      stability: this.stability[k]!,
      difficulty: this.difficulty[k]!,
      scheduledDays: this.scheduledDays[k]!,
      learningSteps: this.learningSteps[k]!,
      reps: this.reps[k]!,
      lapses: this.lapses[k]!,
      state: this.state[k] as CardStateKind,
      lastReview: Number.isNaN(lastReview) ? undefined : lastReview,
    };
  }
}
