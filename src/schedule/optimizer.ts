/**
 * Runs the FSRS optimizer (`@open-spaced-repetition/binding`, fsrs-rs through N-API) in a child
 * process (optimizer-child.ts), so that a crash in native code cannot take the CLI down with it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { UserError } from '../util/errors.js';
import type { ItemReview } from './fsrs-items.js';

export interface OptimizerRequest {
  items: ItemReview[][];
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
  | { type: 'result'; parameters: number[]; before: Metrics; after: Metrics };

export type OptimizerResult = Extract<OptimizerMessage, { type: 'result' }>;

/** The compiled child script; from the TypeScript sources (as tests run them), the compiled copy in dist/. */
const CHILD = fileURLToPath(
  import.meta.url.endsWith('.ts') ? new URL('../../dist/schedule/optimizer-child.js', import.meta.url) : new URL('./optimizer-child.js', import.meta.url),
);

export function runOptimizer(request: OptimizerRequest, onProgress: (current: number, total: number) => void = () => {}): Promise<OptimizerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buffered = '';
    let errors = '';
    let result: OptimizerResult | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, newline)) as OptimizerMessage;
        buffered = buffered.slice(newline + 1);
        if (message.type === 'progress') onProgress(message.current, message.total);
        else result = message;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    child.on('error', (error) => reject(new UserError(`cannot start the FSRS optimizer (${error.message}).`)));
    child.on('close', (code, signal) => {
      if (code === 0 && result) resolve(result);
      else {
        const lines = errors.trim().split('\n');
        const detail = (lines.find((line) => /panicked|Error/.test(line)) ?? lines.at(-1) ?? '').trim().slice(0, 400);
        reject(new UserError(`the FSRS optimizer failed (${signal ? `signal ${signal}` : `exit code ${code}`}${detail ? `: ${detail}` : ''}); your parameters and reviews are unchanged.`));
      }
    });
    // A child that died early closes stdin; its exit is reported above, not as a write error.
    child.stdin.on('error', () => {});
    child.stdin.end(JSON.stringify(request));
  });
}
