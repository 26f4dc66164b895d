import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { cardsFromText } from '../src/cards/cards.js';
import { loadFootnoteSyntax } from '../src/notes/footnotes.js';
import { loadMathSyntax } from '../src/notes/remark-math.js';

// Tests call the synchronous parse, cards and export functions directly, as the library does (see
// src/index.ts): the syntax the command line loads only for a text that needs it is loaded here.
await Promise.all([loadFootnoteSyntax(), loadMathSyntax()]);

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const amgiBin = join(repoRoot, 'bin', 'amgi.js');

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'amgi-test-'));
  made.push(dir);
  return dir;
}

/** Write files (path → text or bytes) under dir. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real compiled binary. */
export function runAmgi(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  return new Promise((done) => {
    execFile(process.execPath, [amgiBin, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Cards of a Markdown text, as {front, back} pairs; `untitledName` names a note with no `#` title, as build does. */
export function cardsOf(markdown: string, untitledName?: string) {
  return cardsFromText(markdown.normalize('NFC'), untitledName).cards;
}

export function frontsOf(markdown: string): string[] {
  return cardsOf(markdown).map((card) => card.front);
}

/** A folder's entries, without the deck index `amgi build` keeps there (a cache, tested on its own). */
export async function entriesOf(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(dir)).filter((name) => name !== '.amgi-index' && name !== '.amgi-removed').sort();
}

/**
 * amgi.config.json for a project whose tests answer cards now and count them: its study day starts
 * twelve hours from now, so a 10-minute learning step never crosses into tomorrow (with the default
 * 04:00, such tests failed when run between 03:50 and 04:00).
 */
export function dayStartAwayFromNow(): Record<string, string> {
  return { 'amgi.config.json': JSON.stringify({ dayStartHour: (new Date().getHours() + 12) % 24 }) };
}
