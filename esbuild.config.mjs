/**
 * The command line as a few files instead of ~150 ES modules: `npm run compile` runs tsc (which
 * checks the types and writes dist/), then this, which bundles dist/ into dist/bundle/ for bin/amgi.js.
 * Node 20 resolves and loads each ES module on its own, and the Markdown parser alone is about a
 * hundred of them: a one-note rebuild spent more time loading modules than parsing (bundled: ~440 →
 * ~310 ms; the first card of a review ~280 → ~250 ms). The same libraries run, unchanged.
 *
 * Each command stays in its own chunk, loaded only when it runs. Worker threads and the optimizer's
 * child are entries of their own, beside the chunks that start them (they are found by URL).
 * Native addons stay outside. The library (dist/index.js) is not bundled.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'dist/bundle';
rmSync(outdir, { recursive: true, force: true }); // chunk names change with their content

await build({
  entryPoints: [
    'dist/cli/main.js',
    'dist/deck/build-worker.js',
    'dist/export/export-worker.js',
    'dist/export/export-coordinator.js',
    'dist/schedule/optimizer-child.js',
  ],
  outdir,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', '@open-spaced-repetition/binding'],
  // CommonJS dependencies (commander) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as amgiCreateRequire } from 'node:module'; const require = amgiCreateRequire(import.meta.url);" },
  sourcemap: true, // node --enable-source-maps bin/amgi.js … for stack traces into src/
  logLevel: 'warning',
});
