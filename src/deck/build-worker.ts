/**
 * A worker thread of `amgi build` (see extract-pool.ts): says it is ready once its modules are loaded,
 * then extracts the notes it is sent, one at a time (reading those sent without their bytes), and
 * sends back each outcome.
 */
import { parentPort } from 'node:worker_threads';
import { outcomeOf, type ExtractRequest, type ExtractResponse } from './extract-pool.js';
import { NoteReader } from '../notes/read-note.js';
import { extractNote } from './extract-note.js';

const reader = new NoteReader();
parentPort!.postMessage({ ready: true } satisfies ExtractResponse);
parentPort!.on('message', async ({ id, note, source, untitledName, bytes }: ExtractRequest) => {
  parentPort!.postMessage({ id, ...(await outcomeOf(() => extractNote(note, source, bytes ?? reader.read(note), untitledName))) } satisfies ExtractResponse);
});
