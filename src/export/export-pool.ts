/**
 * Decks prepared and finished by worker threads (export-worker.ts), each deck in one thread, a few
 * decks ahead of the one export.ts commits: enough to keep every thread busy, few enough that each
 * thread holds only a few decks in memory.
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../util/errors.js';
import type { DeckCommit, DeckJob, ExporterOptions, FinishedDeck, PreparedDeck } from './deck-export.js';
import type { DeckRunner } from './export.js';

/** Decks a thread holds at once: being prepared, or prepared and waiting to be committed and finished. */
const AHEAD = 4;

export type ToWorker = { type: 'prepare'; job: DeckJob } | { type: 'contexts'; index: number } | { type: 'finish'; commit: DeckCommit } | { type: 'close' };

export type FromWorker =
  | { type: 'prepared'; deck: PreparedDeck }
  | { type: 'contexts'; index: number; contexts: string[][] }
  | { type: 'finished'; deck: FinishedDeck }
  | { type: 'failed'; error: PostedError };

/** An error as it crosses threads: a UserError keeps its exit code, so the CLI prints it as one. */
export interface PostedError {
  message: string;
  stack: string | undefined;
  exitCode: 1 | 2 | undefined;
}

export function postedError(error: unknown): PostedError {
  if (error instanceof Error) return { message: error.message, stack: error.stack, exitCode: error instanceof UserError ? error.exitCode : undefined };
  return { message: String(error), stack: undefined, exitCode: undefined };
}

function fromPosted(posted: PostedError): Error {
  if (posted.exitCode !== undefined) return new UserError(posted.message, posted.exitCode);
  const error = new Error(posted.message);
  if (posted.stack) error.stack = posted.stack;
  return error;
}

interface Thread {
  worker: Worker;
  /** Decks given to it and not finished yet. */
  held: number;
  running: boolean;
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

export class ExportPool implements DeckRunner {
  private readonly threads: Thread[];
  private readonly owners = new Map<number, Thread>();
  /** Prepared decks not yet taken by `prepared`. */
  private readonly ready = new Map<number, PreparedDeck>();
  private taking: { index: number; pending: Pending<PreparedDeck> } | undefined;
  private readonly finishing = new Map<number, Pending<FinishedDeck>>();
  private readonly asking = new Map<number, Pending<string[][]>>();
  private next = 0;
  private failure: Error | undefined;

  constructor(
    options: ExporterOptions,
    private readonly jobs: readonly DeckJob[],
    count: number,
  ) {
    this.threads = Array.from({ length: count }, () => {
      const thread: Thread = { worker: new Worker(new URL('./export-worker.js', import.meta.url), { workerData: options }), held: 0, running: true };
      thread.worker.on('message', (message: FromWorker) => this.receive(thread, message));
      thread.worker.on('error', (error) => this.fail(error));
      thread.worker.on('exit', (code) => {
        thread.running = false;
        if (this.next < this.jobs.length || this.owners.size > 0) this.fail(new Error(`an export thread stopped (exit code ${code})`));
      });
      return thread;
    });
    this.dispatch();
  }

  async *prepared(): AsyncIterable<PreparedDeck> {
    for (let index = 0; index < this.jobs.length; index++) {
      if (this.failure) throw this.failure;
      const deck = this.ready.get(index);
      if (deck) {
        this.ready.delete(index);
        yield deck;
      } else {
        yield await new Promise<PreparedDeck>((resolve, reject) => (this.taking = { index, pending: { resolve, reject } }));
      }
    }
  }

  contexts(index: number): Promise<string[][]> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<string[][]>((resolve, reject) => this.asking.set(index, { resolve, reject }));
    this.owners.get(index)!.worker.postMessage({ type: 'contexts', index } satisfies ToWorker);
    return answer;
  }

  finish(commit: DeckCommit): Promise<FinishedDeck> {
    if (this.failure) return Promise.reject(this.failure);
    const thread = this.owners.get(commit.index)!;
    const done = new Promise<FinishedDeck>((resolve, reject) => this.finishing.set(commit.index, { resolve, reject }));
    thread.worker.postMessage({ type: 'finish', commit } satisfies ToWorker);
    return done;
  }

  /** Lets each thread close its store and remove its temp folder, then waits for it to end. */
  async close(): Promise<void> {
    this.next = this.jobs.length;
    this.owners.clear();
    await Promise.all(
      this.threads
        .filter((thread) => thread.running)
        .map(
          ({ worker }) =>
            new Promise<void>((resolve) => {
              worker.once('exit', () => resolve());
              worker.postMessage({ type: 'close' } satisfies ToWorker);
            }),
        ),
    );
    this.fail(new Error('the export threads were closed'));
  }

  /** Give each thread decks up to AHEAD, in deck order, the least busy thread first. */
  private dispatch(): void {
    while (this.next < this.jobs.length && !this.failure) {
      const thread = this.threads.reduce((least, other) => (other.held < least.held ? other : least));
      if (thread.held >= AHEAD) return;
      const job = this.jobs[this.next++]!;
      thread.held++;
      this.owners.set(job.index, thread);
      thread.worker.postMessage({ type: 'prepare', job } satisfies ToWorker);
    }
  }

  private receive(thread: Thread, message: FromWorker): void {
    if (message.type === 'failed') {
      this.fail(fromPosted(message.error));
    } else if (message.type === 'prepared') {
      if (this.taking?.index === message.deck.index) {
        this.taking.pending.resolve(message.deck);
        this.taking = undefined;
      } else {
        this.ready.set(message.deck.index, message.deck);
      }
    } else if (message.type === 'contexts') {
      this.asking.get(message.index)?.resolve(message.contexts);
      this.asking.delete(message.index);
    } else {
      thread.held--;
      this.owners.delete(message.deck.index);
      this.finishing.get(message.deck.index)?.resolve(message.deck);
      this.finishing.delete(message.deck.index);
      this.dispatch();
    }
  }

  /** The first failure ends the export: everything still awaited fails with it. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.taking?.pending.reject(this.failure);
    this.taking = undefined;
    for (const pending of [...this.finishing.values(), ...this.asking.values()]) pending.reject(this.failure);
    this.finishing.clear();
    this.asking.clear();
  }
}
