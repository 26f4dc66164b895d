/**
 * `npm run bench`: how much a full `amgi build` costs over remark-parse alone on the same notes.
 * Each side runs as a fresh process, as a user runs it (start-up included on both sides), alternately,
 * and the medians are compared. Notes: source-notes/ and, when present, the shared corpus of Korean
 * notes, copied 10 times.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNotes } from '../notes/find-notes.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const CORPUS = resolve(repoRoot, '..', 'shared', 'corpus', 'korean-notes');
const RUNS = 5;

async function prepareNotes(dir: string): Promise<string> {
  const notes = join(dir, 'notes');
  const sources = [join(repoRoot, 'source-notes'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  for (let copy = 0; copy < 10; copy++) {
    for (const [n, source] of sources.entries()) await cp(source, join(notes, `copy${copy}`, `set${n}`), { recursive: true });
  }
  return notes;
}

function timed(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'amgi-bench-'));
  try {
    const notes = await prepareNotes(dir);
    const files = await findNotes([notes]);
    let bytes = 0;
    for (const file of files) bytes += (await stat(file)).size;
    const parseTimes: number[] = [];
    const amgiParseTimes: number[] = [];
    const buildTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      parseTimes.push(timed([join(repoRoot, 'dist', 'bench', 'parse-only.js'), notes]));
      amgiParseTimes.push(timed([join(repoRoot, 'dist', 'bench', 'parse-only.js'), '--amgi', notes]));
      const decks = join(dir, `decks-${run}`);
      buildTimes.push(timed([join(repoRoot, 'bin', 'amgi.js'), '--decks', decks, 'build', notes, '--json']));
      if (run < RUNS - 1) await rm(decks, { recursive: true });
    }
    const report = JSON.parse(
      execFileSync(process.execPath, [join(repoRoot, 'bin', 'amgi.js'), '--decks', join(dir, `decks-${RUNS - 1}`), 'build', notes, '--json', '--force'], { encoding: 'utf8' }),
    ) as { decks: { cards: number }[] };
    const cards = report.decks.reduce((sum, deck) => sum + deck.cards, 0);
    const parse = median(parseTimes);
    const amgiParse = median(amgiParseTimes);
    const build = median(buildTimes);
    const result = {
      notes: files.length,
      bytes,
      cards,
      parseMs: Math.round(parse),
      amgiParseMs: Math.round(amgiParse),
      buildMs: Math.round(build),
      ratio: build / parse,
      ratioToAmgiParse: build / amgiParse,
      cardsPerSecond: cards / (build / 1000),
    };
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const rows = [
      ['notes', `${files.length} (${(bytes / 1024).toFixed(0)} KiB)`],
      ['cards', String(cards)],
      ['remark-parse alone, median of 5', `${result.parseMs} ms`],
      ['amgi parse alone (chunked), median of 5', `${result.amgiParseMs} ms`],
      ['amgi build from scratch, median of 5', `${result.buildMs} ms`],
      ['ratio build / remark-parse', result.ratio.toFixed(2)],
      ['ratio build / amgi parse', result.ratioToAmgiParse.toFixed(2)],
      ['cards per second', result.cardsPerSecond.toFixed(0)],
      ['machine', `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`],
    ];
    const width = Math.max(...rows.map(([label]) => label!.length));
    for (const [label, value] of rows) console.log(`${label!.padEnd(width)}  ${value}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
