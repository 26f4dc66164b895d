/** A worker thread of ExportPool (export-pool.ts): prepares and finishes the decks it is given, as its messages come. */
import { parentPort, workerData } from 'node:worker_threads';
import { DeckExporter, type ExporterOptions } from './deck-export.js';
import { postedError, type FromWorker, type ToWorker } from './export-pool.js';

const port = parentPort!;
let exporter: Promise<DeckExporter> | undefined;

port.on('message', (message: ToWorker) => void receive(message));

async function receive(message: ToWorker): Promise<void> {
  if (message.type === 'close') {
    if (exporter) (await exporter).close();
    port.close();
    return;
  }
  let reply: FromWorker;
  try {
    // Made on the first deck, so that a store that cannot be opened is reported like any other failure.
    exporter ??= DeckExporter.create(workerData as ExporterOptions);
    const ready = await exporter;
    if (message.type === 'prepare') reply = { type: 'prepared', deck: await ready.prepare(message.job) };
    else if (message.type === 'contexts') reply = { type: 'contexts', index: message.index, contexts: ready.contexts(message.index) };
    else reply = { type: 'finished', deck: ready.finish(message.commit) };
  } catch (error) {
    reply = { type: 'failed', error: postedError(error) };
  }
  port.postMessage(reply);
}
