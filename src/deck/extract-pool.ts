/**
 * Worker threads that run `extractNote` for a build, a few notes ahead of the build's own thread,
 * which gives each note its ids and writes its deck in note order. Results come back as data: an
 * error is sent as its kind and message and made again here, so a build reports it exactly as it
 * would have reported it in its own thread. The build's thread extracts a note itself only when no
 * worker is left to do it (one could not start, or ran out of memory).
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../util/errors.js';
import type { NoteExtraction } from './extract-note.js';

export interface ExtractRequest {
  id: number;
  note: string;
  source: string;
  /** The deck's name should the note have no `#` title. */
  untitledName: string;
  /** None for a note the build has not read: the worker reads it. */
  bytes: Uint8Array | undefined;
}

/** What `describeFailure` in build.ts tells apart: the user's problem, too deep a note, or a bug. */
export interface SentError {
  kind: 'user' | 'range' | 'other';
  message: string;
}

export type ExtractOutcome = { ok: true; extraction: NoteExtraction } | { ok: false; error: SentError };

/** A worker says it is ready (its modules are loaded), then sends one outcome per request. */
export type ExtractResponse = { ready: true } | ({ id: number } & ExtractOutcome);

export function sendableError(error: unknown): SentError {
  if (error instanceof UserError) return { kind: 'user', message: error.message };
  if (error instanceof RangeError) return { kind: 'range', message: error.message };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

export function receivedError(sent: SentError): Error {
  if (sent.kind === 'user') return new UserError(sent.message);
  if (sent.kind === 'range') return new RangeError(sent.message);
  return new Error(sent.message);
}

/** The outcome of running `run` here: what a worker would have sent for the same note. */
export async function outcomeOf(run: () => Promise<NoteExtraction>): Promise<ExtractOutcome> {
  try {
    return { ok: true, extraction: await run() };
  } catch (error) {
    return { ok: false, error: sendableError(error) };
  }
}

/**
 * A worker's stack, as deep as this thread's: V8's default 984 KiB for JavaScript, plus the 192 KiB
 * Node keeps free in a worker's stack. A note nested so deeply that parsing it overflows the stack
 * then fails in a worker as it would here (with the default 4 MiB, it would make cards instead).
 */
const MAIN_THREAD_STACK_MB = (984 + 192) / 1024;

/**
 * A worker's old generation. V8 lets a heap grow to four times what it holds after a collection when
 * it may grow to gigabytes, and to about 1.4 times under 512 MB: parsing leaves much garbage, and two
 * workers at four times took a 1,000-note build past 250 MB. Notes up to ~5 MB fit; a larger one runs
 * the worker out of memory, and is then extracted in the build's own thread (see `lost`).
 */
const WORKER_OLD_SPACE_MB = 512;

/**
 * A worker's young generation. The parser makes much short-lived garbage for each note: with 32 MB it
 * dies young, and a build of 300 notes took 20–30% less time and half the CPU than with 16 MB, where
 * it was promoted, the old generation collected again and again, and the parser's optimised code
 * dropped with it (V8 sizes it in powers of two: 24 MB is 16). But each worker then holds 16 MB more,
 * and a build keeps some of every deck it wrote: from about 700 notes parsed, 32 MB took a build past
 * 250 MB (255–258 MB at 1,000 notes, against 205–213 MB with 16). As the card rules grew, so did each
 * worker's old generation (33–37 MB at 300 notes on 2026-12-08): 32 MB then took 300 notes to 248–253 MB
 * (206–210 MB with 16), 200 notes to 226–237 MB and 150 to 199–208 MB. So a build of more notes gets 16 MB.
 */
export function workerYoungSpaceMb(notesToParse: number, workers: number): number {
  // Measured with two workers: more (a machine with more cores) would hold 16 MB more each.
  return notesToParse <= LARGE_BUILD_NOTES && workers <= 2 ? 32 : 16;
}

/** Notes parsed from which a build is large (see workerYoungSpaceMb): 200 took 226–237 MB with 32 MB, 300 up to 253 MB. */
const LARGE_BUILD_NOTES = 200;

/** Notes each worker holds at once: one being parsed and the next, so none waits for this thread. */
const AHEAD_PER_WORKER = 2;

/**
 * How far past the note the build is at the workers may go. Their outcomes wait in this thread until
 * the build reaches them; without a bound, a build whose own thread was slowed held hundreds.
 */
const WINDOW = 16;

interface Job {
  request: ExtractRequest;
  settle: (outcome: ExtractOutcome) => void;
  outcome: Promise<ExtractOutcome>;
  worker?: Worker;
}

export class ExtractPool {
  private readonly starting = new Set<Worker>();
  private readonly ready: Worker[] = [];
  /** Notes no worker has taken yet, in note order. */
  private readonly queue: Job[] = [];
  /** Jobs a worker holds, by id. */
  private readonly sent = new Map<number, Job>();
  /** Jobs whose outcome the build has not asked for yet, by id. */
  private readonly unclaimed = new Map<number, Job>();
  private nextId = 0;
  /** The id after the last one whose outcome the build asked for (it asks in order). */
  private reached = 0;
  /** The job the build waits for. */
  private awaited: Job | undefined;

  /** `count` workers running `script`, each with a young generation of `youngSpaceMb`; `here` extracts a note in this thread, when no worker can. */
  constructor(
    script: URL,
    count: number,
    youngSpaceMb: number,
    private readonly here: (request: ExtractRequest) => Promise<ExtractOutcome>,
  ) {
    for (let n = 0; n < count; n++) {
      const resourceLimits = { stackSizeMb: MAIN_THREAD_STACK_MB, maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: youngSpaceMb };
      const worker = new Worker(script, { resourceLimits });
      worker.on('message', (response: ExtractResponse) => this.received(worker, response));
      worker.on('error', () => this.lost(worker));
      worker.on('exit', () => this.lost(worker));
      this.starting.add(worker);
    }
  }

  /** Queue a note for the workers; `outcome` gives its outcome. */
  extract(note: string, source: string, untitledName: string, bytes: Uint8Array | undefined): number {
    const request = { id: this.nextId++, note, source, untitledName, bytes };
    let settle!: (outcome: ExtractOutcome) => void;
    const outcome = new Promise<ExtractOutcome>((resolve) => (settle = resolve));
    const job: Job = { request, settle, outcome };
    this.queue.push(job);
    this.unclaimed.set(request.id, job);
    this.feed();
    return request.id;
  }

  /** The outcome of a queued note. Never rejects. */
  async outcome(id: number): Promise<ExtractOutcome> {
    const job = this.unclaimed.get(id);
    if (!job) throw new Error(`note ${id} is not in the build's queue`);
    this.unclaimed.delete(id);
    this.reached = Math.max(this.reached, id + 1);
    // Let the workers' messages in (outcomes that free a place) before feeding them: a build whose
    // outcomes are all settled would otherwise run on promises alone, and never hear them.
    await new Promise((resume) => setImmediate(resume));
    this.feed();
    this.awaited = job;
    this.runHereIfNoWorker();
    const outcome = await job.outcome;
    this.awaited = undefined;
    return outcome;
  }

  async close(): Promise<void> {
    const workers = [...this.starting, ...this.ready];
    this.starting.clear();
    this.ready.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private runHere(job: Job): Promise<void> {
    return this.here(job.request).then(job.settle, (error: unknown) => job.settle({ ok: false, error: sendableError(error) }));
  }

  private feed(): void {
    for (const worker of this.ready) {
      let held = 0;
      for (const job of this.sent.values()) if (job.worker === worker) held++;
      for (; held < AHEAD_PER_WORKER && this.queue.length > 0 && this.queue[0]!.request.id < this.reached + WINDOW; held++) {
        const job = this.queue.shift()!;
        job.worker = worker;
        this.sent.set(job.request.id, job);
        worker.postMessage(job.request);
      }
    }
  }

  private received(worker: Worker, response: ExtractResponse): void {
    if ('ready' in response) {
      if (this.starting.delete(worker)) this.ready.push(worker);
    } else {
      const job = this.sent.get(response.id);
      if (job?.worker !== worker) return;
      this.sent.delete(response.id);
      job.settle(response.ok ? { ok: true, extraction: response.extraction } : { ok: false, error: response.error });
    }
    this.feed();
  }

  /**
   * A worker that died. The notes it held are extracted here, not by another worker: one of them may
   * be what killed it (a note too large for a worker's heap).
   */
  private lost(worker: Worker): void {
    const index = this.ready.indexOf(worker);
    if (index >= 0) this.ready.splice(index, 1);
    else if (!this.starting.delete(worker)) return; // closed, or already counted
    for (const job of [...this.sent.values()]) {
      if (job.worker !== worker) continue;
      this.sent.delete(job.request.id);
      void this.runHere(job);
    }
    this.runHereIfNoWorker();
  }

  /** With no worker left, the note the build waits for is extracted here (and each later one, as it is asked for). */
  private runHereIfNoWorker(): void {
    const job = this.awaited;
    if (this.starting.size + this.ready.length > 0 || !job || !this.queue.includes(job)) return;
    this.queue.splice(this.queue.indexOf(job), 1);
    void this.runHere(job);
  }
}
