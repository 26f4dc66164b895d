/** A worker thread of ExportPool (export-pool.ts): prepares and finishes the decks it is given, as its messages come. */
import { parentPort, workerData } from 'node:worker_threads';
import { DeckExporter, type ExporterOptions } from './deck-export.js';
import { answer, postedError, type FromWorker, type ToWorker } from './export-pool.js';

const port = parentPort!;
// Made once; the pool gives decks once it is made. A store that cannot be opened is reported then.
const exporter = DeckExporter.create(workerData as ExporterOptions);
exporter.then(
  () => port.postMessage({ type: 'ready' } satisfies FromWorker),
  (error: unknown) => port.postMessage({ type: 'failed', error: postedError(error) } satisfies FromWorker),
);

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    void exporter
      .then((ready) => ready.close())
      .catch(() => {})
      .finally(() => port.close());
    return;
  }
  void answer(exporter, message).then((reply) => port.postMessage(reply));
});
