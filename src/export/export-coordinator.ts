/** The thread that coordinates a package export with workers (see exportDecks in export.ts): runs exportJobs and posts back the decks. */
import { parentPort, workerData } from 'node:worker_threads';
import { exportJobs, type CoordinatorData } from './export.js';
import { postedError, type CoordinatorReply } from './export-pool.js';

const { exporter, jobs, companions, threads } = workerData as CoordinatorData;
exportJobs(exporter, jobs, threads, companions).then(
  (decks) => parentPort!.postMessage({ type: 'done', decks } satisfies CoordinatorReply),
  (error: unknown) => parentPort!.postMessage({ type: 'failed', error: postedError(error) } satisfies CoordinatorReply),
);
