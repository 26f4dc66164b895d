/**
 * Clean-up that must run as the process ends, also when a signal (Ctrl-C) ends it: temp copies of a
 * store, scratch folders of an export. One set of handlers for all of them, installed once, and only
 * for signals no one else handles (a program using amgi as a library, a review session), which then
 * end the process as the signal would have.
 */
const cleanups = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // the others still run
    }
  }
}

export function cleanUpOnExit(cleanup: () => void): void {
  cleanups.add(cleanup);
  if (installed) return;
  installed = true;
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    if (process.listenerCount(signal) > 0) continue;
    const onSignal = () => {
      runAll();
      process.off(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}
