/**
 * `npm run bench`: how much a full `amgi build` costs over remark-parse alone on the same notes.
 * Both are measured in the same run, alternately, and the medians are compared.
 * Notes: the shared corpus of Korean notes when present, and source-notes/, each copied 10 times.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildDecks } from '../deck/build.js';
import { findNotes } from '../notes/find-notes.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const CORPUS = resolve(repoRoot, '..', 'shared', 'corpus', 'korean-notes');
const RUNS = 7;

async function prepareNotes(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'amgi-bench-'));
  const sources = [join(repoRoot, 'source-notes'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  for (let copy = 0; copy < 10; copy++) {
    for (const [n, source] of sources.entries()) await cp(source, join(dir, 'notes', `copy${copy}`, `set${n}`), { recursive: true });
  }
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = await prepareNotes();
  try {
    const files = await findNotes([join(dir, 'notes')]);
    const texts = await Promise.all(files.map(async (file) => (await readFile(file, 'utf8')).normalize('NFC')));
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const parser = unified().use(remarkParse);
    const parseTimes: number[] = [];
    const buildTimes: number[] = [];
    let cards = 0;
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      for (const file of files) parser.parse((await readFile(file, 'utf8')).normalize('NFC'));
      parseTimes.push(performance.now() - start);
      const decks = join(dir, `decks-${run}`);
      start = performance.now();
      const report = await buildDecks({ decksDir: decks, paths: [join(dir, 'notes')] });
      buildTimes.push(performance.now() - start);
      cards = report.decks.reduce((sum, deck) => sum + deck.cards, 0);
      await rm(decks, { recursive: true });
    }
    const parse = median(parseTimes);
    const build = median(buildTimes);
    const rows = [
      ['notes', String(files.length)],
      ['size', `${(bytes / 1024).toFixed(0)} KiB`],
      ['cards', String(cards)],
      ['remark-parse alone (median)', `${parse.toFixed(0)} ms`],
      ['amgi build, from scratch (median)', `${build.toFixed(0)} ms`],
      ['ratio build / parse', (build / parse).toFixed(2)],
      ['cards per second', (cards / (build / 1000)).toFixed(0)],
      ['machine', `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`],
    ];
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ notes: files.length, bytes, cards, parseMs: parse, buildMs: build, ratio: build / parse }, null, 2));
    } else {
      const width = Math.max(...rows.map(([label]) => label!.length));
      for (const [label, value] of rows) console.log(`${label!.padEnd(width)}  ${value}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
