/**
 * `npm run bench [-- --json] [-- --quick]`: amgi at scale, each figure beside its floor measured the
 * same way in the same run. Inputs are generated with fixed seeds in a temp folder: 300 and 1,000
 * Korean notes shaped like source-notes/, and a store with 100,000 cards and 1,000,000 reviews.
 * Commands run as fresh processes, as a user runs them; figures are medians of several runs. Peak
 * memory is the process's maximum RSS, and CPU time its user + system time, read with GNU time where
 * it is installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDeckFolder } from '../deck/deck-file.js';
import { copyStore, fillStore, reviewHistory, writeCorpus } from './generate.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const amgi = join(repoRoot, 'bin', 'amgi.js');
const parseOnly = join(repoRoot, 'dist', 'bench', 'parse-only.js');
const answersScript = join(repoRoot, 'dist', 'bench', 'answers.js');
const GNU_TIME = '/usr/bin/time';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 5;
// 13 sections make about 105 cards a note: the large corpus has a little over 100,000 cards, of
// which the store holds exactly `storeCards` with `reviewsPerCard` reviews each (1,000,000); the rest are new.
const SIZES = quick
  ? { small: 30, large: 100, sections: 3, storeCards: 600, reviewsPerCard: 4 }
  : { small: 300, large: 1000, sections: 13, storeCards: 100_000, reviewsPerCard: 10 };

/**
 * The environment the measured commands run in: this one, without NODE_EXTRA_CA_CERTS. Where it is
 * set (CI runners and sandboxes behind a proxy), every Node process parses a certificate bundle as it
 * starts, about 40 ms on the reference machine, for connections amgi never makes; floors and figures alike.
 */
const IGNORED_ENV = ['NODE_EXTRA_CA_CERTS'];
const childEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !IGNORED_ENV.includes(name)));
const ignoredEnv = IGNORED_ENV.filter((name) => process.env[name] !== undefined);

interface Measurement {
  ms: number;
  rssMb: number | undefined;
  /** User + system CPU time of the process and its threads. */
  cpuMs: number | undefined;
  /** What the process printed (read by the figures that report on it). */
  stdout?: string;
}

