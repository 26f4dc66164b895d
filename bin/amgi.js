#!/usr/bin/env node
// Runs the compiled CLI; there is no TypeScript loader at run time.
import('../dist/cli/main.js').then(
  ({ main }) => main(process.argv),
  (error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write('amgi: not compiled yet. Run `npm install` (or `npm run compile`) in the amgi folder first.\n');
    } else {
      process.stderr.write(`amgi: ${error && error.message ? error.message : error}\n`);
    }
    process.exitCode = 1;
  },
);
