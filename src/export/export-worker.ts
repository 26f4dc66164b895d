/** A worker thread of ExportPool (export-pool.ts): prepares and finishes the decks it is given, as its messages come. */
import { parentPort, workerData } from 'node:worker_threads';
import { DeckExporter, type ExporterOptions } from './deck-export.js';
import { postedError, type FromWorker, type ToWorker } from './export-pool.js';

const port = parentPort!;
let exporter: DeckExporter | undefined;

port.on('message', (message: ToWorker) => void receive(message));

async function receive(message: ToWorker): Promise<void> {
  if (message.type === 'close') {
    exporter?.close();
    port.close();
    return;
  }
  let reply: FromWorker;
  try {
    // Made on the first deck, so that a store that cannot be opened is reported like any other failure.
    exporter ??= new DeckExporter(workerData as ExporterOptions);
    reply = message.type === 'prepare' ? { type: 'prepared', deck: await exporter.prepare(message.job) } : { type: 'finished', deck: exporter.finish(message.commit) };
  } catch (error) {
    reply = { type: 'failed', error: postedError(error) };
  }
  port.postMessage(reply);
}