interface Figure {
  name: string;
  value: number;
  unit: string;
  floor?: { name: string; value: number };
  /** A second floor, shown beside the first; the target is judged against `floor`. */
  otherFloor?: { name: string; value: number };
  /** What the figure must stay within, in its unit (or as a ratio to the floor). */
  target?: { max: number; of?: 'floor' };
  rssMb?: number | undefined;
  note?: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One fresh process: wall time from here, and its peak RSS and CPU time from GNU time when available. */
function run(args: string[], cwd: string): Measurement {
  const withTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '%M %U %S', process.execPath, ...args], { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const [kb, user, system] = withTime ? (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
  const cpuSeconds = (user ?? NaN) + (system ?? NaN);
  return { ms, rssMb: Number.isFinite(kb) ? kb! / 1024 : undefined, cpuMs: Number.isFinite(cpuSeconds) ? cpuSeconds * 1000 : undefined, stdout: result.stdout };
}

/** What `amgi optimize --json` fitted on: a sample of the cards by default, when the log is large. */
function fittedOn(optimize: Measurement): string {
  const report = JSON.parse(optimize.stdout ?? '{}') as { sampled?: boolean; reviewsFitted?: number; reviews?: number };
  const count = (n: number | undefined) => (n ?? NaN).toLocaleString('en');
  return report.sampled ? `on a sample of cards: ${count(report.reviewsFitted)} of ${count(report.reviews)} reviews` : `on all ${count(report.reviews)} reviews`;
}

function summarise(all: readonly Measurement[]): Measurement {
  const rss = all.map((m) => m.rssMb).filter((v): v is number => v !== undefined);
  const cpu = all.map((m) => m.cpuMs).filter((v): v is number => v !== undefined);
  return { ms: median(all.map((m) => m.ms)), rssMb: rss.length > 0 ? Math.max(...rss) : undefined, cpuMs: cpu.length > 0 ? median(cpu) : undefined };
}

function medianOf(times: number, measure: (n: number) => Measurement): Measurement {
  return summarise(Array.from({ length: times }, (_, n) => measure(n)));
}

/** How many cores a process kept busy on average: its CPU time over its wall time. */
function coresUsed(m: Measurement): string {
  return m.cpuMs === undefined ? '' : `, ${(m.cpuMs / m.ms).toFixed(1)} cores`;
}

async function bytesOf(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += (await stat(path)).size;
  return total;
}

/**
 * Build from scratch against remark-parse alone over the same notes, in turns (floor, floor on one
 * thread, build), so that a machine that slows down or speeds up during the runs moves all three alike.
 *
 * Two floors. Plain `node` is the floor the target is judged against; its garbage collector marks and
 * scavenges on helper threads, so even "single-threaded" parsing keeps more than one core busy (about
 * 1.3 on the reference machine). `node --single-threaded` runs the same parse on one thread only.
 */
async function buildFigures(dir: string, label: string, count: number, seed: number, figures: Figure[]): Promise<string> {
  const notes = join(dir, `notes-${count}`);
  const paths = await writeCorpus(notes, count, SIZES.sections, seed);
  const bytes = await bytesOf(paths);
  const runs = count > 300 ? Math.min(RUNS, 3) : RUNS; // a large build takes most of the bench's time
  const rounds = Array.from({ length: runs }, (_, n) => ({
    parse: run([parseOnly, notes], dir),
    oneThread: run(['--single-threaded', parseOnly, notes], dir),
    build: run([amgi, '--decks', join(dir, `decks-${count}-${n}`), 'build', notes], dir),
  }));
  const parse = summarise(rounds.map((round) => round.parse));
  const oneThread = summarise(rounds.map((round) => round.oneThread));
  const build = summarise(rounds.map((round) => round.build));
  const decks = join(dir, `decks-${count}`);
  run([amgi, '--decks', decks, 'build', notes], dir);
  const cards = (await readDeckFolder(decks)).reduce((sum, { deck }) => sum + deck.cards.length, 0);
  figures.push({
    name: `full build, ${label} (${count} notes, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${cards} cards)`,
    value: build.ms,
    unit: 'ms',
    floor: { name: `remark-parse alone${coresUsed(parse)}`, value: parse.ms },
    otherFloor: { name: `remark-parse, node --single-threaded${coresUsed(oneThread)}`, value: oneThread.ms },
    target: { max: 0.8, of: 'floor' },
    rssMb: build.rssMb,
    note: `${Math.round(cards / (build.ms / 1000))} cards/s${coresUsed(build)}; ${(build.ms / oneThread.ms).toFixed(2)} × the one-thread floor`,
  });
  // Rebuild after editing one note: append a paragraph to a different note each run.
  const rebuild = medianOf(RUNS, (n) => {
    appendFileSync(paths[n % paths.length]!, `\n추가된 문단 ${n}.\n`);
    return run([amgi, '--decks', decks, 'build', notes], dir);
  });
  figures.push({
    name: `rebuild after editing 1 note of ${count}`,
    value: rebuild.ms,
    unit: 'ms',
    floor: { name: 'node -e 0', value: medianOf(RUNS, () => run(['-e', '0'], dir)).ms },
    ...(count <= 300 ? { target: { max: 400 } } : {}),
    rssMb: rebuild.rssMb,
  });
  return decks;
}

/** A peak RSS that GNU time wrote to `file` (`-o`), if it did. */
function rssOf(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const kb = Number(readFileSync(file, 'utf8').trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

interface ReviewStart {
  firstScreen: number;
  firstCard: number;
  /** The session's peak RSS, from GNU time when available. */
  rssMb: number | undefined;
}

/**
 * Time until `amgi review` draws its first screen, then until the first card after Space, in a
 * pseudo-terminal; then its back is shown, and the session quits.
 */
function reviewStart(dir: string, decks: string, n: number): Promise<ReviewStart> {
  return new Promise((done, fail) => {
    const rssFile = join(dir, `review-rss-${n}`);
    const timed = existsSync(GNU_TIME) ? `'${GNU_TIME}' -f %M -o '${rssFile}' ` : '';
    const command = `stty cols 100 rows 40; ${timed}'${process.execPath}' '${amgi}' --decks '${decks}' review`;
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, env: { ...childEnv, TERM: 'xterm-256color' } });
    let output = '';
    let firstScreen: number | undefined;
    let firstCard: number | undefined;
    let shown = false;
    let revealed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`amgi review did not show a card within 60 s:\n${output.slice(-500)}`));
    }, 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      // Answered as a terminal drawing ambiguous-width characters one column wide answers amgi's probe.
      if (chunk.includes('\x1b[6n')) child.stdin.write('\x1b[1;2R');
      if (firstScreen === undefined && output.includes('오늘의 복습')) {
        firstScreen = performance.now() - start;
        child.stdin.write(' ');
      } else if (firstScreen !== undefined && !shown && output.includes('정답 보기')) {
        shown = true;
        firstCard = performance.now() - start;
        child.stdin.write(' ');
      } else if (shown && !revealed && output.includes('Enter = 3 알맞음')) {
        revealed = true;
        clearTimeout(timer);
        child.stdin.write('q');
        child.once('close', () => done({ firstScreen: firstScreen!, firstCard: firstCard!, rssMb: rssOf(rssFile) }));
        setTimeout(() => child.kill('SIGKILL'), 2000);
      }
    });
  });
}

