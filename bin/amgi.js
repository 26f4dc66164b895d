#!/usr/bin/env node
// Runs the compiled CLI; there is no TypeScript loader at run time.
import('../dist/bundle/main.js').then(
  async ({ main }) => {
    await main(process.argv);
    // The command is done: exit once what it printed is written, rather than wait for Node to tear
    // down its heap, which took `amgi due` 20 ms and more.
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    // A failed write (a full disk) is reported on the next turn of the event loop: let it be, so that
    // such a command exits 1 with a message rather than 0.
    await new Promise((resolve) => setImmediate(resolve));
    process.exit();
  },
  (error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write('amgi: not compiled yet. Run `npm install` (or `npm run compile`) in the amgi folder first.\n');
    } else {
      process.stderr.write(`amgi: ${error && error.message ? error.message : error}\n`);
    }
    process.exitCode = 1;
  },
);

/** Resolves once everything written to the stream has been handed to the system (pipes are asynchronous on macOS). */
function flushed(stream) {
  return stream.writableLength === 0 ? undefined : new Promise((resolve) => stream.write('', resolve));
}
