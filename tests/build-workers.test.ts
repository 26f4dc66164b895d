/**
 * A build of many changed notes parses them in worker threads (the compiled binary, on a machine of two
 * cores or more); the library run from its TypeScript sources, as here, parses them one at a time in
 * its own thread. Both must give the same deck files, card ids, report, warnings and errors.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../src/bench/generate.js';
import { buildDecks, type BuildReport } from '../src/deck/build.js';
import { runAmgi, tempDir, writeFiles } from './helpers.js';

const NOTE = '# 운영체제\n\n## 프로세스\n\n> 스레드\n\n프로세스 안의 실행 단위입니다.\n';

/** Notes that fail, warn or are skipped, among the generated ones. */
const TROUBLE: Record<string, string | Uint8Array> = {
  'notes/bad/old.md': Buffer.from([0x23, 0x20, 0xbf, 0xee, 0xbf, 0xb5, 0x0a, 0x0a, 0xb8, 0xde, 0xb8, 0xf0, 0x0a]), // CP949
  'notes/bad/deep.md': `# 깊음\n\n${'>'.repeat(300)} 너무 깊다\n`,
  'notes/bad/empty.md': '',
  'notes/bad/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
  'notes/bad/img.md': `${NOTE}\n![없음](./없음.png)\n`,
  'notes/bad/plain.md': '그냥 한 줄 메모입니다.\n',
  'notes/other/노트-0001.md': NOTE, // the same file name as a generated note
};

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeCorpus(join(dir, 'notes'), 40, 3, 7);
  await writeFiles(dir, TROUBLE);
  return dir;
}

/** The binary's build: `build notes --json` in the project. */
async function cliBuild(dir: string): Promise<unknown> {
  const result = await runAmgi(['build', 'notes', '--json'], { cwd: dir });
  expect(result.code).toBe(1); // the bad notes fail
  return JSON.parse(result.stdout);
}

/** The library's build, with its paths written relative to the project as the binary's are. */
async function libraryBuild(dir: string): Promise<unknown> {
  const report: BuildReport = await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
  return JSON.parse(JSON.stringify(report).replaceAll(`${dir}/`, ''));
}

/** Every deck file's text, by name (the deck index holds modification times, so it differs). */
async function deckFiles(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(dir, 'decks'))).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, 'decks', name), 'utf8')] as const)));
}

/** Edit the first `count` notes alike in both projects: backs reworded, a title renamed, a section dropped. */
async function editNotes(dir: string, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const path = join(dir, 'notes', `노트-${String(n).padStart(4, '0')}.md`);
    let text = await readFile(path, 'utf8');
    text = text.replaceAll('할 수 있습니다.', '합니다.').replaceAll('중요합니다.', '매우 중요합니다.');
    if (n % 3 === 0) text = text.replace('\n> ', '\n> 새 ');
    if (n % 4 === 0) text = text.slice(0, text.lastIndexOf('\n## '));
    await writeFile(path, text);
  }
}

describe('a build in worker threads', () => {
  it('gives the same decks, ids, report and errors as one note at a time, built and then rebuilt', async () => {
    const [threaded, inline] = await Promise.all([project(), project()]);
    const [cli, lib] = await Promise.all([cliBuild(threaded), libraryBuild(inline)]);
    expect(cli).toEqual(lib);
    expect(await deckFiles(threaded)).toEqual(await deckFiles(inline));
    expect(Object.keys(await deckFiles(threaded))).toHaveLength(44);

    await Promise.all([editNotes(threaded, 12), editNotes(inline, 12)]);
    const [cliAgain, libAgain] = await Promise.all([cliBuild(threaded), libraryBuild(inline)]);
    expect(cliAgain).toEqual(libAgain);
    expect(await deckFiles(threaded)).toEqual(await deckFiles(inline));

    // Two changed notes: the binary parses them in its own thread too.
    await Promise.all([editNotes(threaded, 2), editNotes(inline, 2)]);
    expect(await cliBuild(threaded)).toEqual(await libraryBuild(inline));
    expect(await deckFiles(threaded)).toEqual(await deckFiles(inline));
  });
});
