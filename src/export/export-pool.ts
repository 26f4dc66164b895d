/**
 * Decks prepared and finished by threads: this one for small exports, and worker threads
 * (export-worker.ts) for large ones. Each deck is in one thread, given a few decks ahead of the one
 * export.ts commits: enough to keep every thread busy, few enough that each holds only a few decks in
 * memory. A worker is given decks once it has started (50–90 ms): given every other deck from the
 * start, the first worker to start waited, holding four, for the other's first.
 *
 * With workers, this thread only commits. Working beside one worker instead of two, it took more CPU
 * than the second worker's start-up saved (1.83 s against 1.59 s for 1,000 decks): its young
 * generation cannot be bounded from within the process, and the decks it held while they waited to
 * be committed were promoted to its old generation (23 MB, against 1.5 MB in a worker).
 */
import { Worker } from 'node:worker_threads';
import { fileSystemProblem, storeProblem, UserError } from '../util/errors.js';
import type { DeckCommit, DeckExporter, DeckJob, ExportedDeck, ExporterOptions, FinishedDeck, PreparedDeck } from './deck-export.js';

/** Decks a thread holds at once: being prepared, or prepared and waiting to be committed and finished. */
const AHEAD = 4;

/**
 * Each export thread's young generation: V8's default grows to 32 MB and more per thread, where the
 * export keeps little alive; this is enough to keep scavenges cheap.
 */
export const YOUNG_GENERATION_MB = 8;

export type ToWorker = { type: 'prepare'; job: DeckJob } | { type: 'contexts'; index: number } | { type: 'finish'; commit: DeckCommit } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
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

/** What export-coordinator.ts posts back: the exported decks, or why it failed. */
export type CoordinatorReply = { type: 'done'; decks: ExportedDeck[] } | { type: 'failed'; error: PostedError };

/** `storePath`: the review store the thread reads (`--with-progress`), for an SQLite error met reading it. */
export function postedError(error: unknown, storePath?: string): PostedError {
  // Error codes do not cross threads: said in words here (a locked store, a full disk, a folder not
  // writable), not as a bug.
  error = (storePath === undefined ? undefined : storeProblem(storePath, error)) ?? fileSystemProblem(error) ?? error;
  if (error instanceof Error) return { message: error.message, stack: error.stack, exitCode: error instanceof UserError ? error.exitCode : undefined };
  return { message: String(error), stack: undefined, exitCode: undefined };
}

export function fromPosted(posted: PostedError): Error {
  if (posted.exitCode !== undefined) return new UserError(posted.message, posted.exitCode);
  const error = new Error(posted.message);
  if (posted.stack) error.stack = posted.stack;
  return error;
}

/** What a thread does with a message (other than `close`), the same in a worker and in this thread. */
export async function answer(exporter: Promise<DeckExporter>, message: Exclude<ToWorker, { type: 'close' }>): Promise<FromWorker> {
  let ready: DeckExporter | undefined;
  try {
    ready = await exporter;
    if (message.type === 'prepare') return { type: 'prepared', deck: await ready.prepare(message.job) };
    if (message.type === 'contexts') return { type: 'contexts', index: message.index, contexts: ready.contexts(message.index) };
    return { type: 'finished', deck: ready.finish(message.commit) };
  } catch (error) {
    return { type: 'failed', error: postedError(error, ready?.storePath) };
  }
}

interface Thread {
  /** Whether it can be given decks: a worker once it has started. */
  ready: boolean;
  post(message: ToWorker): void;
  /** Resolves when the thread has closed its exporter (its store, its temp folder). */
  close(): Promise<void>;
  /** Decks given to it and not finished yet. */
  held: number;
}

/** A worker thread running export-worker.ts. */
class WorkerThread implements Thread {
  ready = false;
  held = 0;
  private running = true;
  private readonly worker: Worker;

