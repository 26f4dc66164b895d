/**
 * The FSRS optimizer's own process. fsrs-rs panics on some inputs, and a panic cannot unwind through
 * N-API: Node aborts. Run here, an abort ends only this child; the CLI reports it and changes nothing.
 *
 * Protocol: on stdin, a JSON line (the request), then the review log as CSV when the request has no
 * items; on stdout, newline-delimited JSON messages.
 */
import { computeParameters, convertCsvToFsrsItems, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import type { OptimizerMessage, OptimizerRequest } from './optimizer.js';

function send(message: OptimizerMessage): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = Buffer.concat(chunks);
  const headerEnd = input.indexOf(0x0a);
  const request = JSON.parse(input.subarray(0, headerEnd).toString('utf8')) as OptimizerRequest;
  // A review log (times already on the study clock, so UTC days are study days) is turned into items
  // by fsrs-rs itself, without a JavaScript object per review: a million reviews fit in memory.
  const items = request.items
    ? request.items.map((item) => new FSRSBindingItem(item.map(([rating, deltaT]) => new FSRSBindingReview(rating, deltaT))))
    : convertCsvToFsrsItems(input.subarray(headerEnd + 1), 0, 'UTC', () => 0);
  let reported = -1;
  const outcome = await unlessNotEnoughData(async () => {
    const parameters = await computeParameters(items, {
      enableShortTerm: true,
      numRelearningSteps: request.numRelearningSteps,
      // The binding polls progress every `timeout` ms and rounds every fit up to it (fsrs.md §6.3).
      timeout: 20,
      progress: (current, total) => {
        const percent = total > 0 ? Math.floor((100 * current) / total) : 0;
        if (percent !== reported) send({ type: 'progress', current, total });
        reported = percent;
      },
    });
    const before = new FSRSBinding(request.current).evaluate(items);
    const after = new FSRSBinding(parameters).evaluate(items);
    return { parameters, before: { logLoss: before.logLoss, rmse: before.rmseBins }, after: { logLoss: after.logLoss, rmse: after.rmseBins } };
  });
  send(outcome ? { type: 'result', ...outcome } : { type: 'not-enough-data' });
}

/** fsrs-rs filters outliers first and may be left with too little to fit or score: not a failure. */
async function unlessNotEnoughData<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.message.includes('NotEnoughData')) return undefined;
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
