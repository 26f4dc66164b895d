/**
 * `npm run bench`'s answer commits, in a process of their own as a review session has: answers
 * committed one by one on the bench's store, each timed, with the session's checkpoints between
 * them (timed apart: they run while the next card is read, not during an answer).
 * Usage: node answers.js STORE COUNT; prints JSON { commits: ms[], checkpoints: ms[] }.
 */
import Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, Scheduler, type Rating } from '../schedule/fsrs.js';
import { ReviewStore } from '../store/store.js';

const [storePath, countText] = process.argv.slice(2);
const count = Number(countText ?? 500);
const reader = new Database(storePath!, { readonly: true });
const cardIds = reader.prepare('SELECT id FROM cards ORDER BY id').pluck().all() as string[];
reader.close();

const store = ReviewStore.open(storePath!);
store.deferCheckpoints();
const scheduler = new Scheduler(DEFAULT_SETTINGS);
const commits: number[] = [];
const checkpoints: number[] = [];
try {
  const now = Date.now();
  for (let n = 0; n < Math.min(count, cardIds.length); n++) {
    const start = performance.now();
    store.answer(scheduler, cardIds[(n * 7919) % cardIds.length]!, ((n % 4) + 1) as Rating, now + n, 3000);
    commits.push(performance.now() - start);
    const idle = performance.now();
    if (store.checkpointIfDue()) checkpoints.push(performance.now() - idle);
  }
} finally {
  store.close();
}
process.stdout.write(`${JSON.stringify({ commits, checkpoints })}\n`);
