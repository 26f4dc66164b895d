import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { slugify } from '../src/deck/slug.js';
import { fillStore, reviewHistory } from '../src/bench/generate.js';
import { buildPackage } from '../src/export/apkg.js';
import { fromPosted, postedError } from '../src/export/export-pool.js';
import { DEFAULT_SETTINGS, Scheduler } from '../src/schedule/fsrs.js';
import { ReviewStore } from '../src/store/store.js';
import { storeProblem, UserError } from '../src/util/errors.js';
import { amgiBin, runAmgi, tempDir, writeFiles, entriesOf } from './helpers.js';

const NOTE = '# 운영체제\n\n## 프로세스\n\n> 스레드\n\n프로세스 안의 실행 단위입니다.\n';
const NO_STACK = /\n\s+at .*:\d+/;

/** `운영체제` and friends in CP949, as an old Windows editor saves them: "# 운영체제\n\n메모" */
const CP949 = Buffer.from([0x23, 0x20, 0xbf, 0xee, 0xbf, 0xb5, 0xc3, 0xbc, 0xc1, 0xa6, 0x0a, 0x0a, 0xb8, 0xde, 0xb8, 0xf0, 0x0a]);

async function buildJson(dir: string) {
  const result = await runAmgi(['build', 'notes', '--json'], { cwd: dir });
  return { ...result, report: JSON.parse(result.stdout) };
}

