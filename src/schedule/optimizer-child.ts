/**
 * The FSRS optimizer's own process. fsrs-rs panics on some inputs, and a panic cannot unwind through
 * N-API: Node aborts. Run here, an abort ends only this child; the CLI reports it and changes nothing.
 *
 * Protocol: on stdin, a JSON line (the request), then the review log as fitLog's CSV when the request
 * has no items; on stdout, newline-delimited JSON messages.
 */
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import { FitLogReader, packItems, type PackedItems } from './fsrs-items.js';
import type { OptimizerMessage, OptimizerRequest } from './optimizer.js';

function send(message: OptimizerMessage): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main(): Promise<void> {
  const head: Buffer[] = [];
  let request: OptimizerRequest | undefined;
  const log = new FitLogReader();
  // The log is read as it arrives, never held whole.
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    if (request) {
      log.push(chunk);
      continue;
    }
    const end = chunk.indexOf(0x0a);
    head.push(end < 0 ? chunk : chunk.subarray(0, end));
    if (end < 0) continue;
    request = JSON.parse(Buffer.concat(head).toString('utf8')) as OptimizerRequest;
    log.push(chunk.subarray(end + 1));
  }
  if (!request) throw new Error('no request on stdin');
  const { current, numRelearningSteps } = request;
  const items = nativeItems(request.items ? packItems(request.items) : log.finish());
  // What made the items (the packed arrays, about 15 MB for 1M reviews) is garbage now, but V8 would
  // keep it through the fit, which allocates natively: collected now, it is not part of the peak.
  globalThis.gc?.();
  let reported = -1;
  const outcome = await unlessNotEnoughData(async () => {
    const parameters = await computeParameters(items, {
      enableShortTerm: true,
      numRelearningSteps,
      // The binding polls progress every `timeout` ms and rounds every fit up to it (fsrs.md §6.3).
      timeout: 20,
      progress: (current, total) => {
        const percent = total > 0 ? Math.floor((100 * current) / total) : 0;
        if (percent !== reported) send({ type: 'progress', current, total });
        reported = percent;
      },
    });
    // Scoring is the child's peak: evaluate copies every item twice (about 150 MB for 800,000 items)
    // while all the items' objects are alive. It cannot score in parts: items are weighted by their
    // place in the whole set, and its outlier filter and RMSE bins are over the whole set too.
    const before = new FSRSBinding(current).evaluate(items);
    const after = new FSRSBinding(parameters).evaluate(items);
    return { parameters, before: { logLoss: before.logLoss, rmse: before.rmseBins }, after: { logLoss: after.logLoss, rmse: after.rmseBins } };
  });
  send(outcome ? { type: 'result', ...outcome } : { type: 'not-enough-data' });
}

/**
 * The binding's items. Each costs about 450 bytes, most of it N-API's, whatever it holds: made by
 * fsrs-rs's own converter, 770,000 items took 340 MB. Here items alike are one object (fsrs-rs copies
 * each into its own list): 400,000 objects for those 770,000. Reviews alike are one object too.
 */
function nativeItems({ ratings, deltaTs, starts, ends, shapes, shapeCount }: PackedItems): FSRSBindingItem[] {
  const reviews = new Map<number, FSRSBindingReview>();
  const byShape = new Array<FSRSBindingItem | undefined>(shapeCount);
  const items: FSRSBindingItem[] = [];
  for (let n = 0; n < starts.length; n++) {
    const shape = shapes[n]!;
    let item = shape >= 0 ? byShape[shape] : undefined;
    if (!item) {
      const list: FSRSBindingReview[] = [];
      for (let at = starts[n]!; at < ends[n]!; at++) {
        const key = deltaTs[at]! * 8 + ratings[at]!;
        let review = reviews.get(key);
        if (!review) reviews.set(key, (review = new FSRSBindingReview(ratings[at]!, deltaTs[at]!)));
        list.push(review);
      }
      item = new FSRSBindingItem(list);
      if (shape >= 0) byShape[shape] = item;
    }
    items.push(item);
  }
  return items;
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