/**
 * Answers committed one by one on the big store, in a fresh process as a review session is (this
 * one holds a million generated reviews, and its garbage collections would land in the timings):
 * median and 99th percentile, and the checkpoints the session runs between cards.
 */
function answerCommits(dir: string, storePath: string): { median: number; p99: number; checkpoints: number[] } {
  const result = spawnSync(process.execPath, [answersScript, storePath, '500'], { cwd: dir, env: childEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`answer commits failed (${result.status}): ${result.stderr.slice(-500)}`);
  const { commits, checkpoints } = JSON.parse(result.stdout) as { commits: number[]; checkpoints: number[] };
  return { median: median(commits), p99: percentile(commits, 99), checkpoints };
}

function verdict(figure: Figure): string {
  if (!figure.target) return '';
  const limit = figure.target.of === 'floor' ? figure.target.max * figure.floor!.value : figure.target.max;
  return figure.value <= limit ? 'met' : 'MISSED';
}

function targetText(figure: Figure): string {
  if (!figure.target) return '';
  return figure.target.of === 'floor' ? `≤ ${figure.target.max} × floor` : `≤ ${figure.target.max} ${figure.unit}`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'amgi-bench-'));
  const figures: Figure[] = [];
  const log = (text: string) => process.stderr.write(`${text}\n`);
  try {
    log('generating notes and building…');
    await buildFigures(dir, 'small', SIZES.small, 1, figures);
    const decks = await buildFigures(dir, 'large', SIZES.large, 2, figures);
    const nodeFloor = medianOf(RUNS, () => run(['-e', '0'], dir)).ms;

    log('generating the review store…');
    const allCardIds = (await readDeckFolder(decks)).flatMap(({ deck }) => deck.cards.map((card) => card.id));
    if (allCardIds.length < SIZES.storeCards) throw new Error(`the large corpus has ${allCardIds.length} cards, fewer than the ${SIZES.storeCards} the store needs`);
    const cardIds = allCardIds.slice(0, SIZES.storeCards);
    // History up to two days ago: today's answers would use up the daily limits before the review is timed.
    const reviews = reviewHistory(cardIds, SIZES.reviewsPerCard, Date.now() - 2 * 86_400_000, 3);
    const storePath = join(decks, 'amgi.sqlite');
    fillStore(storePath, reviews, Date.now());
    const scale = `${allCardIds.length} cards, ${cardIds.length} of them with ${reviews.length} reviews`;

    log('measuring due, review, answers…');
    const due = medianOf(RUNS, () => run([amgi, '--decks', decks, 'due'], dir));
    figures.push({ name: `amgi due (${scale})`, value: due.ms, unit: 'ms', floor: { name: 'node -e 0', value: nodeFloor }, target: { max: 300 }, rssMb: due.rssMb });
    const starts: ReviewStart[] = [];
    for (let n = 0; n < RUNS; n++) {
      try {
        starts.push(await reviewStart(dir, decks, n));
      } catch (error) {
        log(`amgi review: ${(error as Error).message}`);
        break;
      }
    }
    if (starts.length > 0) figures.push({
      name: `amgi review: first card on screen (${scale})`,
      value: median(starts.map((s) => s.firstCard)),
      unit: 'ms',
      floor: { name: 'node -e 0', value: nodeFloor },
      target: { max: 300 },
      rssMb: summarise(starts.map((start) => ({ ms: start.firstCard, rssMb: start.rssMb, cpuMs: undefined }))).rssMb,
      note: `first screen after ${Math.round(median(starts.map((s) => s.firstScreen)))} ms; peak RSS with the card's back shown`,
    });
    const commits = answerCommits(dir, storePath);
    figures.push({ name: 'answer commit, median', value: commits.median, unit: 'ms' });
    figures.push({ name: 'answer commit, 99th percentile', value: commits.p99, unit: 'ms', target: { max: 5 } });
    if (commits.checkpoints.length > 0) {
      figures.push({
        name: 'WAL checkpoint between cards, median (not part of an answer)',
        value: median(commits.checkpoints),
        unit: 'ms',
        note: `${commits.checkpoints.length} in 500 answers, longest ${Math.round(Math.max(...commits.checkpoints))} ms`,
      });
    }

    log('measuring exports…');
    const csv = medianOf(Math.min(RUNS, 3), (n) => run([amgi, '--decks', decks, 'export', '--out', join(dir, `csv-${n}`)], dir));
    figures.push({ name: `export to CSV (${allCardIds.length} cards)`, value: csv.ms, unit: 'ms', target: { max: 1000 }, rssMb: csv.rssMb });
    const apkg = medianOf(Math.min(RUNS, 3), (n) => run([amgi, '--decks', decks, 'export', '--format', 'apkg', '--out', join(dir, `apkg-${n}`)], dir));
    figures.push({ name: `export to .apkg (${allCardIds.length} cards)`, value: apkg.ms, unit: 'ms', rssMb: apkg.rssMb });

    log('measuring optimize…');
    const optimize = run([amgi, '--decks', decks, 'optimize', '--dry-run', '--json'], dir);
    figures.push({ name: `amgi optimize --dry-run (${reviews.length} reviews)`, value: optimize.ms, unit: 'ms', rssMb: optimize.rssMb, note: `fitted ${fittedOn(optimize)}` });
    const everyReview = run([amgi, '--decks', decks, 'optimize', '--dry-run', '--all-reviews', '--json'], dir);
    figures.push({ name: `amgi optimize --dry-run --all-reviews (${reviews.length} reviews)`, value: everyReview.ms, unit: 'ms', rssMb: everyReview.rssMb, note: `fitted ${fittedOn(everyReview)}` });
    // As a user runs it: the fit is adopted (it always beats the defaults here) and every reviewed
    // card's memory state recomputed. On a copy, so that the store the other figures read is unchanged.
    const adoptingStore = join(dir, 'adopting.sqlite');
    copyStore(storePath, adoptingStore);
    const adopting = run([amgi, '--decks', decks, '--store', adoptingStore, 'optimize', '--json'], dir);
    figures.push({ name: `amgi optimize, adopting (${reviews.length} reviews)`, value: adopting.ms, unit: 'ms', rssMb: adopting.rssMb, note: `the fit (${fittedOn(adopting)}), then 100,000 cards recomputed` });
    log('measuring the review log…');
    const logFile = join(dir, 'log.csv');
    const logExport = run([amgi, '--decks', decks, 'log', 'export', '--out', logFile], dir);
    figures.push({ name: `amgi log export (${reviews.length} reviews)`, value: logExport.ms, unit: 'ms', rssMb: logExport.rssMb });
    const logImport = run([amgi, '--decks', decks, '--store', join(dir, 'imported.sqlite'), 'log', 'import', logFile], dir);
    figures.push({ name: `amgi log import of that file (${reviews.length} reviews)`, value: logImport.ms, unit: 'ms', rssMb: logImport.rssMb, note: 'into an empty store: every card replayed' });
    const stats = medianOf(Math.min(RUNS, 3), () => run([amgi, '--decks', decks, 'stats'], dir));
    figures.push({ name: `amgi stats (${scale})`, value: stats.ms, unit: 'ms', floor: { name: 'node -e 0', value: nodeFloor }, rssMb: stats.rssMb });
    // The other commands that look at every card: none of the store's cards is an orphan or suspended here.
    const orphans = medianOf(Math.min(RUNS, 3), () => run([amgi, '--decks', decks, 'orphans'], dir));
    figures.push({ name: `amgi orphans (${scale})`, value: orphans.ms, unit: 'ms', floor: { name: 'node -e 0', value: nodeFloor }, rssMb: orphans.rssMb });
    const suspended = medianOf(Math.min(RUNS, 3), () => run([amgi, '--decks', decks, 'unsuspend'], dir));
    figures.push({ name: `amgi unsuspend, listing (${scale})`, value: suspended.ms, unit: 'ms', floor: { name: 'node -e 0', value: nodeFloor }, rssMb: suspended.rssMb });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ machine, runs: RUNS, quick, unsetEnvironment: ignoredEnv, figures: figures.map((f) => ({ ...f, verdict: verdict(f) || undefined })) }, null, 2));
    return;
  }
  const rows = [
    ['figure', 'value', 'floor', 'target', '', 'peak RSS'],
    ...figures.map((f) => [
      f.name + (f.note ? ` — ${f.note}` : ''),
      `${f.value < 10 ? f.value.toFixed(2) : Math.round(f.value)} ${f.unit}`,
      [f.floor, f.otherFloor].flatMap((floor) => (floor ? [`${Math.round(floor.value)} ms (${floor.name})`] : [])).join('; '),
      targetText(f),
      verdict(f),
      f.rssMb === undefined ? '' : `${Math.round(f.rssMb)} MB`,
    ]),
  ];
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((row) => row[k]!.length)));
  for (const row of rows) console.log(row.map((cell, k) => cell.padEnd(widths[k]!)).join('  ').trimEnd());
  console.log(`\nmachine: ${machine}; medians of ${RUNS} runs`);
  if (ignoredEnv.length > 0) console.log(`commands ran without ${ignoredEnv.join(', ')} (set here; see src/bench/run.ts)`);
}

await main();