describe('bad input', () => {
  it('names a CP949 note, says how to convert it, and still builds the other notes (exit 1)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/old.md': CP949, 'notes/good.md': NOTE });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notes/old.md:1: the note is not UTF-8; it looks like Korean in CP949 (EUC-KR)');
    expect(result.stderr).toContain("iconv -f CP949 -t UTF-8 'notes/old.md'");
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['good.json']);
  });

  it('refuses UTF-16 with advice', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/u16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, 'utf16le')]) });
    const { code, report } = await buildJson(dir);
    expect(code).toBe(1);
    expect(report.decks[0].error).toContain('UTF-16');
  });

  it('reads a note with a BOM, CRLF line ends and NFD Hangul as the clean note', async () => {
    const dir = await tempDir();
    const messy = `\ufeff${NOTE.normalize('NFD').replace(/\n/g, '\r\n')}`;
    await writeFiles(dir, { 'notes/clean.md': NOTE, 'notes/messy.md': messy });
    const { code } = await buildJson(dir);
    expect(code).toBe(0);
    const clean = JSON.parse(await readFile(join(dir, 'decks', 'clean.json'), 'utf8'));
    const fromMessy = JSON.parse(await readFile(join(dir, 'decks', 'messy.json'), 'utf8'));
    expect(fromMessy.name).toBe('운영체제'); // NFC
    expect(fromMessy.cards.map((card: { front: string; back: string }) => [card.front, card.back])).toEqual(
      clean.cards.map((card: { front: string; back: string }) => [card.front, card.back]),
    );
    expect(fromMessy.cards[0].back).not.toContain('\r');
  });

  it('finds a note macOS named in NFD by the NFC name a Korean keyboard types, in build and explain', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [`notes/${'보안그룹.md'.normalize('NFD')}`]: NOTE });
    const typed = join('notes', '보안그룹.md'); // NFC, as typed
    const first = await runAmgi(['build', '--json', 'notes'], { cwd: dir });
    expect(first.code).toBe(0);
    const again = await runAmgi(['build', '--json', typed], { cwd: dir });
    expect(again.code).toBe(0);
    const [deck] = JSON.parse(again.stdout).decks;
    expect(deck.status).toBe('unchanged'); // the same note, not a second deck
    expect((await readdir(join(dir, 'decks'))).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    const explain = await runAmgi(['explain', typed], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('CARD');
    const folder = await runAmgi(['explain', 'notes'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('notes: is a folder; `amgi explain` takes one note file');
    // The deck names it in NFC, as all text; removed from disk, its deck goes.
    const deckFile = (await readdir(join(dir, 'decks'))).find((name) => name.endsWith('.json'))!;
    const written = JSON.parse(await readFile(join(dir, 'decks', deckFile), 'utf8'));
    expect(written.source).toBe('notes/보안그룹.md'.normalize('NFC'));
    expect(written.cards.every((card: { source: { path: string } }) => card.source.path === written.source)).toBe(true);
    expect(deck.note).toBe(typed);
    await rm(join(dir, 'notes', '보안그룹.md'.normalize('NFD')));
    const removed = JSON.parse((await runAmgi(['build', '--json', '--allow-empty', 'notes'], { cwd: dir })).stdout); // its only note
    expect(removed.decks.map((entry: { status: string }) => entry.status)).toEqual(['removed']);
  });

  it('keeps two notes apart whose names differ only in form (NFC and NFD side by side, as Linux allows)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/노트.md': '# 노트\n\n## 정규화\n\n- 제1정규형 : 원자값\n', [`notes/${'노트.md'.normalize('NFD')}`]: '# 노트 둘\n\n## 반정규화\n\n- 역정규화 : 중복 허용\n' });
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    const again = JSON.parse((await runAmgi(['build', '--json', 'notes'], { cwd: dir })).stdout);
    expect(again.decks.map((deck: { status: string }) => deck.status)).toEqual(['unchanged', 'unchanged']);
    expect((await readdir(join(dir, 'decks'))).filter((name) => name.endsWith('.json'))).toHaveLength(2);
  });

  it('drops control characters, so a card cannot send commands to the terminal or carry them to Anki', async () => {
    const dir = await tempDir();
    const noisy = NOTE.replace('실행 단위입니다.', '\u001b[31m실행\u001b[0m\u000b단위\u009b2J입니다.\u0007');
    await writeFiles(dir, { 'notes/noisy.md': noisy });
    expect((await buildJson(dir)).code).toBe(0);
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'noisy.json'), 'utf8'));
    expect(deck.cards[0].back).toBe('프로세스 안의 [31m실행[0m 단위2J입니다.');
    expect(await readFile(join(dir, 'notes', 'noisy.md'), 'utf8')).toBe(noisy); // the note itself is untouched
  });

  it('follows linked notes and folders, builds a note reached twice once, and does not loop', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': NOTE, 'elsewhere/linked.md': NOTE.replace('운영체제', '네트워크'), 'elsewhere/sub/.keep': '' });
    await symlink('../elsewhere', join(dir, 'notes', 'folder-link'));
    await symlink('../elsewhere/linked.md', join(dir, 'notes', 'file-link.md'));
    await symlink('..', join(dir, 'elsewhere', 'sub', 'up')); // a loop back up
    const { code, report } = await buildJson(dir);
    expect(code).toBe(0);
    expect(report.decks.map((deck: { note: string }) => deck.note).sort()).toEqual(['notes/a.md', 'notes/file-link.md']);
  });

  it('keeps a note under its own path when a link to its folder sorts before it, so its deck and ids stay', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/z-real/x.md': NOTE });
    const before = await buildJson(dir);
    expect(before.report.decks.map((deck: { note: string }) => deck.note)).toEqual(['notes/z-real/x.md']);
    const deckFile = join(dir, before.report.decks[0].deckFile);
    const ids = JSON.parse(await readFile(deckFile, 'utf8')).cards.map((card: { id: string }) => card.id);
    await symlink('z-real', join(dir, 'notes', 'a-link'));
    const after = await buildJson(dir);
    expect(after.code).toBe(0);
    expect(after.report.decks.map((deck: { note: string }) => deck.note)).toEqual(['notes/z-real/x.md']);
    expect(after.report.decks[0].status).toBe('unchanged');
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['x.json']);
    expect(JSON.parse(await readFile(deckFile, 'utf8')).cards.map((card: { id: string }) => card.id)).toEqual(ids);
  });

  it('refuses a pipe named as a note instead of waiting on it forever', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const build = await runAmgi(['build', 'pipe.md'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('pipe.md: not a regular file');
    const explain = await runAmgi(['explain', 'pipe.md'], { cwd: dir });
    expect(explain.code).not.toBe(0);
    expect(explain.stderr).toContain('pipe.md: not a regular file');
  });

  it('says a decks "folder" that is a file is one, and a store path that is a folder is one', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': NOTE, 'not-a-folder': 'x' });
    const build = await runAmgi(['--decks', 'not-a-folder', 'build', 'notes'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('not-a-folder: is a file, not a folder');
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    const due = await runAmgi(['--store', 'notes', 'due'], { cwd: dir });
    expect(due.code).toBe(2);
    expect(due.stderr).toContain('notes: is a folder; --store');
    // A file given as the decks folder is said so, also by a command that reads only the store.
    const backup = await runAmgi(['--decks', 'not-a-folder', 'log', 'export'], { cwd: dir });
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('not-a-folder is a file, not a decks folder');
    // A link to nothing is no note.
    await symlink(join(dir, 'gone.md'), join(dir, 'dangling.md'));
    const dangling = await runAmgi(['explain', 'dangling.md'], { cwd: dir });
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toContain('dangling.md: no such file');
    expect(due.stderr).not.toContain('internal error');
    // A store in a folder that does not exist is a typo, not an empty history.
    const typo = await runAmgi(['--store', 'nowhere/amgi.sqlite', 'due'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no folder nowhere/ for the review store');
    // Nor is a device an empty history.
    const device = await runAmgi(['--store', '/dev/null', 'due'], { cwd: dir });
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/null: not a regular file');
  });

  it('says what it could not do with a store it cannot open, and with parameters it cannot read, without a stack', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': NOTE });
    await runAmgi(['build', 'notes'], { cwd: dir });
    const missingFolder = await runAmgi(['--store', join(dir, 'nope', 'x.sqlite'), 'orphans'], { cwd: dir });
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.stderr).toContain(`no folder ${join(dir, 'nope')}/ for the review store given with --store`);
    expect(missingFolder.stderr).not.toContain('damaged');
    // Listing orphans makes no store where there is none.
    expect((await runAmgi(['orphans'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'decks'))).not.toContain('amgi.sqlite');
    const storePath = join(dir, 'decks', 'amgi.sqlite');
    ReviewStore.open(storePath).close();
    const db = new Database(storePath);
    db.prepare('INSERT INTO parameters (adopted_at, weights, log_loss, rmse, reviews) VALUES (?, ?, NULL, NULL, 0)').run(Date.now(), '[0.2, 1.2,');
    db.close();
    const due = await runAmgi(['due'], { cwd: dir });
    expect(due.code).toBe(1);
    expect(due.stderr).toContain('the FSRS parameters stored by `amgi optimize` are unusable');
    expect(due.stderr).not.toContain('internal error');
    expect(due.stderr).not.toMatch(NO_STACK);
  });

  it('warns about a folder named as an image, as export does', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': `${NOTE}\n![그림](images)\n`, 'notes/images/x.txt': 'not an image' });
    const built = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(built.stdout + built.stderr).toContain('image not found: images');
  });

  it('says a store another program keeps locked is locked, not damaged', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': NOTE });
    await runAmgi(['build', 'notes'], { cwd: dir });
    ReviewStore.open(join(dir, 'decks', 'amgi.sqlite')).close();
    const holder = new Database(join(dir, 'decks', 'amgi.sqlite'));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE; UPDATE cards SET reps = reps;');
    try {
      const due = await runAmgi(['due'], { cwd: dir }); // waits its 5 s for the lock first
      expect(due.code).toBe(1);
      expect(due.stderr).toContain('the review store is locked by another program');
      expect(due.stderr).not.toContain('damaged');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);

  it('takes SQLite trouble for what it is: a bug in amgi\'s SQL is no damaged store, and the .apkg scratch is not the store', async () => {
    const dir = await tempDir();
    const db = new Database(join(dir, 'x.sqlite'));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);');
    const constraint = catchError(() => db.exec('INSERT INTO t VALUES (1)'));
    const syntax = catchError(() => db.exec('SELEC 1'));
    db.close();
    expect(storeProblem('amgi.sqlite', constraint)).toBeUndefined(); // reported as an internal error, to be fixed
    expect(storeProblem('amgi.sqlite', syntax)).toBeUndefined();
    await writeFile(join(dir, 'not-a-db.sqlite'), 'this is not a database, just text long enough to be read as a header.'.repeat(20));
    const damaged = catchError(() => new Database(join(dir, 'not-a-db.sqlite')).pragma('user_version'));
    expect(storeProblem('amgi.sqlite', damaged)?.message).toContain('damaged');

    // The package's scratch collection broken (here: its empty template is not a database).
    const scratch = join(dir, 'scratch');
    await writeFiles(scratch, { 'empty.anki2': 'not a database'.repeat(100) });
    const failed = catchError(() => buildPackage({ notes: [], media: [], history: new Map(), now: Date.now() }, scratch));
    expect(failed).toBeInstanceOf(UserError);
    expect((failed as Error).message).toContain(scratch);
    expect((failed as Error).message).toContain('TMPDIR');
    expect((failed as Error).message).not.toContain('review store');
  });

  it('says a full disk met in an export thread as a full disk, not as a bug (an errno code does not cross threads)', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/out/보안.csv' });
    const received = fromPosted(postedError(full));
    expect(received).toBeInstanceOf(UserError);
    expect(received.message).toBe('/out/보안.csv: the disk is full (ENOSPC). Free some space and try again; nothing half-written was kept.');
    // A store locked while a thread reads it for `--with-progress`.
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const locked = fromPosted(postedError(busy, '/notes/decks/amgi.sqlite'));
    expect(locked).toBeInstanceOf(UserError);
    expect(locked.message).toContain('/notes/decks/amgi.sqlite: the review store is locked by another program');
  });

  it.skipIf(!canMountReadOnly())('reads a store in a read-only folder for due, stats and a log export, and says plainly that answering needs it writable', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': '# 네트워크\n\n> TCP\n\n연결형 프로토콜.\n\n> UDP\n\n비연결형 프로토콜.\n\n> IP\n\n주소 체계.\n' });
    await runAmgi(['build', 'notes'], { cwd: dir });
    const storePath = join(dir, 'decks', 'amgi.sqlite');
    // A log longer than a pipe holds (3,000 reviews of cards in no deck), so that `| head` cuts it short.
    fillStore(storePath, reviewHistory(['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc'], 1000, Date.now(), 1), Date.now());
    const store = ReviewStore.open(storePath);
    const id = JSON.parse(await readFile(join(dir, 'decks', 'a.json'), 'utf8')).cards[0].id as string;
    store.setSuspended(new Scheduler(DEFAULT_SETTINGS), id, true, Date.now());
    store.close();
    // As the previous amgi left it (schema 4): read all the same, upgraded in the private copy only.
    const raw = new Database(storePath);
    raw.exec('DROP TABLE folders');
    raw.pragma('user_version = 4');
    raw.close();
    const readOnly = join(dir, 'read-only');
    const temp = join(dir, 'tmp');
    await mkdir(readOnly);
    await mkdir(temp);
    execFileSync('mount', ['--bind', join(dir, 'decks'), readOnly]);
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', readOnly]);
      const env = { TMPDIR: temp };
      const due = await runAmgi(['--decks', readOnly, 'due'], { cwd: dir, env });
      expect(due.stderr).toBe('');
      expect(due.stdout).toMatch(/네트워크 +2 +0 +0/); // the suspended card is not counted: the store was read
      expect((await runAmgi(['--decks', readOnly, 'stats'], { cwd: dir, env })).code).toBe(0);
      expect((await runAmgi(['--decks', readOnly, 'unsuspend'], { cwd: dir, env })).stdout).toContain(id);
      const bringBack = await runAmgi(['--decks', readOnly, 'unsuspend', id], { cwd: dir, env });
      expect(bringBack.code).toBe(1);
      expect(bringBack.stderr).toContain('amgi cannot write the review store');
      expect(await readdir(temp)).toEqual([]); // the copy it read is gone
      // Cut short by a closed pipe, the command still removes its copy.
      execFileSync('sh', ['-c', `"${process.execPath}" "${amgiBin}" --decks "${readOnly}" log export | head -c 1 > /dev/null`], { cwd: dir, env: { ...process.env, TMPDIR: temp } });
      expect(await readdir(temp)).toEqual([]);
      const original = new Database(storePath, { readonly: true });
      expect(original.pragma('user_version', { simple: true })).toBe(4);
      original.close();
    } finally {
      execFileSync('umount', [readOnly]);
    }
  });

  it('fails with a message when its output cannot be written (a full disk), not with exit 0', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.md': NOTE });
    await runAmgi(['build', 'notes'], { cwd: dir });
    const result = spawnSync(process.execPath, [amgiBin, 'due', '--json'], { cwd: dir, stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot write the output (ENOSPC: the disk is full)');
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('reads a note whose front matter is never closed as Markdown, with a warning on its line', async () => {
    const dir = await tempDir();
    const body = '# AWS 기초\n\n## 컴퓨팅\n- EC2 : 가상 서버\n- Lambda : 서버 없이 실행\n\n## 스토리지\n> S3\n\n객체 스토리지입니다.\n';
    await writeFiles(dir, { 'notes/open.md': `---\ntags: [aws]\n\n${body}`, 'notes/closed.md': `---\ntags: [aws]\n---\n\n${body}` });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: notes/open.md:1: front matter opened here is never closed');
    expect(result.stdout).not.toContain('notes/closed.md:1');
    // Said again by the next build, which does not read the unchanged note again.
    const again = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(again.stdout).toContain('note unchanged since the last build');
    expect(again.stdout).toContain('warning: notes/open.md:1: front matter opened here is never closed');
    const fronts = async (slug: string) => JSON.parse(await readFile(join(dir, 'decks', `${slug}.json`), 'utf8')).cards.map((card: { front: string }) => card.front);
    // The list and the callout still make their cards, as in the note with its front matter closed.
    expect(await fronts('open')).toEqual(await fronts('closed'));
    expect((await fronts('open')).length).toBeGreaterThanOrEqual(4);
    // explain says it too, above the separator and the line it would leave unexplained.
    const explained = await runAmgi(['explain', 'notes/open.md'], { cwd: dir });
    expect(explained.stdout.split('\n').slice(0, 4)).toEqual([
      'notes/open.md: deck "AWS 기초", 4 cards',
      'warning: notes/open.md:1: front matter opened here is never closed, so the note was read as Markdown from this line. Close it with a `---` line (or remove this one).',
      '',
      'L1   thematicBreak left out: separator',
    ]);
    expect((await runAmgi(['explain', 'notes/closed.md'], { cwd: dir })).stdout).not.toContain('warning');
    expect(JSON.parse((await runAmgi(['explain', 'notes/open.md', '--json'], { cwd: dir })).stdout).warnings).toEqual([
      { path: 'notes/open.md', line: 1, message: expect.stringContaining('front matter opened here is never closed') },
    ]);
  });

  it('warns of a code fence never closed, on its line, from build (also of the unchanged note) and explain', async () => {
    const dir = await tempDir();
    const open = '# 운영체제\n\n## 뮤텍스\n\n잠금으로 임계 구역을 지킨다.\n\n```c\nlock(&m);\n\n## 세마포어\n\n카운터로 접근 수를 정한다.\n';
    // Closed by a longer fence, or by tildes after tildes; an inline ```code``` opens nothing.
    const closed = '# 운영체제\n\n## 뮤텍스\n\n```c\nlock(&m);\n````\n\n~~~\n코드\n~~~\n\n```lock()``` 호출\n\n## 세마포어\n\n카운터로 접근 수를 정한다.\n';
    await writeFiles(dir, { 'notes/open.md': open, 'notes/closed.md': closed });
    const warning = 'warning: notes/open.md:7: code block opened here is never closed, so the rest of the note (or of its list or quote) was read as code: headings there make no card. Close it with a ``` line.';
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(warning);
    expect(result.stdout).not.toContain('notes/closed.md:');
    const again = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(again.stdout).toContain('note unchanged since the last build');
    expect(again.stdout).toContain(warning);
    const explained = await runAmgi(['explain', 'notes/open.md'], { cwd: dir });
    expect(explained.stdout.split('\n').slice(0, 2)).toEqual(['notes/open.md: deck "운영체제", 1 card', warning]);
    expect((await runAmgi(['explain', 'notes/closed.md'], { cwd: dir })).stdout).not.toContain('warning');
  });

  it('says the same of front matter and a code fence both left open, in build and explain, in line order', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/open.md': '+++\ntags = ["os"]\n\n# 운영체제\n\n## 뮤텍스\n\n잠금으로 임계 구역을 지킨다.\n\n```c\nlock(&m);\n' });
    const warnings = [
      // TOML front matter is closed by the `+++` it opened with.
      'warning: notes/open.md:1: front matter opened here is never closed, so the note was read as Markdown from this line. Close it with a `+++` line (or remove this one).',
      'warning: notes/open.md:10: code block opened here is never closed, so the rest of the note (or of its list or quote) was read as code: headings there make no card. Close it with a ``` line.',
    ];
    const built = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('warning:'))).toEqual(warnings);
    // The deck keeps the fence: the next build, which does not read the unchanged note, names it too.
    const again = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(again.stdout).toContain('note unchanged since the last build');
    expect(again.stdout.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('warning:'))).toEqual(warnings);
    const explained = await runAmgi(['explain', 'notes/open.md'], { cwd: dir });
    expect(explained.code).toBe(0);
    expect(explained.stdout.split('\n').slice(1, 3)).toEqual(warnings);
  });

  it('warns about an empty note and a note with no concept, and still succeeds', async () => {
    const dir = await tempDir();
    // Only a comment and a separator: nothing for a card, also under the title the file's name gives it.
    await writeFiles(dir, { 'notes/empty.md': '', 'notes/plain.md': '<!-- 나중에 정리할 메모 -->\n\n---\n' });
    const { code, report } = await buildJson(dir);
    expect(code).toBe(0);
    const warnings = report.decks.flatMap((deck: { warnings: { message: string }[] }) => deck.warnings.map((w) => w.message));
    expect(warnings).toContain('the note is empty');
    expect(warnings.some((message: string) => message.startsWith('no card found in the note; run `amgi explain notes/plain.md`'))).toBe(true);
    const again = await buildJson(dir);
    expect(again.report.decks.map((deck: { status: string }) => deck.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.report.decks.flatMap((deck: { warnings: { message: string }[] }) => deck.warnings.map((w) => w.message))).toEqual(warnings);
    // A notice of a kind this amgi does not know (a later one's) is passed over, not a crash.
    const plainDeck = join(dir, 'decks', 'plain.json');
    await writeFile(plainDeck, (await readFile(plainDeck, 'utf8')).replace('"kind": "no-card"', '"kind": "blank"'));
    const later = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(later.code).toBe(0);
    expect(later.stderr).toBe('');
  });

  it('refuses a note over 16 MiB, naming it, and builds the notes read before and after it', async () => {
    const dir = await tempDir();
    // Notes are read one after another into one buffer: a small note after a large one has its own bytes only.
    const padding = `\n${'가나다라 마바사 아자차카.\n\n'.repeat(3_000)}`;
    await writeFiles(dir, {
      'notes/a.md': NOTE,
      'notes/b.md': `${NOTE}\n${'가나다라 '.repeat(1_400_000)}\n`,
      'notes/c.md': NOTE.replace('스레드', '프로세스 제어 블록') + padding,
      'notes/d.md': NOTE.replace('스레드', '코루틴'),
    });
    const { code, report } = await buildJson(dir);
    expect(code).toBe(1);
    expect(report.decks.map((deck: { note: string; status: string }) => `${deck.note} ${deck.status}`)).toEqual([
      'notes/a.md built',
      'notes/b.md failed',
      'notes/c.md built',
      'notes/d.md built',
    ]);
    expect(report.decks[1].error).toMatch(/^notes\/b\.md: the note is 1[67]\.\d MiB; amgi reads notes up to 16 MiB\. Split it into smaller notes\.$/);
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'd.json'), 'utf8'));
    expect(deck.cards.map((card: { title: string; back: string }) => [card.title, card.back])).toEqual([['코루틴', '프로세스 안의 실행 단위입니다.']]);
  });

  it('skips a binary file with a warning', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'notes/good.md': NOTE });
    const { code, report } = await buildJson(dir);
    expect(code).toBe(0);
    expect(report.decks.find((deck: { note: string }) => deck.note === 'notes/image.md')).toMatchObject({
      status: 'skipped',
      warnings: [{ path: 'notes/image.md', message: 'not a text file; skipped' }],
    });
    // Said once, under the note's name.
    const printed = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(printed.stdout).toContain('notes/image.md\n  warning: notes/image.md: not a text file; skipped\n');
    expect(printed.stdout).toContain('(0 built, 1 unchanged, 1 skipped)');
  });

  it('warns about a missing image with file and line', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/img.md': `${NOTE}\n![구조](./image/없음.png)\n\n![있음](./image/ok.png)\n`, 'notes/image/ok.png': 'png' });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: notes/img.md:9: image not found: ./image/없음.png');
    expect(result.stdout).not.toContain('ok.png');
  });

  it('warns, with its line, of an image reference whose label the note never defines, also when the note is unchanged; warnings in line order, each once', async () => {
    const dir = await tempDir();
    const note = [
      '# AWS',
      '',
      '## 네트워크',
      '',
      '> VPC',
      '',
      '서브넷으로 나뉜다. ![없는 그림](./img/none.png) ![같은 그림](./img/none.png)', // one warning, before line 8's
      '![구성도][vcp] 그리고 ![다른 그림][]',
      '\\![이스케이프][vcp] `![코드][vcp]` ![정의됨][vpc] ![대소문자][VPC]',
      '',
      '> 서브넷',
      '나뉜 망이다. ![서브넷][sbn]', // on the callout's title line's paragraph
      '\\\\![백슬래시 뒤][bs]', // an escaped backslash, then a reference
      '',
      '## ![아이콘][icon] 보안', // in a title
      '',
      '방화벽입니다.',
      '',
      '## `![alt][label]` 문법', // in a title's code span: as written, no reference
      '',
      '방화벽입니다.',
      '',
      '[vpc]: ./img/vpc.png',
      '',
    ].join('\n');
    await writeFiles(dir, { 'notes/aws.md': note, 'notes/img/vpc.png': 'png' });
    const warnings = (output: string) => output.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('warning:'));
    const expected = [
      'warning: notes/aws.md:7: image not found: ./img/none.png',
      'warning: notes/aws.md:8: ![구성도][vcp] shows as text: the note defines no [vcp]. Add a line `[vcp]: path/to/image.png` to the note, or write the image as `![…](path/to/image.png)`.',
      'warning: notes/aws.md:8: ![다른 그림][] shows as text: the note defines no [다른 그림]. Add a line `[다른 그림]: path/to/image.png` to the note, or write the image as `![…](path/to/image.png)`.',
      'warning: notes/aws.md:12: ![서브넷][sbn] shows as text: the note defines no [sbn]. Add a line `[sbn]: path/to/image.png` to the note, or write the image as `![…](path/to/image.png)`.',
      'warning: notes/aws.md:13: ![백슬래시 뒤][bs] shows as text: the note defines no [bs]. Add a line `[bs]: path/to/image.png` to the note, or write the image as `![…](path/to/image.png)`.',
      'warning: notes/aws.md:15: ![아이콘][icon] shows as text: the note defines no [icon]. Add a line `[icon]: path/to/image.png` to the note, or write the image as `![…](path/to/image.png)`.',
    ];
    const first = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(warnings(first.stdout)).toEqual(expected);
    // Built again with the note unchanged, the deck file remembers it.
    expect(warnings((await runAmgi(['build', 'notes'], { cwd: dir })).stdout)).toEqual(expected);
  });

  it('reads a definition whose destination is on the next line in a long note too', async () => {
    const dir = await tempDir();
    const sections = Array.from({ length: 150 }, (_, n) => `## 절 ${n + 1}\n\n> 개념 ${n + 1}\n\n개념 ${n + 1}의 설명입니다. 클라우드 컴퓨팅 자원을 빌려 쓰는 방식입니다.\n`).join('\n');
    const note = `# 긴 노트\n\n## 구성\n\n> VPC\n\n![구성도][vpc]\n\n${sections}\n[vpc]:\n  ./img/vpc.png\n`;
    expect(note.length).toBeGreaterThan(8192); // long enough to be parsed in pieces, were it thought to hold no definition
    await writeFiles(dir, { 'notes/long.md': note });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: notes/long.md:7: image not found: ./img/vpc.png'); // an image: its file is looked for
    expect(result.stdout).not.toContain('shows as text');
  });

  it('refuses a pathologically nested note with its line, without crashing or hanging', async () => {
    const dir = await tempDir();
    const deep = `# 깊음\n\n${'>'.repeat(5000)} 너무 깊다\n`;
    const lists = `# 목록\n\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- 항목 ${i}`).join('\n')}\n`;
    await writeFiles(dir, { 'notes/deep.md': deep, 'notes/lists.md': lists });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notes/deep.md:3: nested too deeply: more than 256 columns');
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['lists.json']);
  });

  it('does not take a long rule of dashes, or a folder named like a deck, for trouble', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/rule.md': `${NOTE}\n${'-'.repeat(300)}\n\n끝.\n`, 'decks/folder.json/x': '' });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('builds a huge note of thousands of callouts', async () => {
    const dir = await tempDir();
    const huge = `# 큰 노트\n\n## 절\n\n${Array.from({ length: 3000 }, (_, i) => `> 개념 ${i}\n\n개념 ${i}의 설명입니다.\n`).join('\n')}`;
    await writeFiles(dir, { 'notes/huge.md': huge });
    const { code, report } = await buildJson(dir);
    expect(code).toBe(0);
    expect(report.decks[0].cards).toBe(3000);
  });

  it('fails on a corrupt deck file without touching it, naming it and what to do', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/good.md': NOTE, 'decks/good.json': '{ broken' });
    const result = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/decks\/good\.json:1:3: not a valid amgi deck file: not valid JSON .*Restore it/); // line and column, as an editor shows them
    expect(await readFile(join(dir, 'decks', 'good.json'), 'utf8')).toBe('{ broken');
    // A deck of a newer layout, whose fields differ, is not damaged: it needs a newer amgi.
    await writeFiles(dir, { 'decks/good.json': JSON.stringify({ format: 2, name: '운영체제', cards: {} }) });
    const newer = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(newer.stderr).toContain('decks/good.json: deck format 2 is newer than this amgi reads (1); update amgi.');
    // Edited to an empty name or front: a blank row in `due`, a note Anki refuses.
    await rm(join(dir, 'decks', 'good.json'));
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'good.json'), 'utf8')) as { name: string; cards: { front: string }[] };
    deck.cards[0]!.front = ' ';
    await writeFiles(dir, { 'decks/good.json': JSON.stringify(deck) });
    expect((await runAmgi(['due'], { cwd: dir })).stderr).toContain('decks/good.json:1: not a valid amgi deck file: card 1: "front" must not be empty'); // the card's line
    deck.cards[0]!.front = '질문';
    deck.name = '';
    await writeFiles(dir, { 'decks/good.json': JSON.stringify(deck) });
    expect((await runAmgi(['export'], { cwd: dir })).stderr).toContain('decks/good.json: not a valid amgi deck file: "name" must not be empty');
  });

  it('names another program\'s JSON in the decks folder as no deck file, to move out, not to restore', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/good.md': NOTE, 'decks/settings.json': '{ "theme": "dark", "name": "x" }', 'decks/list.json': '[1, 2]' });
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    for (const command of ['due', 'export', 'stats']) {
      const result = await runAmgi([command], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('amgi: decks/list.json: not an amgi deck file (amgi reads every .json file in the decks folder as a deck). Move it out of the decks folder.\n');
    }
    await rm(join(dir, 'decks', 'list.json'));
    // Read from elsewhere, it is named as typed from there.
    const away = await runAmgi(['--decks', join(dir, 'decks'), 'due'], { cwd: join(dir, 'notes') });
    expect(away.stderr).toBe(`amgi: ${join(dir, 'decks', 'settings.json')}: not an amgi deck file (amgi reads every .json file in the decks folder as a deck). Move it out of the decks folder.\n`);
    await rm(join(dir, 'decks', 'settings.json'));
    expect((await runAmgi(['due'], { cwd: dir })).code).toBe(0);
  });

  it('refuses a deck file edited so that two cards share an id, an id is not amgi’s, or an image is not {src, line}', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/good.md': '# 운영체제\n\n## 프로세스\n\n- 스레드 : 실행의 단위\n- 힙 : 동적으로 할당되는 메모리\n' });
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'decks', 'good.json');
    const deck = JSON.parse(await readFile(file, 'utf8'));
    const edits: [string, (copy: typeof deck) => void, RegExp][] = [
      ['shared id', (copy) => (copy.cards[1].id = copy.cards[0].id), /good\.json:\d+: not a valid amgi deck file: card 2: the id [0-9a-f]{12} is another card's too/],
      ['foreign id', (copy) => (copy.cards[0].id = 'ZZZ'), /card 1: "id" must be 12 lower-case hex digits, as amgi makes them, not "ZZZ"/],
      ['image', (copy) => (copy.images = [{ src: 1 }]), /"images" must be a list of \{"src": string, "line": number\}/],
    ];
    for (const [what, edit, message] of edits) {
      const copy = structuredClone(deck);
      edit(copy);
      await writeFile(file, JSON.stringify(copy, null, 2));
      for (const command of [['build', '--force', 'notes'], ['export']]) {
        const result = await runAmgi(command, { cwd: dir });
        expect(result.code, `${what}: ${command.join(' ')}`).toBe(1);
        expect(result.stderr, what).toMatch(message);
        expect(result.stderr, what).not.toMatch(NO_STACK);
      }
    }
    // The line named is the second card's id, where the repeat is.
    const copy = structuredClone(deck);
    copy.cards[1].id = copy.cards[0].id;
    const text = JSON.stringify(copy, null, 2);
    await writeFile(file, text);
    const line = text.slice(0, text.lastIndexOf(`"id": "${copy.cards[0].id}"`)).split('\n').length;
    expect((await runAmgi(['export'], { cwd: dir })).stderr).toContain(`decks/good.json:${line}: not a valid amgi deck file: card 2:`);
  });

  it('says clearly when the decks folder cannot be written', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/good.md': NOTE, 'not-a-folder': 'x' });
    const result = await runAmgi(['--decks', 'not-a-folder/decks', 'build', 'notes'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot write not-a-folder/decks/good.json: a part of the path is a file, not a folder');
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('keeps deck files inside the decks folder whatever the note is called', async () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('..')).toBe('deck');
    expect(slugify('CON')).toBe('CON-deck');
    expect(slugify('클라우드 컴퓨팅: 개요?')).toBe('클라우드-컴퓨팅-개요');
    // Dashes and dots at either end go, also where the length limit cuts the name.
    expect(slugify('-.- 노트 .-.')).toBe('노트');
    expect(slugify(`.-${'가'.repeat(99)}.-x`)).toBe('가'.repeat(99));
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/...md': NOTE });
    await writeFile(join(dir, 'notes', '..\\..\\x.md'), NOTE);
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['deck.json', 'x.json']);
    expect((await readdir(dir)).sort()).toEqual(['decks', 'notes']);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** Whether this machine lets the tests mount a folder read-only (as root in a container it does). */
function canMountReadOnly(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const dir = mkdtempSync(join(tmpdir(), 'amgi-mount-'));
  try {
    if (spawnSync('mount', ['--bind', dir, dir], { stdio: 'ignore' }).status !== 0) return false;
    return spawnSync('umount', [dir], { stdio: 'ignore' }).status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