  constructor(options: ExporterOptions, receive: (message: FromWorker) => void, stopped: (error: Error) => void) {
    this.worker = new Worker(new URL('./export-worker.js', import.meta.url), { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.on('message', receive);
    this.worker.on('error', stopped);
    this.worker.on('exit', (code) => {
      this.running = false;
      stopped(new Error(`an export thread stopped (exit code ${code})`));
    });
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  async close(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    await exited;
  }
}

/** This thread, as one of the pool's: one message per turn of the event loop, so that the workers' messages are read in between. */
class LocalThread implements Thread {
  readonly ready = true;
  held = 0;
  private readonly exporter: Promise<DeckExporter>;
  private readonly queue: ToWorker[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    options: ExporterOptions,
    private readonly receive: (message: FromWorker) => void,
  ) {
    // Loaded only here, so that modules no export needs stay unloaded.
    this.exporter = import('./deck-export.js').then(({ DeckExporter }) => DeckExporter.create(options));
    this.exporter.catch(() => {}); // reported by the first message's answer
  }

  post(message: ToWorker): void {
    this.queue.push(message);
    this.draining ??= this.drain();
  }

  async close(): Promise<void> {
    await this.draining;
    (await this.exporter.catch(() => undefined))?.close();
  }

  private async drain(): Promise<void> {
    for (let message = this.queue.shift(); message; message = this.queue.shift()) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (message.type !== 'close') this.receive(await answer(this.exporter, message));
    }
    this.draining = undefined;
  }
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

export class ExportPool {
  private readonly threads: Thread[];
  private readonly owners = new Map<number, Thread>();
  /** Prepared decks not yet taken by `prepared`. */
  private readonly ready = new Map<number, PreparedDeck>();
  private taking: { index: number; pending: Pending<PreparedDeck> } | undefined;
  private readonly finishing = new Map<number, Pending<FinishedDeck>>();
  private readonly asking = new Map<number, Pending<string[][]>>();
  private next = 0;
  private closing = false;
  private failure: Error | undefined;

  /** `count` threads: this one alone if 1, else that many workers. */
  constructor(
    options: ExporterOptions,
    private readonly jobs: readonly DeckJob[],
    count: number,
  ) {
    const stopped = (error: Error) => {
      if (!this.closing) this.fail(error);
    };
    this.threads = Array.from({ length: count }, (): Thread => {
      const receive = (message: FromWorker) => this.receive(thread, message);
      const thread = count === 1 ? new LocalThread(options, receive) : new WorkerThread(options, receive, stopped);
      return thread;
    });
    this.dispatch();
  }

  /** The prepared decks, in deck order. */
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

  /** DeckExporter.contexts of a prepared deck, from its thread. */
  contexts(index: number): Promise<string[][]> {
    if (this.failure) return Promise.reject(this.failure);
    const answered = new Promise<string[][]>((resolve, reject) => this.asking.set(index, { resolve, reject }));
    this.owners.get(index)!.post({ type: 'contexts', index });
    return answered;
  }

  finish(commit: DeckCommit): Promise<FinishedDeck> {
    if (this.failure) return Promise.reject(this.failure);
    const done = new Promise<FinishedDeck>((resolve, reject) => this.finishing.set(commit.index, { resolve, reject }));
    this.owners.get(commit.index)!.post({ type: 'finish', commit });
    return done;
  }

  /** Lets each thread close its store and remove its temp folder, and waits for it. */
  async close(): Promise<void> {
    this.closing = true;
    this.next = this.jobs.length;
    await Promise.all(this.threads.map((thread) => thread.close()));
    this.fail(new Error('the export threads were closed'));
  }

  /** Give each ready thread decks up to AHEAD, in deck order, the least busy thread first. */
  private dispatch(): void {
    while (this.next < this.jobs.length && !this.failure) {
      let thread: Thread | undefined;
      for (const other of this.threads) if (other.ready && other.held < (thread?.held ?? AHEAD)) thread = other;
      if (!thread) return;
      const job = this.jobs[this.next++]!;
      thread.held++;
      this.owners.set(job.index, thread);
      thread.post({ type: 'prepare', job });
    }
  }

  private receive(thread: Thread, message: FromWorker): void {
    if (message.type === 'failed') {
      this.fail(fromPosted(message.error));
    } else if (message.type === 'ready') {
      thread.ready = true;
      this.dispatch();
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
