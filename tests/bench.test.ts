/**
 * `npm run bench` keeps working: its smallest run, through the real binary, gives every figure with
 * a number. Speeds are not asserted here (they belong to the benchmark, on a quiet machine).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

describe('npm run bench', () => {
  it('measures every figure beside its floor and target, and writes JSON', async () => {
    const stdout = await new Promise<string>((done, fail) =>
      execFile(process.execPath, [join(repoRoot, 'dist', 'bench', 'run.js'), '--quick', '--json'], { maxBuffer: 1 << 24 }, (error, out, err) => (error ? fail(new Error(`${error.message}\n${err}`)) : done(out))),
    );
    const report = JSON.parse(stdout) as { machine: string; figures: { name: string; value: number; floor?: { value: number }; otherFloor?: { name: string; value: number }; rssMb?: number; verdict?: string }[] };
    const names = report.figures.map((figure) => figure.name);
    for (const expected of [/^full build, small/, /^rebuild after editing 1 note/, /^full build, large/, /^amgi due/, /^amgi review: first card/, /^answer commit, median/, /^answer commit, 99th/, /^export to CSV/, /^export to \.apkg/, /^amgi optimize --dry-run \(/, /^amgi optimize --dry-run --all-reviews/, /^amgi optimize, adopting/, /^amgi log export/, /^amgi log import/, /^amgi stats/, /^amgi orphans/, /^amgi unsuspend, listing/]) {
      expect(names.some((name) => expected.test(name)), String(expected)).toBe(true);
    }
    for (const figure of report.figures) {
      expect(Number.isFinite(figure.value) && figure.value > 0, figure.name).toBe(true);
      if (figure.floor) expect(figure.floor.value).toBeGreaterThan(0);
    }
    // Builds are also measured against remark-parse on one core.
    for (const build of report.figures.filter((figure) => figure.name.startsWith('full build'))) {
      expect(build.otherFloor?.name, build.name).toMatch(/--single-threaded/);
      expect(build.otherFloor!.value).toBeGreaterThan(0);
    }
    // Peak memory is read with GNU time where it is installed, the review session's included.
    if (existsSync('/usr/bin/time')) {
      const review = report.figures.find((figure) => figure.name.startsWith('amgi review'));
      expect(review?.rssMb).toBeGreaterThan(0);
    }
    expect(report.machine).toMatch(/Node v\d+/);
  }, 240_000);
});
