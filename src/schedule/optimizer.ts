/**
 * Runs the FSRS optimizer (`@open-spaced-repetition/binding`, fsrs-rs through N-API) in a child
 * process (optimizer-child.ts), so that a crash in native code cannot take the CLI down with it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { UserError } from '../util/errors.js';
import type { FitBudget, ItemReview } from './fsrs-items.js';

export interface OptimizerRequest {
  /** Items made here; without them, the child makes items from `log`. */
  items?: ItemReview[][];
  /** Parameters in use now, evaluated on the same items as the new ones. */
  current: number[];
  numRelearningSteps: number;
}

export interface Metrics {
  logLoss: number;
  /** RMSE over bins of (interval, review count, lapses), as Anki shows it. */
  rmse: number;
}

export type OptimizerMessage =
  | { type: 'progress'; current: number; total: number }
  | { type: 'result'; parameters: number[]; before: Metrics; after: Metrics }
  /** fsrs-rs found too few usable items after its own filtering. */
  | { type: 'not-enough-data' };

/** The optimizer had too little to work with; nothing is wrong with the data. */
export class NotEnoughDataError extends UserError {}

export type OptimizerResult = Extract<OptimizerMessage, { type: 'result' }>;

/** The compiled child script; from the TypeScript sources (as tests run them), the compiled copy in dist/. */
const CHILD = fileURLToPath(
  import.meta.url.endsWith('.ts') ? new URL('../../dist/schedule/optimizer-child.js', import.meta.url) : new URL('./optimizer-child.js', import.meta.url),
);

/** The peak the child is kept under by default, fitting on a sample of cards when the log is larger. */
export const CHILD_MEMORY_TARGET_MB = 250;

/**
 * What a log costs the child at its peak, in bytes: a part that does not grow with the log (Node,
 * the binding; 48 MB measured, 60 counted, leaving room for the peak's run-to-run variation of a few
 * MB), and per training item and per review the items hold together (each item holds its card's
 * history up to it). Fitted to the peaks of 13 logs of 75,000–800,000 items, by GNU time, within
 * 4 MB: 536 bytes per distinct item and 21 per review in them. Every item is counted here as
 * distinct: in real logs nearly every item is, and where many are alike (the bench's generated log)
 * the child only stays further below the target.
 */
const CHILD_FIXED_BYTES = 60 * 2 ** 20;
const BYTES_PER_ITEM = 550;
const BYTES_PER_ITEM_REVIEW = 22;

/** The budget for the items of a fit whose child should peak under `targetMb` (see CHILD_FIXED_BYTES). */
export function childMemoryBudget(targetMb: number): FitBudget {
  return {
    budget: targetMb * 2 ** 20 - CHILD_FIXED_BYTES,
    cost: (items, itemReviews) => items * BYTES_PER_ITEM + itemReviews * BYTES_PER_ITEM_REVIEW,
  };
}

/**
 * glibc's allocator, tuned for the child (ignored elsewhere). fsrs-rs trains on threads of its own,
 * and with an arena per thread the memory training frees is not reused when the fit is scored on the
 * main thread; large blocks freed are kept for reuse too. One arena, and large blocks handed back at
 * once, take the peak on 962,000 reviews from 520 MB to 425 MB, at no measurable cost in time.
 */
const GLIBC_MALLOC = { MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/**
 * Fit in the child. `log` is the review log as fitLog writes it (revlog CSV in pieces, card by card,
 * times on the study clock), used when the request carries no items.
 */
export function runOptimizer(request: OptimizerRequest, onProgress: (current: number, total: number) => void = () => {}, log: readonly Uint8Array[] = []): Promise<OptimizerResult> {
  return new Promise((resolve, reject) => {
    // A young generation of 1 MB: the child's objects live to the end anyway, and V8's default of 16 MB
    // is 25 MB more at the peak. --expose-gc: the child collects once its items are made.
    const child = spawn(process.execPath, ['--max-semi-space-size=1', '--expose-gc', CHILD], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...GLIBC_MALLOC, ...process.env } });
    let buffered = '';
    let errors = '';
    let result: Exclude<OptimizerMessage, { type: 'progress' }> | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const message = parseMessage(line);
        if (message?.type === 'progress') onProgress(message.current, message.total);
        else if (message) result = message;
        else errors += `${line}\n`; // not ours (a preloaded module's output): kept for the report
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    child.on('error', (error) => reject(new UserError(`cannot start the FSRS optimizer (${error.message}).`)));
    child.on('close', (code, signal) => {
      if (code === 0 && result?.type === 'result') resolve(result);
      else if (code === 0 && result?.type === 'not-enough-data') {
        reject(new NotEnoughDataError('too few reviews for the FSRS optimizer to fit after its own filtering; nothing was changed. Review for a few more weeks and try again.'));
      } else {
        const lines = errors.trim().split('\n');
        const detail = (lines.find((line) => /panicked|Error/.test(line)) ?? lines.at(-1) ?? '').trim().slice(0, 400);
        reject(new UserError(`the FSRS optimizer failed (${signal ? `signal ${signal}` : `exit code ${code}`}${detail ? `: ${detail}` : ''}); your parameters and reviews are unchanged.`));
      }
    });
    // A child that died early closes stdin; its exit is reported above, not as a write error.
    child.stdin.on('error', () => {});
    child.stdin.write(`${JSON.stringify(request)}\n`);
    for (const piece of log) child.stdin.write(piece);
    child.stdin.end();
  });
}

/** One line of the child's protocol, checked: a malformed result must never be adopted. */
function parseMessage(line: string): OptimizerMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Partial<Record<string, unknown>>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const metrics = (x: unknown) => typeof x === 'object' && x !== null && finite((x as Metrics).logLoss) && finite((x as Metrics).rmse);
  if (message.type === 'progress' && finite(message.current) && finite(message.total)) return value as OptimizerMessage;
  if (message.type === 'not-enough-data') return { type: 'not-enough-data' };
  if (
    message.type === 'result' &&
    Array.isArray(message.parameters) &&
    message.parameters.length === 21 &&
    message.parameters.every(finite) &&
    metrics(message.before) &&
    metrics(message.after)
  ) {
    return value as OptimizerMessage;
  }
  return undefined;
}
