/**
 * The real `amgi review` in a pseudo-terminal (util-linux `script`), its output drawn by a terminal
 * emulator (@xterm/headless) so the test reads the screen a user would see.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import xterm from '@xterm/headless';
import picocolors from 'picocolors';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { LATE_ANSWER_MS } from '../src/review/ambiguous-probe.js';
import { answerWindow, layoutCard, packItems, scrollBy } from '../src/review/card-layout.js';
import { ReviewStore, type StoredCard } from '../src/store/store.js';
import { amgiBin, cardsOf, dayStartAwayFromNow, runAmgi, tempDir, writeFiles } from './helpers.js';
import Database from 'better-sqlite3';

const NOTE = `# 네트워크

## 전송 계층

> TCP

연결형 프로토콜입니다.

- 신뢰성 : 순서와 도착을 보장합니다.

> UDP

비연결형 프로토콜입니다.
`;

/** Sessions not ended yet: a test that fails leaves none behind waiting for keys (see afterEach). */
const liveSessions = new Set<PtySession>();
afterEach(() => {
  for (const session of liveSessions) session.kill();
});

/** How long amgi must have written nothing for its screen to count as drawn. */
const SETTLED_MS = 40;

class PtySession {
  private readonly terminal: xterm.Terminal;
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** Everything amgi wrote, as the terminal got it: what a redraw sent can be read, not only its result. */
  output = '';
  /** When amgi last wrote: a screen is read once it has settled, not halfway through a redraw. */
  private lastOutputAt = 0;

  /** `shell` wraps the amgi command (arguments without quotes) in the command line `script` runs. */
  /** `answerQueries`: the terminal answers what amgi asks it (the cursor's position), as a real one does. */
  constructor(cwd: string, args: string[], env: Record<string, string> = {}, { cols = 80, rows = 24, shell = (amgi: string) => amgi, answerQueries = true } = {}) {
    this.terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    const words = [process.execPath, amgiBin, ...args];
    if (!words.every((word) => /^[\w./:@-]+$/.test(word))) throw new Error(`quote these for the shell: ${words.join(' ')}`);
    const command = `stty cols ${cols} rows ${rows}; ${shell(words.join(' '))}`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm-256color', ...env } });
    this.child.stdout!.on('data', (data: Buffer) => {
      this.output += data.toString('latin1'); // the escape codes are ASCII: no byte is lost to decoding
      this.lastOutputAt = Date.now();
      this.terminal.write(data);
    });
    if (answerQueries) this.terminal.onData((data) => this.child.stdin!.write(data));
    this.exited = new Promise((done) => this.child.on('exit', done));
    liveSessions.add(this);
    void this.exited.then(() => liveSessions.delete(this));
  }

  /** The screen as text, one line per row, trailing spaces removed. */
  screen(): string {
    const buffer = this.terminal.buffer.active;
    return Array.from({ length: this.terminal.rows }, (_, row) => buffer.getLine(row)?.translateToString(true) ?? '').join('\n');
  }

  async waitFor(text: string | RegExp | ((screen: string) => boolean), timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      await new Promise((done) => this.terminal.write('', () => done(undefined)));
      const screen = this.screen();
      // Under load a frame can arrive in pieces: what is looked for may be drawn before the rest of its screen.
      const settled = Date.now() - this.lastOutputAt >= SETTLED_MS;
      if (settled && (typeof text === 'string' ? screen.includes(text) : text instanceof RegExp ? text.test(screen) : text(screen))) return screen;
      if (Date.now() > deadline) throw new Error(`"${text}" did not appear on the screen:\n${screen}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  send(keys: string): void {
    this.child.stdin!.write(keys);
  }

  /** End the session's processes: `script` and amgi under it, which a closed pipe alone does not stop. */
  kill(): void {
    if (this.child.pid !== undefined) {
      for (const pid of childrenOf(this.child.pid)) process.kill(pid, 'SIGKILL');
    }
    this.child.kill('SIGKILL');
  }
}

/** The session clock at the end of the status line (`완료 0 · 남음 3 (…) · 0:07`), once it is drawn. */
function clockOf(screen: string): string | undefined {
  return /· (\d+(?::\d\d)+) *$/.exec(screen.split('\n').at(-1) ?? '')?.[1];
}

function secondsOf(clock: string | undefined): number {
  if (clock === undefined) throw new Error('no clock on the status line');
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The screen once it shows `text` and its status line (drawn last: the screen is whole). */
function drawnWith(session: PtySession, text: string | RegExp): Promise<string> {
  return session.waitFor((screen) => (typeof text === 'string' ? screen.includes(text) : text.test(screen)) && clockOf(screen) !== undefined);
}

/** The screen once its clock reads another time than on `before`. */
function clockMoved(session: PtySession, before: string): Promise<string> {
  return session.waitFor((screen) => clockOf(screen) !== undefined && clockOf(screen) !== clockOf(before));
}

/** The processes whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const parent = Number(/^\d+ \(.*\) \S (\d+)/s.exec(readFileSync(`/proc/${name}/stat`, 'utf8'))?.[1]);
      if (parent === pid) found.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** SIGKILL every process whose command line contains `pattern` (arguments separated by NUL, as in /proc). */
function killMatching(pattern: string): number {
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // gone already
    }
    if (cmdline.includes(pattern) && cmdline.includes(amgiBin)) {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    }
  }
  return killed;
}

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'source-notes/네트워크.md': NOTE, ...dayStartAwayFromNow() });
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  return dir;
}

/** A project with one card whose answer shows two images: one on disk (under an NFD name), one missing. */
async function imageProject(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, {
    'source-notes/클라우드.md': '# 클라우드\n\n## 리전\n\n리전은 데이터 센터의 묶음입니다.\n\n![리전 구성도](./image/리전.png)\n\n![가용 영역](./image/없음.png)\n',
    [`source-notes/image/${'리전.png'.normalize('NFD')}`]: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    ...dayStartAwayFromNow(),
  });
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  return dir;
}

describe('amgi review in a terminal', () => {
  it('goes through reveal, grade, undo and quit, and saves the answers', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review']);
    const intro = await session.waitFor('Space 또는 Enter: 시작');
    expect(intro).toMatch(/네트워크 +3 +0 +0/);

    session.send('\r');
    const front = await session.waitFor('전송 계층 › TCP');
    // The deck line names the deck; the section the front begins with is said once, on the front.
    expect(front).toMatch(/^네트워크\n\n전송 계층 › TCP$/m);
    expect(front).not.toContain('연결형 프로토콜입니다.');

    session.send(' ');
    const back = await session.waitFor('연결형 프로토콜입니다.');
    expect(back).toMatch(/1 다시 1분 +2 어려움 6분 +3 알맞음 10분 +4 쉬움 \d+일/);
    expect(back).toContain('• 신뢰성');

    session.send('3');
    const second = await session.waitFor('알맞음 → 10분');
    expect(second).toContain('TCP › 신뢰성이란?');
    expect(second).toMatch(/완료 1 · 남음 3 \(새 2 · 학습 1 · 복습 0\)/);

    session.send('u');
    const undone = await session.waitFor('되돌렸습니다');
    expect(undone).toContain('전송 계층 › TCP');
    expect(undone).toMatch(/완료 0 · 남음 3 \(새 3/);

    session.send(' ');
    await session.waitFor('연결형 프로토콜입니다.');
    session.send('\r'); // Enter after the reveal means Good
    await session.waitFor('알맞음 → 10분');
    session.send('ㅂ'); // q typed with a Korean layout
    const after = await session.waitFor('복습한 카드 1장');
    expect(after).toContain('다시(Again) 0%');
    expect(await session.exited).toBe(0);

    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    expect(store.reviews().map((review) => review.rating)).toEqual([3]);
    // The session recorded the decks folder it wrote for, which another folder's purge would be told of.
    expect(store.otherFolders({ id: undefined, path: '/another/project/decks', holdsStore: false })).toEqual([{ id: undefined, path: realpathSync(join(dir, 'decks')), lastWritten: expect.any(Number) }]);
    store.close();
  });

  it('opens a note macOS named in NFD in $EDITOR by the name it has on disk', async () => {
    const dir = await tempDir();
    const onDisk = '네트워크.md'.normalize('NFD');
    await writeFiles(dir, { [`source-notes/${onDisk}`]: NOTE, 'editor.sh': `#!/bin/sh\necho "$@" > '${join(dir, 'editor-args')}'\n`, ...dayStartAwayFromNow() });
    await chmod(join(dir, 'editor.sh'), 0o755);
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1', EDITOR: join(dir, 'editor.sh') });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    session.send('e');
    await session.waitFor('`amgi build`로 덱을 다시 만드세요');
    expect(await readFile(join(dir, 'editor-args'), 'utf8')).toBe(`+5 ${join(dir, 'source-notes', onDisk)}\n`);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('after `e` on a note kept outside source-notes (an Obsidian vault), names it in the build to run', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'vault/.obsidian/app.json': '{}', 'vault/AWS/전송 계층.md': NOTE, 'editor.sh': '#!/bin/sh\nexit 0\n', ...dayStartAwayFromNow() });
    await chmod(join(dir, 'editor.sh'), 0o755);
    expect((await runAmgi(['build', 'vault'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1', EDITOR: join(dir, 'editor.sh') }, { cols: 120 });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    session.send('e');
    // Bare `amgi build` reads source-notes/ only, and would leave the edited card as it was.
    await session.waitFor("`amgi build 'vault/AWS/전송 계층.md'`로 덱을 다시 만드세요");
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('opens the note in $EDITOR at the card’s line, shows help on ?, and quits cleanly on Ctrl-C', async () => {
    const dir = await project();
    await writeFiles(dir, { 'editor.sh': `#!/bin/sh\necho "$@" > '${join(dir, 'editor-args')}'\n` });
    await chmod(join(dir, 'editor.sh'), 0o755);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1', EDITOR: join(dir, 'editor.sh') });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    session.send('e'); // EDITOR is a script that records how it was called
    await session.waitFor('`amgi build`로 덱을 다시 만드세요');
    expect(await readFile(join(dir, 'editor-args'), 'utf8')).toBe(`+5 ${join(dir, 'source-notes', '네트워크.md')}\n`);
    session.send('?');
    // The help fits: it offers no scrolling, and any key (↓ too) goes back.
    const help = await session.waitFor('도움말 (keys)');
    expect(help).toContain('아무 키나 누르면 돌아갑니다');
    // 묻기 alone would read as "asking" (묻다): u undoes what s does, in s's words.
    expect(help).toContain('마지막 답, 묻어 두기, 일시 중지 되돌리기');
    expect(help).toContain('내일까지 묻어 두기');
    expect(help).not.toContain('PgUp PgDn: 스크롤');
    session.send('\x1b[B');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    await session.waitFor('연결형 프로토콜입니다.');
    session.send('1');
    await session.waitFor('다시 → 1분');
    session.send('\u0003');
    await session.waitFor('복습한 카드 1장 · 다시(Again) 100%');
    expect(await session.exited).toBe(0);
  });

  it('shows a card as it is after `amgi build` rebuilt its deck during the session, and skips one the notes no longer have', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    // Edited and rebuilt elsewhere (another terminal, or after Ctrl-Z) while the card is on screen.
    const note = join(dir, 'source-notes', '네트워크.md');
    await writeFile(note, NOTE.replace('연결형 프로토콜입니다.', '연결을 맺고 보내는 프로토콜입니다.'));
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    // The first key after a rebuild is not applied to what was on screen: the card is read again.
    session.send(' ');
    await session.waitFor('덱이 다시 만들어져 카드를 다시 읽었습니다');
    session.send(' ');
    await session.waitFor('연결을 맺고 보내는 프로토콜입니다.');
    session.send('3');
    await session.waitFor('TCP › 신뢰성이란?');
    session.send(' ');
    await session.waitFor('순서와 도착을 보장합니다.');
    // Removed while its answer shows: the grade pressed then is not saved, and the card is skipped.
    await writeFile(note, NOTE.replace('- 신뢰성 : 순서와 도착을 보장합니다.\n', ''));
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    session.send('3');
    const skipped = await session.waitFor('노트에서 지워진 카드라 건너뜁니다');
    expect(skipped).toContain('전송 계층 › UDP');
    session.send('q');
    expect(await session.exited).toBe(0);
    const store = new Database(join(dir, 'decks', 'amgi.sqlite'), { readonly: true });
    expect(store.prepare('SELECT count(*) FROM revlog').pluck().get()).toBe(1); // the TCP card's answer only
    store.close();
  });

  /** A session showing the first card's answer, while another deck (나) is rebuilt with a card more. */
  async function answerShownThenAnotherDeckRebuilt(): Promise<{ dir: string; session: PtySession }> {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/가.md': '# 가\n\n## 절\n\n> 하나\n\n첫째 설명.\n', 'source-notes/나.md': '# 나\n\n## 절\n\n> 둘\n\n둘째 설명.\n', ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    await session.waitFor('1 다시');
    await writeFile(join(dir, 'source-notes', '나.md'), '# 나\n\n## 절\n\n> 둘\n\n둘째 설명.\n\n> 셋\n\n셋째 설명.\n');
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    return { dir, session };
  }

  it('ends with a message, never a stack trace, when a key held back for a rebuild finds the store locked', async () => {
    const { dir, session } = await answerShownThenAnotherDeckRebuilt();
    // Another program holds the store's write lock for longer than amgi waits: the grade, taken after the decks are read again, cannot be saved.
    const other = new Database(join(dir, 'decks', 'amgi.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      session.send('3');
      expect(await session.exited).toBe(1);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const output = stripVTControlCharacters(session.output);
    expect(output).toMatch(/amgi: .*amgi\.sqlite/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 20_000);

  it('goes on after a rebuild of another deck while an answer shows, its first key reading the decks again and then acting', async () => {
    const { dir, session } = await answerShownThenAnotherDeckRebuilt();
    // The card on screen is as it was: the grade is taken once the decks are read, not asked for again.
    session.send('3');
    const answered = await session.waitFor('알맞음 → 10분');
    expect(answered).not.toContain('키를 다시 누르세요');
    // Undo does not act on the card shown: after another rebuild it is applied at once.
    await writeFile(join(dir, 'source-notes', '나.md'), '# 나\n\n## 절\n\n> 둘\n\n둘째 설명.\n');
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    session.send('u');
    await session.waitFor('되돌렸습니다');
    session.send('q');
    expect(await session.exited).toBe(0);
    const store = new Database(join(dir, 'decks', 'amgi.sqlite'), { readonly: true });
    expect(store.prepare('SELECT count(*) FROM undone').pluck().get()).toBe(1);
    store.close();
  });

  it('goes on with the decks it has when a rebuild leaves them unreadable to it (the deck it reviews renamed)', async () => {
    const dir = await tempDir();
    const note = join(dir, 'source-notes', 'a.md');
    await writeFiles(dir, { 'source-notes/a.md': '# alpha\n\n## 절\n\n> 하나\n\n첫째 설명.\n', ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review', 'alpha'], { NO_COLOR: '1' });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    await writeFile(note, '# beta\n\n## 절\n\n> 하나\n\n첫째 설명.\n');
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    session.send(' ');
    await session.waitFor('덱을 다시 읽지 못해 지금 덱으로 계속합니다');
    session.send(' ');
    await session.waitFor('첫째 설명.');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  // libfaketime moves the clock of the session alone: the day's start (04:00) passes while it runs.
  const FAKETIME_LIBRARY = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';
  it.skipIf(!existsSync(FAKETIME_LIBRARY))('does not bring back, after 04:00 passes, a card answered ahead before it in the same session', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const at = (time: string) => ({ NO_COLOR: '1', TZ: 'UTC', LD_PRELOAD: FAKETIME_LIBRARY, FAKETIME: `@${time}` });
    const answerNext = async (session: PtySession, key: string) => {
      await session.waitFor('Space/Enter: 정답 보기');
      session.send(' ');
      await session.waitFor('4 쉬움');
      session.send(key);
    };
    // Learnt on the 1st (Easy): review cards due days later.
    const first = new PtySession(dir, ['review'], at('2026-12-01 10:00:00'));
    await first.waitFor('Space 또는 Enter: 시작');
    first.send('\r');
    for (let n = 0; n < 3; n++) await answerNext(first, '4');
    await first.waitFor('오늘의 복습을 마쳤습니다');
    first.send('q');
    expect(await first.exited).toBe(0);
    // On the 5th, reviewed a year ahead from just before 04:00: one card before it, one after.
    // Its clock starts when it does (a little after this): seven seconds to answer the first card, and
    // ten from here for 04:00 to have passed, on a slow machine too.
    const started = Date.now();
    const session = new PtySession(dir, ['review', '--ahead', '365'], at('2026-12-05 03:59:53'));
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await answerNext(session, '3');
    await session.waitFor('알맞음 →');
    await new Promise((done) => setTimeout(done, started + 10_000 - Date.now()));
    await answerNext(session, '3');
    await session.waitFor('알맞음 →');
    await answerNext(session, '3');
    // Answered again on this side of 04:00 is a card answered today; the one before it was answered in this session.
    await session.waitFor('오늘의 복습을 마쳤습니다');
    session.send('q');
    expect(await session.exited).toBe(0);
    const raw = new Database(join(dir, 'decks', 'amgi.sqlite'), { readonly: true });
    const times = (raw.prepare('SELECT review_time FROM revlog ORDER BY review_time').all() as { review_time: number }[]).map(({ review_time }) => review_time);
    raw.close();
    const dayStart = Date.UTC(2026, 11, 5, 4);
    expect(times).toHaveLength(6);
    expect(times.slice(3).map((time) => time < dayStart)).toEqual([true, false, false]);
  });

  it('reviews cards due in the next days with --ahead, as before an exam, and only those', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': '# 네트워크\n\n## 전송 계층\n\n> TCP\n\n연결형 프로토콜입니다.\n', ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const review = async (args: string[], keys: string[]): Promise<string> => {
      const session = new PtySession(dir, ['review', ...args], { NO_COLOR: '1' });
      const intro = await session.waitFor(/Space 또는 Enter: 시작|nothing due/);
      if (keys.length > 0) {
        session.send('\r');
        await session.waitFor('Space/Enter: 정답 보기');
        session.send(' ');
        await session.waitFor('4 쉬움');
        for (const key of keys) session.send(key);
        await session.waitFor('오늘의 복습을 마쳤습니다');
      }
      session.send('q');
      expect(await session.exited).toBe(0);
      return `${intro}\n${session.screen()}`;
    };
    await review([], ['4']); // Easy: a review card, due days from now
    const due = JSON.parse((await runAmgi(['stats', '--json'], { cwd: dir })).stdout) as { forecast: { date: string; due: number }[] };
    const days = due.forecast.findIndex((day) => day.due > 0);
    expect(days).toBeGreaterThan(1);
    // Answered today, a card is not reviewed ahead again today (it would come back after every answer).
    expect(await review(['--ahead', String(days + 60)], [])).toContain('nothing due');
    // As if it had been answered two days ago: a day short of its due day, nothing; up to it, the card.
    const raw = new Database(join(dir, 'decks', 'amgi.sqlite'));
    raw.prepare('UPDATE revlog SET review_time = review_time - ?').run(2 * 86_400_000);
    raw.close();
    const short = await review(['--ahead', String(days - 1)], []);
    expect(short).toContain('nothing due');
    expect(short).toContain(`${days - 1}일 뒤 복습까지 앞당김`);
    const upToIt = await review(['--ahead', String(days)], []);
    expect(upToIt).toMatch(/네트워크\s+0\s+0\s+1/);
    // Left for later, it is counted as reviewed ahead, not as due today.
    expect(upToIt).toContain('남은 카드: 앞당긴 복습 1장 — 이어서 복습할 수 있습니다 (1 ahead)');
    // Answered ahead, it does not come back though its new due date falls within the days reviewed ahead.
    expect(await review(['--ahead', String(days + 60)], ['3'])).toMatch(/네트워크\s+0\s+0\s+1/);
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    try {
      expect(store.reviewCount()).toBe(2);
    } finally {
      store.close();
    }
    expect((await runAmgi(['review', '--ahead', '99999'], { cwd: dir })).stderr).toContain('--ahead must be a whole number of days from 0 to 36500');
  });

  it('says when the next card comes up (a review card: when its study day starts), when done and when nothing is due', async () => {
    const dir = await tempDir();
    const dayStartHour = (new Date().getHours() + 12) % 24;
    await writeFiles(dir, { 'source-notes/네트워크.md': '# 네트워크\n\n## 전송 계층\n\n> TCP\n\n연결형 프로토콜입니다.\n', 'amgi.config.json': JSON.stringify({ dayStartHour }) });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const dayStart = `${String(dayStartHour).padStart(2, '0')}:00`;
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    await session.waitFor('4 쉬움');
    session.send('4'); // Easy: a review card, due days from now at this time of day
    const done = await session.waitFor('오늘의 복습을 마쳤습니다');
    expect(done).toMatch(new RegExp(`다음 카드: \\S+ 뒤, \\d+월 \\d+일 ${dayStart}`));
    expect(done).toContain('u: 마지막 답 되돌리기');
    session.send('q');
    expect(await session.exited).toBe(0);
    const nextDay = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    const intro = await nextDay.waitFor('nothing due');
    expect(intro).toMatch(new RegExp(`다음 카드: \\S+ 뒤, \\d+월 \\d+일 ${dayStart}`));
    nextDay.send('q');
    expect(await nextDay.exited).toBe(0);
  });

  it('opens the answer’s images in the system viewer on o, and says which are missing', async () => {
    const dir = await imageProject();
    // xdg-open, as Linux desktops have it: a script that records what it was asked to open.
    await writeFiles(dir, { 'bin/xdg-open': `#!/bin/sh\necho "$@" >> '${join(dir, 'opened')}'\n` });
    await chmod(join(dir, 'bin', 'xdg-open'), 0o755);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1', DISPLAY: ':0', PATH: `${join(dir, 'bin')}:${process.env.PATH}` });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    const back = await session.waitFor('[그림: 리전 구성도 · ./image/리전.png]');
    expect(back).toContain('o 그림 열기');
    // An image with no file says so on the card, as the Anki export does.
    expect(back).toContain('[그림 없음: 가용 영역 · ./image/없음.png]');
    session.send('ㅐ'); // o typed with a Korean layout
    const opened = await session.waitFor('그림 보기로 보냈습니다');
    expect(opened.replace(/\s+/g, ' ')).toContain('그림 보기로 보냈습니다 (sent to the viewer): 리전.png · 파일 없음 (image not found): ./image/없음.png');
    expect(opened).toContain('o 그림 열기');
    // The file on disk has an NFD name (as macOS writes it); the note names it in NFC.
    await expect.poll(() => readFile(join(dir, 'opened'), 'utf8').catch(() => ''), { timeout: 5000 }).toBe(`${join(dir, 'source-notes', 'image', '리전.png'.normalize('NFD'))}\n`);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('says where the image is on o when there is no display to open it on (a server, SSH)', async () => {
    const dir = await imageProject();
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1', DISPLAY: '', WAYLAND_DISPLAY: '' }, { cols: 50 });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    await session.waitFor('o 그림 열기');
    session.send('o');
    const screen = await session.waitFor('그림을 띄울 화면이 없습니다');
    // Too long for one row, the message goes on to the next, the path whole, above the status line.
    const rows = screen.split('\n').map((row) => row.trimEnd());
    // The image the card names that has no file is said too.
    expect(rows.slice(-4)).toEqual(['그림을 띄울 화면이 없습니다 (no display); 파일:', 'source-notes/image/리전.png · 파일 없음 (image not', 'found): ./image/없음.png', expect.stringMatching(/^완료 0/)]);
    expect(screen).toContain('o 그림 열기'); // the card's keys are still on screen
    session.send('3');
    await session.waitFor('알맞음 →');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('says the viewer is missing on o where no xdg-open is installed, and where the file is', async () => {
    const dir = await imageProject();
    const shell = (amgi: string) => `PATH=${join(dir, 'empty')} ${amgi}`; // nothing to run on that PATH
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1', DISPLAY: ':0' }, { shell, cols: 100 });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    await session.waitFor('o 그림 열기');
    session.send('o');
    const screen = await session.waitFor('그림을 열지 못했습니다');
    expect(screen).toContain('그림을 열지 못했습니다 (xdg-open not found); 파일: source-notes/image/리전.png');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('stops on Ctrl-Z together with what started it (as npx would), so the shell gets the terminal; fg redraws it', async () => {
    const dir = await project();
    // A shell with job control runs amgi under a parent in the same job, as `npx amgi review` does; once
    // the job stops, the shell says so, waits for a line, then brings the job back with `fg`.
    const shell = (amgi: string) => `bash -c 'set -m; sh -c "${amgi}; true"; echo 셸로 돌아옴; read line; fg'`;
    const session = new PtySession(dir, ['review'], {}, { shell });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    session.send('\x1a');
    await session.waitFor('셸로 돌아옴');
    session.send('\r');
    const back = await drawnWith(session, /^네트워크$/m); // redrawn from the top
    await clockMoved(session, back); // and its clock goes on
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('draws at the new size after fg when the terminal was resized while stopped', async () => {
    const dir = await project();
    // The resize goes to the shell, the job in the foreground then, not to the stopped amgi.
    const shell = (amgi: string) => `bash -c 'set -m; sh -c "${amgi}; true"; echo 셸로 돌아옴; read line; stty cols 60 rows 16; fg'`;
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { shell });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    session.send('\x1a');
    await session.waitFor('셸로 돌아옴');
    session.send('\r');
    // The status line on the 16th row, as amgi draws for 16 rows, not on the 24th.
    const back = await session.waitFor((screen) => /^완료 0/.test(screen.split('\n')[15] ?? '') && /^네트워크$/m.test(screen));
    expect(back.split('\n')[23]).toBe('');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('goes on as it was on Ctrl-Z where no shell can stop it (a process group no shell controls)', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review']); // under `script`, amgi leads its own session
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    await session.waitFor('전송 계층 › TCP');
    session.send('\x1a');
    expect(await session.waitFor('여기서는 셸로 나갈 수 없습니다')).toContain('전송 계층 › TCP');
    session.send(' ');
    const back = await session.waitFor('1 다시');
    expect(back).toMatch(/^네트워크$/m);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('moves the status line’s clock every second without a key, front and back, writing that line alone, and ends at once on q', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    for (const [shown, key] of [['전송 계층 › TCP', ' '], ['연결형 프로토콜입니다.', '']] as const) {
      const before = await drawnWith(session, shown);
      const written = session.output.length;
      const after = await clockMoved(session, before);
      expect(secondsOf(clockOf(after))).toBeGreaterThan(secondsOf(clockOf(before)));
      // The card did not move, and the screen was not cleared to write the clock (no flicker).
      expect(after.split('\n').slice(0, -1)).toEqual(before.split('\n').slice(0, -1));
      const tick = session.output.slice(written);
      expect(tick).not.toContain('\x1b[2J');
      expect([...tick.matchAll(/\x1b\[(\d+);1H/g)].map((move) => move[1])).toEqual(expect.arrayContaining(['24'])); // the bottom row
      expect(tick).not.toMatch(/\x1b\[(?!24;)\d+;1H/); // and no other
      session.send(key);
    }
    // Ctrl-L draws the screen whole, as terminal programs do: what another program wrote over it goes.
    const written = session.output.length;
    session.send('\x0c');
    await session.waitFor(() => session.output.slice(written).includes('\x1b[2J'));
    expect(await drawnWith(session, '연결형 프로토콜입니다.')).toContain('1 다시');
    session.send('q');
    await session.waitFor('복습한 카드 0장');
    expect(await session.exited).toBe(0); // no clock left running keeps the process alive
  });

  it('stops the clock when the last card is answered: the status line and the summary say the same time', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review', '--learn-ahead', '0'], { NO_COLOR: '1' }, { cols: 36, rows: 16 });
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    for (const front of ['전송 계층 › TCP', 'TCP › 신뢰성이란?', '전송 계층 › UDP']) {
      await session.waitFor(front);
      session.send(' ');
      await session.waitFor('1 다시');
      session.send('4'); // Easy: no learning card comes back today
    }
    const done = await drawnWith(session, '오늘의 복습을 마쳤습니다');
    await new Promise((wait) => setTimeout(wait, 2200));
    expect(session.screen()).toBe(done);
    const text = done.replace(/\s+/g, ' ');
    expect(text).toContain('오늘의 복습을 마쳤습니다 (done for today)'); // wrapped on a narrow screen, not cut
    const time = /걸린 시간 (?:(\d+)분 )?(\d+)초/.exec(text)!;
    expect(secondsOf(clockOf(done))).toBe(Number(time[1] ?? 0) * 60 + Number(time[2]));
    session.send('q');
    expect(await session.exited).toBe(0);
    // The summary left in the shell is wrapped at a space, as on the screen; the terminal would split `(ne|xt card)`.
    expect(await session.waitFor('다음 카드')).toMatch(/^다음 카드: \d+일 뒤, .*\d\d:\d\d\n\(next card\)$/m);
  });

  it('keeps every answer when the session is killed with kill -9, and the next session starts cleanly', async () => {
    const dir = await project();
    const decks = join(dir, 'decks'); // on the command line, so that kill finds this session and no other
    const session = new PtySession(dir, ['--decks', decks, 'review']);
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('\r');
    for (const front of ['전송 계층 › TCP', 'TCP › 신뢰성이란?']) {
      await session.waitFor(front);
      session.send(' ');
      await session.waitFor('1 다시');
      session.send('3');
    }
    await session.waitFor('완료 2');
    expect(killMatching(`--decks\u0000${decks}\u0000review`)).toBeGreaterThan(0);
    await session.exited;
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    expect(store.reviews().map((review) => review.rating)).toEqual([3, 3]);
    store.close();
    const next = new PtySession(dir, ['review']);
    expect(await next.waitFor('Space 또는 Enter: 시작')).toMatch(/네트워크 +1 +2 +0/);
    next.send('q');
    expect(await next.exited).toBe(0);
  });

  it('keeps the answer on a screen of 40 × 10, with the grades, and counts the lines it cannot show', async () => {
    const dir = await tempDir();
    const answer = Array.from({ length: 12 }, (_, n) => `- 항목 ${n + 1} : 설명 ${n + 1}`).join('\n');
    await writeFiles(dir, { 'source-notes/긴.md': `# 클라우드 컴퓨팅과 AWS의 개요\n\n## 클라우드 컴퓨팅의 3가지 특성 중에서 사용량별 과금 모델\n\n> 긴 정답\n\n${answer}\n`, ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 40, rows: 10 });
    await session.waitFor('시작');
    session.send('\r');
    await session.waitFor('긴 정답');
    session.send(' ');
    const back = await session.waitFor('1 다시');
    expect(back).toContain('항목 1');
    expect(back).toMatch(/… \d+줄 더/);
    // Whole grades: none is split between two rows.
    expect(back).toMatch(/3 알맞음 \d+분/);
    session.send('\u001b[6~'); // Page Down
    const paged = await session.waitFor(/↑ \d+줄 위/);
    expect(paged).not.toContain('항목 1 ');
    session.send('\u001b[F'); // End
    const end = await session.waitFor('항목 12');
    expect(end).not.toMatch(/줄 더/);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('shows every part of a code line too long for a narrow screen, on rows that go on after ↳', async () => {
    const dir = await tempDir();
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::my-bucket/*"}]}';
    await writeFiles(dir, { 'source-notes/정책.md': `# IAM\n\n> 버킷 정책\n\n\`\`\`json\n${policy}\n\`\`\`\n`, ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 40, rows: 20 });
    await session.waitFor('시작');
    session.send('\r');
    await session.waitFor('버킷 정책');
    session.send(' ');
    const back = await session.waitFor('1 다시');
    const rows = back.split('\n').filter((row) => /^[│↳] /.test(row));
    expect(rows.map((row) => row.slice(2)).join('')).toBe(policy);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('shows TeX math in an answer as written, its syntax loaded for that card', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/수학.md': '# 대수\n\n> 곱셈\n\n교환법칙은 $a*b*c = c*b*a$ 이다.\n', ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await session.waitFor('시작');
    session.send('\r');
    await session.waitFor('곱셈');
    session.send(' ');
    // Read as Markdown without math, `*b*` would be emphasis and its stars gone.
    expect(await session.waitFor('1 다시')).toContain('교환법칙은 $a*b*c = c*b*a$ 이다.');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('says a window narrower than 20 columns is too small instead of drawing a screen the terminal would scroll away, and keeps the counts and markers whole at 20', async () => {
    const dir = await project();
    const narrow = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 12, rows: 12 });
    const screen = await narrow.waitFor('작습니다');
    expect(screen.split('\n').slice(0, 5)).toEqual(['창이', '너무', '작습니다', '(20×6+)', 'q: 끝내기']);
    narrow.send(' '); // keys that would start, reveal and answer a card no one can see do nothing
    narrow.send(' ');
    narrow.send('3');
    narrow.send('?');
    await new Promise((done) => setTimeout(done, 300));
    narrow.send('q'); // quits at once, whatever is behind the message
    expect(await narrow.exited).toBe(0);
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    expect(store.reviews()).toEqual([]);
    store.close();
    const twenty = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 20, rows: 12 });
    const intro = await twenty.waitFor('시작');
    expect(intro.split('\n').at(-1)).toMatch(/^완료 0 · 남음 3 *$/);
    // Too narrow for the table's columns, which would be cut off: each deck's counts are named under it.
    expect(intro).toMatch(/^네트워크\n {2}새 3 · 학습 0\n {2}복습 0$/m);
    twenty.send('?');
    const help = await twenty.waitFor('도움말 (keys)');
    expect(help).toMatch(/^… \d+줄 더$/m); // its keys left out, not cut in half
    expect(help).not.toContain('(↓');
    twenty.send('x'); // closes the help
    await twenty.waitFor('시작');
    twenty.send('q');
    expect(await twenty.exited).toBe(0);
  });

  it('ends a question cut short on a small screen with …, so the cut is seen', async () => {
    const dir = await tempDir();
    const answer = Array.from({ length: 8 }, (_, n) => `항목 ${n + 1}의 설명입니다.`).join(' ');
    // No spaces: the question's lines are wrapped full to the edge, leaving no room for the mark.
    const long = '가용영역여러곳에걸쳐자동으로복제되는스토리지서비스가제공하는내구성과가용성의차이';
    await writeFiles(dir, { 'source-notes/긴.md': `# 스토리지\n\n## ${long}\n\n> 정의\n\n${answer}\n`, ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 30, rows: 9 });
    await session.waitFor('시작');
    session.send('\r');
    await session.waitFor('가용');
    session.send(' ');
    const back = await session.waitFor('1 다시');
    expect(back).toContain('항목 1');
    expect(back).toMatch(/ …$/m);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('names the note in the deck line where two notes share a title, so their cards can be told apart', async () => {
    const dir = await tempDir();
    const note = (text: string) => `# 운영체제\n\n## 프로세스\n\n> 개념\n\n${text}\n`;
    await writeFiles(dir, { 'source-notes/a.md': note('실행 중인 프로그램.'), 'source-notes/b.md': note('메모리에 올라온 프로그램.'), ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await session.waitFor('시작');
    session.send('\r');
    expect(await session.waitFor('개념은?')).toContain('운영체제 (source-notes/a.md) › 프로세스');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('scrolls a long question before the answer, and shows a question from its top again after undo', async () => {
    const dir = await tempDir();
    const question = (word: string) => `1. ${word} 가용 영역에 장애가 발생했을 때 애플리케이션의 가용성을 유지하려면 어떻게 해야 합니까?\n   A. 단일 가용 영역에 더 큰 인스턴스를 배포합니다.\n   B. 여러 가용 영역에 걸쳐 인스턴스를 배포합니다.\n\n   정답 : B\n`;
    await writeFiles(dir, { 'source-notes/긴.md': `# 덱\n\n## 첫 문제\n\n${question('첫1')}\n## 둘 문제\n\n${question('둘1')}`, ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 24, rows: 8 });
    await session.waitFor('시작');
    session.send('\r');
    await session.waitFor('줄 더');
    session.send(' ');
    await session.waitFor('1 다시');
    session.send('3');
    await session.waitFor('둘1');
    session.send('jjj');
    await session.waitFor('줄 위');
    session.send('u');
    const back = await session.waitFor('되돌렸습니다');
    expect(back).toContain('첫1');
    expect(back).not.toContain('줄 위');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('shows learning cards due within 20 minutes once nothing else is left, and says what is left when quitting', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review', '--new-per-day', '2'], { NO_COLOR: '1' });
    await session.waitFor('시작');
    session.send('\r');
    for (const front of ['전송 계층 › TCP', 'TCP › 신뢰성이란?']) {
      await session.waitFor(front);
      session.send(' ');
      await session.waitFor('1 다시');
      session.send('3');
    }
    // Both are learning cards due in 10 minutes: shown now, not after a countdown.
    const ahead = await session.waitFor('완료 2');
    expect(ahead).toContain('전송 계층 › TCP');
    expect(ahead).not.toContain('다음 학습 카드까지');
    session.send('q');
    expect(await session.waitFor('복습한 카드 2장')).toContain('남은 카드: 오늘 2장 — 이어서 복습할 수 있습니다 (2 left today)');

    const waiting = new PtySession(dir, ['review', '--new-per-day', '2', '--learn-ahead', '0'], { NO_COLOR: '1' });
    await waiting.waitFor('시작');
    waiting.send('\r');
    // It says when, and which keys work meanwhile; the countdown moves without the screen being cleared.
    const countdown = (screen: string) => /다음 학습 카드까지 (\d+:\d\d)/.exec(screen)?.[1];
    const waitScreen = await drawnWith(waiting, '다음 학습 카드까지');
    expect(waitScreen).toMatch(/다음 학습 카드까지 \d+:\d\d — 기다리면 나옵니다[^]*q: 끝내기 · u: 마지막 답 되돌리기 · \?: 도움말/);
    const written = waiting.output.length;
    await waiting.waitFor((screen) => countdown(screen) !== undefined && countdown(screen) !== countdown(waitScreen));
    expect(waiting.output.slice(written)).not.toContain('\x1b[2J');
    waiting.send('q');
    // The new card the day's limit holds back is not "none": the learning cards come first, in minutes.
    expect(await waiting.waitFor('복습한 카드 0장')).toMatch(/다음 카드: \d+분 뒤, (\d+월 \d+일 )?\d\d:\d\d/); // after midnight, with the date
    expect(await waiting.exited).toBe(0);
  });

  it('ends with a message, never a stack trace, when the decks folder fails it while it waits for a learning card', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review', '--new-per-day', '1', '--learn-ahead', '0'], { NO_COLOR: '1' });
    await session.waitFor('시작');
    session.send('\r');
    await session.waitFor('정답 보기');
    session.send(' ');
    await session.waitFor('1 다시');
    session.send('1');
    await drawnWith(session, '다음 학습 카드까지');
    // The decks folder replaced by a file meanwhile: the countdown's look for a rebuild cannot stat in it.
    await rename(join(dir, 'decks'), join(dir, 'decks-moved'));
    await writeFile(join(dir, 'decks'), '');
    expect(await session.exited).toBe(1);
    const output = stripVTControlCharacters(session.output);
    expect(output).toMatch(/amgi: .*decks/);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('keeps the way to start on a short screen with many decks, and says how many decks it left out', async () => {
    const dir = await tempDir();
    const notes = Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`source-notes/과목${n + 1}.md`, `# 과목${n + 1}\n\n> 용어\n\n설명입니다.\n`]));
    await writeFiles(dir, { ...notes, ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 60, rows: 7 });
    const intro = await session.waitFor('오늘의 복습');
    expect(intro).toContain('Space 또는 Enter: 시작');
    expect(intro).toMatch(/… 외 19개 덱/);
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('wraps the help to a narrow screen instead of cutting it', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 40, rows: 40 });
    await session.waitFor('시작');
    session.send('?');
    const help = await session.waitFor('도움말 (keys)');
    const text = help.replace(/\s+/g, ' ');
    expect(text).toContain('쉬움 (Again, Hard, Good, Easy)');
    expect(text).toContain('(quit; every answer is saved)');
    session.send('x'); // any key closes the help
    await session.waitFor('시작');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('scrolls the help on a screen too short for it, and says what is below', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review'], { NO_COLOR: '1' }, { cols: 60, rows: 9 });
    await session.waitFor('시작');
    session.send('?');
    const top = await session.waitFor('도움말 (keys)');
    expect(top).toMatch(/… \d+줄 더/);
    expect(top).not.toContain('돌아가기');
    for (let page = 0; page < 4; page++) session.send('\x1b[6~'); // Page Down, past the end
    const bottom = await session.waitFor('돌아가기');
    expect(bottom).toMatch(/↑ \d+줄 위/);
    session.send('\x1b[H'); // Home: back to the top, the help still open
    const again = await session.waitFor(/^도움말 \(keys\)/m);
    expect(again).not.toContain('돌아가기');
    session.send('\x1b[F'); // End
    await session.waitFor('돌아가기');
    session.send('x'); // any other key closes the help
    await session.waitFor('Space 또는 Enter: 시작');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('refuses TERM=dumb, which cannot draw its screen, and exits 2', async () => {
    const dir = await project();
    const session = new PtySession(dir, ['review'], { TERM: 'dumb' });
    expect(await session.waitFor('TERM=dumb')).toContain('amgi review draws its screen with cursor movement');
    expect(await session.exited).toBe(2);
  });

  it('says it needs a terminal and exits 2 without one', async () => {
    const dir = await project();
    const result = await runAmgi(['review'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('amgi review needs an interactive terminal');
  });

  describe('on a terminal that draws ambiguous-width characters (· … ─ • ①) two columns wide', () => {
    const wide = (text: string) => stringWidth(text, { ambiguousIsNarrow: false });
    const note = [
      '# 네트워크 · 기초',
      '',
      '## 전송 계층 — 요약…',
      '',
      '> TCP · UDP의 차이 • 연결형 ① 비연결형 ②',
      '',
      '연결형 · 신뢰성… ─ 순서와 도착을 보장합니다 • 흐름 제어 › 혼잡 제어 ① 세그먼트 ② 확인 응답 · 재전송 · 타이머',
      '',
      '| 항목 · 이름 | 설명 … |',
      '|---|---|',
      '| TCP · 연결형 | 순서 보장 ① |',
      '| UDP | 빠름 ② · 가벼움 |',
      '',
      '---',
      '',
      '- 첫째 · 항목 — 설명… 그리고 긴 설명이 이어집니다',
      '',
    ].join('\n');
    async function wideProject(ambiguousWidth: 1 | 2 | 'auto'): Promise<string> {
      const dir = await tempDir();
      const dayStartHour = (new Date().getHours() + 12) % 24;
      await writeFiles(dir, { 'source-notes/네트워크.md': note, 'amgi.config.json': JSON.stringify({ dayStartHour, ambiguousWidth }) });
      expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
      return dir;
    }
    const widest = (screen: string) => Math.max(...screen.split('\n').map(wide));

    it('draws no line wider than the screen, counting them two columns, with ambiguousWidth: 2 in amgi.config.json', async () => {
      const cols = 44;
      const session = new PtySession(await wideProject(2), ['review'], { NO_COLOR: '1' }, { cols, rows: 30 });
      const screens = [await drawnWith(session, '시작')];
      session.send(' ');
      screens.push(await drawnWith(session, 'TCP · UDP'));
      session.send(' ');
      screens.push(await drawnWith(session, '1 다시'));
      session.send('?');
      screens.push(await drawnWith(session, '도움말 (keys)'));
      for (const screen of screens) expect(widest(screen), screen).toBeLessThanOrEqual(cols);
      // The answer kept what the note says: every word, wrapped at spaces.
      expect(screens[2].replace(/\s+/g, ' ')).toContain('연결형 · 신뢰성… ─ 순서와 도착을 보장합니다 • 흐름 제어 › 혼잡 제어 ① 세그먼트 ② 확인 응답 · 재전송 · 타이머');
      session.send('q'); // closes the help
      await drawnWith(session, '1 다시');
      session.send('q');
      expect(await session.exited).toBe(0);

      // Counted one column each (the default, on a terminal that does not answer), the same answer has
      // lines too wide for such a terminal: what the setting is for.
      const narrow = new PtySession(await wideProject(1), ['review'], { NO_COLOR: '1' }, { cols, rows: 30 });
      await drawnWith(narrow, '시작');
      narrow.send(' ');
      await drawnWith(narrow, 'TCP · UDP');
      narrow.send(' ');
      expect(widest(await drawnWith(narrow, '1 다시'))).toBeGreaterThan(cols);
      narrow.send('q');
      expect(await narrow.exited).toBe(0);
    });

    it('asks the terminal (auto): an answer of column 3 lays the screen out wide, and a key typed before the answer is not lost', async () => {
      const session = new PtySession(await wideProject('auto'), ['review'], { NO_COLOR: '1' }, { answerQueries: false });
      await session.waitFor(() => session.output.includes('\x1b[6n'));
      session.send(' '); // typed before the terminal answers: it starts the session once the screen is drawn
      await new Promise((done) => setTimeout(done, 50));
      session.send('\x1b[1;3R');
      const front = await drawnWith(session, 'TCP · UDP');
      expect(front).not.toContain('▒'); // the probe's character, cleared by the first screen
      session.send(' ');
      const back = await drawnWith(session, '1 다시');
      // The divider of 60 columns is 30 characters where each is drawn two columns wide.
      expect(back).toMatch(/^─{30}$/m);
      session.send('q');
      expect(await session.exited).toBe(0);
    });

    it('draws the first screen one column each when the terminal does not answer, within a moment, and again by an answer that comes late', async () => {
      const session = new PtySession(await wideProject('auto'), ['review'], { NO_COLOR: '1' }, { answerQueries: false });
      await session.waitFor(() => session.output.includes('\x1b[6n'));
      const asked = Date.now();
      await drawnWith(session, '시작');
      // Not held for the late answer's window: that one only redraws (a loaded machine may take a while to draw).
      expect(Date.now() - asked).toBeLessThan(LATE_ANSWER_MS);
      session.send(' ');
      await drawnWith(session, 'TCP · UDP');
      session.send(' ');
      expect(await drawnWith(session, '1 다시')).toMatch(/^─{60}$/m);
      // An answer that comes late (a slow link) still counts: the screen is drawn again by it.
      session.send('\x1b[1;3R');
      await session.waitFor(/^─{30}$/m);
      session.send('q');
      expect(await session.exited).toBe(0);
    });
  });
});

describe('opening a card’s images', () => {
  it('hands the viewer images only: a file of another kind a note names is never opened', async () => {
    const { locateImages } = await import('../src/review/open-images.js');
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a.png': new Uint8Array([0x89]), 'notes/x.command': '#!/bin/sh\necho hi\n' });
    expect(locateImages(join(dir, 'notes', 'n.md'), ['./a.png', './x.command', 'https://example.com/b.png', 'data:image/png;base64,AA=='])).toEqual({
      targets: [join(dir, 'notes', 'a.png'), 'https://example.com/b.png'],
      unopenable: [
        { src: './x.command', why: 'not-an-image' },
        { src: 'data:image/png;base64,AA==', why: 'no-viewer' },
      ],
    });
  });

  it('opens what a link leads to only when that is an image: pic.png linked to a program is not opened', async () => {
    const { locateImages } = await import('../src/review/open-images.js');
    const { symlink } = await import('node:fs/promises');
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/run.command': '#!/bin/sh\necho hi\n', 'notes/real.png': new Uint8Array([0x89]) });
    await symlink(join(dir, 'notes', 'run.command'), join(dir, 'notes', 'pic.png'));
    await symlink(join(dir, 'notes', 'real.png'), join(dir, 'notes', 'alias.png'));
    expect(locateImages(join(dir, 'notes', 'n.md'), ['./pic.png', './alias.png'])).toEqual({ targets: [join(dir, 'notes', 'real.png')], unopenable: [{ src: './pic.png', why: 'not-an-image' }] });
  });

  it('says why each image it cannot open was left, as build says it', async () => {
    const { openedMessage } = await import('../src/review/open-images.js');
    const message = openedMessage({
      kind: 'unopenable',
      unopenable: [
        { src: './slides.pdf', why: 'not-an-image' },
        { src: './없음.png', why: 'missing' },
        { src: 'data:image/png;base64,iVBORw0KGgo=', why: 'no-viewer' },
      ],
    });
    expect(message).toBe('그림을 열 수 없습니다 (cannot open the image): 파일 없음 (image not found): ./없음.png · 그림 파일 아님 (not an image file): ./slides.pdf · 열 수 없는 주소 (no viewer for this address): data:image/png…');
  });

  it('counts a Mac over SSH, and Linux without a desktop, as having no display to open on', async () => {
    const { hasDisplay } = await import('../src/review/open-images.js');
    expect(hasDisplay({ SSH_CONNECTION: '10.0.0.1 22 10.0.0.2 22' }, 'darwin')).toBe(false);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: 'localhost:10.0', SSH_CONNECTION: 'x' }, 'linux')).toBe(true); // X forwarded over SSH
  });
});

describe('wrap', () => {
  it('wraps as wrap-ansi does, also where plain lines that fit skip it', async () => {
    const { wrap } = await import('../src/review/wrap.js');
    const wrapAnsi = (await import('wrap-ansi')).default;
    const texts = ['짧은 줄', 'TCP 3-way 핸드셰이크 › 전송 계층', '\x1b[1m굵게\x1b[22m  두 칸 띄움 ', 'a'.repeat(30), '가'.repeat(15), '☁️ 클라우드 — 요약…'];
    for (const text of texts) {
      for (const width of [12, 20, 30, 80]) {
        const rows = wrapAnsi(text, width, { hard: true, trim: false }).split('\n');
        if (rows.slice(1).some((row) => row.startsWith(' '))) continue; // see the next test
        expect(wrap(text, width), `${JSON.stringify(text)} at ${width}`).toEqual(rows);
      }
    }
    expect(wrap('가나다', 80, '  ')).toEqual(['  가나다']);
  });

  it('starts no wrapped row with the space it broke at, and keeps the indentation a line has', async () => {
    const { wrap } = await import('../src/review/wrap.js');
    // '클라우드 컴퓨팅' fills 15 columns exactly: wrap-ansi begins the next row with the space after it.
    expect(wrap('클라우드 컴퓨팅 기술을 의미', 15)).toEqual(['클라우드 컴퓨팅', '기술을 의미']);
    expect(wrap('\x1b[2m클라우드 컴퓨팅 기술을 의미\x1b[22m', 15).map((row) => row.replace(/\x1b\[[0-9;]*m/g, ''))).toEqual(['클라우드 컴퓨팅', '기술을 의미']);
    expect(wrap('    const x = 1; // 긴 주석입니다', 20)[0]).toMatch(/^ {4}const/);
    expect(wrap('첫 줄은 짧다\n클라우드 컴퓨팅 기술을 의미', 17, '│ ')).toEqual(['│ 첫 줄은 짧다', '│ 클라우드 컴퓨팅', '│ 기술을 의미']);
  });
});

describe('cramming (review --cram)', () => {
  const DAY = 86_400_000;
  const state = (stability: number, daysAgo: number, extra: Partial<StoredCard> = {}): StoredCard => ({
    id: '',
    due: 0,
    stability,
    difficulty: 5,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: NOW - daysAgo * DAY,
    suspended: false,
    buriedUntilDay: undefined,
    ...extra,
  });
  const NOW = Date.UTC(2026, 11, 7, 12);

  it('orders the weakest first: cards never studied, in note order, then studied cards by their recall tomorrow; suspended cards left out', async () => {
    const { cramCandidates, cramOrder } = await import('../src/review/cram.js');
    const { DEFAULT_WEIGHTS } = await import('../src/schedule/fsrs.js');
    const deck = (name: string, ids: string[]) => ({ name, ids, entry: () => ({ deck: name, card: {} as never }) });
    const states = new Map<string, StoredCard>([
      ['strong', state(100, 1)], // well remembered
      ['weak', state(2, 10)], // stability of 2 days, seen 10 days ago
      ['middle', state(10, 10)],
      ['buried', state(5, 20, { buriedUntilDay: 99_999 })],
      ['suspended', state(1, 30, { suspended: true })],
      ['new-in-store', state(0, 0, { state: 0, lastReview: undefined, reps: 0 })],
      ['just-failed', state(0.5, 0.003, { state: 3 })], // Again minutes ago: sure now, weak by tomorrow
      ['damaged', state(5, 1, { lastReview: Number.NaN })], // a row a tool broke: as never studied
    ]);
    const { candidates, suspended } = cramCandidates([deck('A', ['new-a', 'strong', 'suspended', 'weak', 'just-failed']), deck('B', ['middle', 'new-in-store', 'buried', 'new-b', 'damaged'])], states, DEFAULT_WEIGHTS, NOW);
    expect(cramOrder(candidates)).toEqual(['new-a', 'new-in-store', 'new-b', 'damaged', 'weak', 'buried', 'just-failed', 'middle', 'strong']);
    expect([...suspended]).toEqual(['suspended']);
  });

  it('brings a card answered Again back after four others (sooner when fewer are left), and undoes an answer', async () => {
    const { CramQueue } = await import('../src/review/cram.js');
    const queue = new CramQueue(['a', 'b', 'c', 'd', 'e', 'f']);
    const again = queue.answer(1);
    const order: string[] = [];
    while (queue.next !== undefined && order.length < 10) {
      order.push(queue.next);
      queue.answer(3);
    }
    expect(order).toEqual(['b', 'c', 'd', 'e', 'a', 'f']);
    const short = new CramQueue(['x', 'y']);
    short.answer(1);
    expect([short.next, short.left]).toEqual(['y', 2]);
    short.answer(3);
    expect(short.next).toBe('x');
    // Undone, an Again card is next again, once; so is a passed one, and steps undo newest first.
    const undone = new CramQueue(['a', 'b', 'c']);
    const steps = [undone.answer(1), undone.answer(3)];
    undone.undo(steps.pop()!);
    expect([undone.next, undone.left]).toEqual(['b', 3]);
    undone.undo(steps.pop()!);
    expect([undone.next, undone.left]).toEqual(['a', 3]);
    expect(again.rating).toBe(1);
  });

  it('adds the cards a rebuild brings (new, or new ids), but not those passed or suspended', async () => {
    const { CramQueue } = await import('../src/review/cram.js');
    const queue = new CramQueue(['a', 'b', 'c'], new Set(['s']));
    queue.answer(3); // a passed
    queue.keepOnly((id) => id !== 'b'); // b gone from the notes
    queue.addMissing(['a', 'c', 's', 'n', 'b2']);
    const rest: string[] = [];
    while (queue.next !== undefined) rest.push(queue.answer(3).id);
    expect(rest).toEqual(['c', 'n', 'b2']);
  });

  it('shows every card, due or not, brings an Again card back, and records nothing', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE, ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    // Learnt first (Easy): nothing is due now.
    const learn = new PtySession(dir, ['review'], { NO_COLOR: '1' });
    await learn.waitFor('Space 또는 Enter: 시작');
    learn.send('\r');
    for (let n = 0; n < 3; n++) {
      await learn.waitFor('Space/Enter: 정답 보기');
      learn.send(' ');
      await learn.waitFor('4 쉬움');
      learn.send('4');
    }
    await learn.waitFor('오늘의 복습을 마쳤습니다');
    learn.send('q');
    expect(await learn.exited).toBe(0);
    const storePath = join(dir, 'decks', 'amgi.sqlite');
    const before = ReviewStore.open(storePath);
    const [cardsBefore, reviewsBefore] = [[...before.cards().values()], before.reviewCount()];
    before.close();
    expect(reviewsBefore).toBe(3);

    const session = new PtySession(dir, ['review', '--cram'], { NO_COLOR: '1' });
    expect(await session.waitFor('Space 또는 Enter: 시작')).toContain('카드 3장: 아직 공부하지 않은 카드, 그다음 내일 기억할 가능성이 낮은 카드부터');
    session.send('\r');
    // Bury and suspend are not for practice; undo takes an answer back.
    await clockMoved(session, await drawnWith(session, 'Space/Enter: 정답 보기')); // practice has its clock too
    session.send('s');
    await session.waitFor('연습 중에는 카드를 묻거나 중지하지 않습니다');
    session.send('!');
    await session.waitFor('연습 중에는 카드를 묻거나 중지하지 않습니다');
    session.send(' ');
    await session.waitFor('4 쉬움');
    session.send('3');
    await session.waitFor('완료 1 · 남음 2');
    session.send('u');
    await session.waitFor('완료 0 · 남음 3');
    const fronts: string[] = [];
    const answer = async (key: string) => {
      const front = await session.waitFor('Space/Enter: 정답 보기');
      fronts.push(front.split('\n')[2]!.trim()); // below the deck line and a blank line
      session.send(' ');
      expect(await session.waitFor('4 쉬움')).toMatch(/1 다시 (\d장 뒤|바로)/);
      session.send(key);
      await session.waitFor(key === '1' ? '몇 장 뒤에 다시' : '→ 통과');
    };
    await answer('1');
    await answer('3');
    await answer('3');
    await answer('3'); // the card answered Again, back after the two others
    const end = await session.waitFor('모든 카드를 연습했습니다');
    expect(end).toContain('연습: 통과 3장 · 답 4번 중 다시(Again) 25%');
    expect(fronts[3]).toBe(fronts[0]);
    expect(new Set(fronts.slice(0, 3)).size).toBe(3);
    session.send('q');
    expect(await session.exited).toBe(0);
    expect(session.screen()).toContain('일정은 바뀌지 않았습니다 (cram: nothing recorded)');
    const after = ReviewStore.open(storePath);
    try {
      expect(after.reviewCount()).toBe(reviewsBefore);
      expect([...after.cards().values()]).toEqual(cardsBefore);
    } finally {
      after.close();
    }
    const both = await runAmgi(['review', '--cram', '--ahead', '3'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Use one of them');
    expect((await runAmgi(['review', '--cram', '--new-per-day', '5'], { cwd: dir })).stderr).toContain('--cram has no daily limits');
    expect((await runAmgi(['review', '--cram', '--ahead', '0'], { cwd: dir })).stderr).toContain('Use one of them');
  });

  it('takes in the cards a rebuild adds while it runs', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review', '--cram'], { NO_COLOR: '1' });
    await session.waitFor('카드 3장');
    await writeFile(join(dir, 'source-notes', '네트워크.md'), `${NOTE}\n> QUIC\n\nUDP 위의 전송 프로토콜입니다.\n`);
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    session.send('x'); // any key: the decks are read again
    await session.waitFor('카드 4장');
    session.send('q');
    expect(await session.exited).toBe(0);
  });

  it('never creates a store: practice before the first review leaves none', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const session = new PtySession(dir, ['review', '--cram'], { NO_COLOR: '1' });
    // `1 다시는 …` read as 다시는 ("never again"): the key is named as what to press.
    expect((await session.waitFor('Space 또는 Enter: 시작')).replace(/\s+/g, ' ')).toContain('1 다시를 누르면 몇 장 뒤에 다시 나오고, 2–4는 통과입니다');
    session.send('\r');
    await session.waitFor('Space/Enter: 정답 보기');
    session.send(' ');
    await session.waitFor('4 쉬움');
    session.send('1');
    await session.waitFor('몇 장 뒤에 다시');
    session.send('q');
    expect(await session.exited).toBe(0);
    expect(session.screen()).toContain('남은 카드 3장 (3 left) · 일정은 바뀌지 않았습니다');
    expect(existsSync(join(dir, 'decks', 'amgi.sqlite'))).toBe(false);
  });
});

describe('the end of a session', () => {
  it('counts the days to the next card by the dates, as the date beside it reads', async () => {
    const { summaryLines } = await import('../src/review/session.js');
    const now = new Date(2026, 11, 6, 23, 40).getTime();
    const at = (day: number, hour: number) => ({ reviewed: 1, again: 0, seconds: 5, leftToday: 0, canGoOn: false, nextDue: new Date(2026, 11, day, hour).getTime() });
    expect(summaryLines(at(9, 4), now)[1]).toBe('다음 카드: 3일 뒤, 12월 9일 04:00 (next card)');
    expect(summaryLines(at(7, 4), now)[1]).toMatch(/^다음 카드: 4시간 뒤, 12월 7일 04:00/);
  });

  it('says apart what is left for today and what was brought forward with --ahead', async () => {
    const { summaryLines } = await import('../src/review/session.js');
    const left = (leftToday: number, leftAhead?: number) => summaryLines({ reviewed: 3, again: 1, seconds: 65, leftToday, ...(leftAhead ? { leftAhead } : {}), canGoOn: true, nextDue: undefined })[1];
    expect(left(2)).toBe('남은 카드: 오늘 2장 — 이어서 복습할 수 있습니다 (2 left today)');
    expect(left(2, 5)).toBe('남은 카드: 오늘 2장, 앞당긴 복습 5장 — 이어서 복습할 수 있습니다 (2 left today, 5 ahead)');
    expect(left(0, 5)).toBe('남은 카드: 앞당긴 복습 5장 — 이어서 복습할 수 있습니다 (5 ahead)');
  });

  it('says the time in seconds, minutes and, past an hour, hours; and no Again rate without an answer', async () => {
    const { summaryLines } = await import('../src/review/session.js');
    const took = (seconds: number, reviewed = 3) => summaryLines({ reviewed, again: 1, seconds, leftToday: 0, canGoOn: false, nextDue: undefined })[0];
    expect(took(14)).toBe('복습한 카드 3장 · 다시(Again) 33% · 걸린 시간 14초');
    expect(took(65)).toBe('복습한 카드 3장 · 다시(Again) 33% · 걸린 시간 1분 5초');
    expect(took(3605)).toBe('복습한 카드 3장 · 다시(Again) 33% · 걸린 시간 1시간 0분 5초');
    expect(took(14, 0)).toBe('복습한 카드 0장 · 걸린 시간 14초');
    const cram = summaryLines({ reviewed: 0, again: 0, seconds: 14, leftToday: 3, canGoOn: true, nextDue: undefined, cram: { passed: 0 } })[0];
    expect(cram).toBe('연습: 통과 0장 · 답 0번 · 걸린 시간 14초');
  });
});

describe('card layout', () => {
  it('names above a front only the sections the front does not begin with', async () => {
    const { sectionsAboveFront } = await import('../src/review/card-layout.js');
    expect(sectionsAboveFront(['데이터베이스', '데이터베이스 정의'], '데이터베이스 정의 › 공유 데이터란?')).toEqual(['데이터베이스']);
    expect(sectionsAboveFront(['트랜잭션 특징', 'Commit'], '트랜잭션 특징 › Commit')).toEqual([]);
    // A quiz question is its section's title, said on the front without its number.
    expect(sectionsAboveFront(['1. ELB는 ...를 제공합니다.'], 'ELB는 ...를 제공합니다.\nA. static IPv4\nB. static DNS Name')).toEqual([]);
    // Only where the front begins with them: a title further in, or one the front asks about in other words, stays.
    expect(sectionsAboveFront(['REST', '장점'], 'REST의 장점은?')).toEqual(['REST', '장점']);
    expect(sectionsAboveFront(['전송 계층', 'TCP'], 'TCP › 신뢰성이란?')).toEqual(['전송 계층']);
    expect(sectionsAboveFront(['전송 계층'], '네트워크 › 전송 계층 › UDP')).toEqual(['전송 계층']);
  });

  const markers = { above: (count: number) => `↑${count}`, below: (count: number) => `↓${count}`, cut: (line: string) => `${line} …` };
  const lines = (count: number, prefix = 'a') => Array.from({ length: count }, (_, n) => `${prefix}${n + 1}`);

  it('never lets a marker stand for one line, and counts what is above and below', () => {
    expect(answerWindow(lines(5), 4, 0, markers).lines).toEqual(['a1', 'a2', 'a3', '↓2']);
    expect(answerWindow(lines(4), 4, 0, markers).lines).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(answerWindow(lines(10), 4, 3, markers).lines).toEqual(['↑3', 'a4', 'a5', '↓5']);
    // Scrolled past the end, it stops at the last line.
    const end = answerWindow(lines(10), 4, 99, markers);
    expect(end.lines).toEqual(['↑7', 'a8', 'a9', 'a10']);
    expect(end.scroll).toBe(7);
  });

  it('gives the answer its rows on a short screen: blank lines, deck line, hints and divider go first, then the question is cut', () => {
    const parts = { header: ['덱 › 절'], front: lines(6, 'q'), divider: ['───'], answer: lines(10), buttons: ['1 다시   2 어려움', '3 알맞음   4 쉬움'], hint: ['Enter = 3'] };
    const tall = layoutCard(parts, 40, 0, markers).lines;
    expect(tall).toEqual(['덱 › 절', '', ...lines(6, 'q'), '───', ...lines(10), '', ...parts.buttons, 'Enter = 3']);
    const short = layoutCard(parts, 8, 0, markers);
    expect(short.lines).toEqual(['q1', 'q2', 'q3 …', 'a1', 'a2', '↓8', ...parts.buttons]);
    expect(short.answerRows).toBe(3);
    // Up from the answer, a question cut short scrolls back into view, as one with the answer.
    expect(short.minScroll).toBe(-6);
    const up = layoutCard(parts, 8, scrollBy(0, -1, short.answerRows, short.minScroll), markers);
    expect(up.lines).toEqual(['↑5', 'q6', 'a1', 'a2', 'a3', '↓7', ...parts.buttons]);
    expect(layoutCard(parts, 8, short.minScroll, markers).lines).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', '↓11', ...parts.buttons]);
    expect(scrollBy(-6, 1, 6, -6)).toBe(-4); // "1 line above" is passed over there too
    // With a short answer, down from the question comes back to the answer's own view, never stuck.
    const shortAnswer = { ...parts, front: lines(14, 'q'), answer: ['정답 : B'] };
    const cut = layoutCard(shortAnswer, 7, 0, markers);
    let at = cut.minScroll;
    const seen = new Set<number>();
    while (at < 0 && !seen.has(at)) {
      seen.add(at);
      at = layoutCard(shortAnswer, 7, scrollBy(at, 1, cut.answerRows, cut.minScroll), markers).scroll;
    }
    expect(at).toBe(0);
    // Scrolled, the answer still shows three lines between its "above" and "below" lines.
    const scrolled = layoutCard({ ...parts, front: lines(2, 'q'), answer: lines(20) }, 12, 5, markers);
    expect(scrolled.lines).toEqual(['덱 › 절', 'q1', 'q2', '───', '↑5', 'a6', 'a7', 'a8', '↓12', ...parts.buttons, 'Enter = 3']);
  });

  it('never spends a row on "1 line above": one step down from the top goes to line 3, one up from there to the top', () => {
    expect(scrollBy(0, 1, 4)).toBe(2);
    expect(scrollBy(2, -1, 4)).toBe(0);
    expect(scrollBy(2, 1, 4)).toBe(3);
    expect(scrollBy(0, 1, 2)).toBe(1); // too few rows for markers: every line in turn
    expect(answerWindow(lines(10), 4, 2, markers).lines).toEqual(['↑2', 'a3', 'a4', '↓6']);
    expect(answerWindow(lines(10), 4, 1, markers).lines).toEqual(['a1', 'a2', 'a3', '↓7']);
  });

  it('scrolls a question longer than the screen on its side, so every choice can be read before answering', () => {
    const parts = { header: ['덱'], front: lines(8, 'q'), divider: [], answer: undefined, buttons: [], hint: ['Space'] };
    expect(layoutCard(parts, 5, 0, markers).lines).toEqual(['q1', 'q2', 'q3', 'q4', '↓4']);
    const end = layoutCard(parts, 5, 99, markers);
    expect(end.lines).toEqual(['↑4', 'q5', 'q6', 'q7', 'q8']);
    expect(end.answerRows).toBe(5);
  });

  it('keeps rows for the answer on the smallest screen: the buttons lose their intervals, then their names', () => {
    const full = ['1 다시 1분', '2 어려움 6분', '3 알맞음 10분', '4 쉬움 8일'];
    const parts = { header: ['덱'], front: lines(3, 'q'), divider: ['─'], answer: lines(2), buttons: full, compactButtons: [['1 다시   2 어려움', '3 알맞음   4 쉬움'], ['1 2 3 4']], hint: ['Enter'] };
    // 20×6 leaves the card 4 rows: the question's first line, the answer's two, and the keys alone.
    expect(layoutCard(parts, 4, 0, markers).lines).toEqual(['q1 …', 'a1', 'a2', '1 2 3 4']);
    expect(layoutCard(parts, 5, 0, markers).lines).toEqual(['q1 …', 'a1', 'a2', '1 다시   2 어려움', '3 알맞음   4 쉬움']);
    expect(layoutCard(parts, 7, 0, markers).lines).toEqual(['q1 …', 'a1', 'a2', ...full]);
    // With two rows for a longer answer, the second says what is below.
    expect(answerWindow(lines(5), 2, 0, markers).lines).toEqual(['a1', '↓4']);
    expect(answerWindow(lines(5), 2, 3, markers).lines).toEqual(['a4', 'a5']);
  });

  it('holds back for tomorrow only the reviews due today, not those reviewed ahead', async () => {
    const { heldBackByLimits } = await import('../src/review/queue.js');
    const deck = { name: '덱', ids: ['a', 'b'], entry: () => { throw new Error('not asked'); } };
    const scan = { endOfToday: 1000, reviewsUntil: 9000, learning: [], fresh: [], review: [{ deck, position: 0, due: 500 }, { deck, position: 1, due: 5000 }] };
    const limits = { newPerDay: 20, reviewsPerDay: 1 };
    expect(heldBackByLimits(scan, { newIntroduced: 0, reviewsDone: 1 }, limits)).toBe(true); // a's review waits for tomorrow
    expect(heldBackByLimits({ ...scan, review: [scan.review[1]!] }, { newIntroduced: 0, reviewsDone: 1 }, limits)).toBe(false); // b is due later anyway
  });

  it('counts the reviews left ahead after today’s, which the day’s limit serves first whatever the cards’ order in the notes', async () => {
    const { reviewsLeftAhead } = await import('../src/review/queue.js');
    const deck = { name: '덱', ids: ['a', 'b', 'c'], entry: () => { throw new Error('not asked'); } };
    // In note order: a due in two days, b overdue, c due in three days.
    const scan = { endOfToday: 1000, reviewsUntil: 9000, learning: [], fresh: [], review: [{ deck, position: 0, due: 3000 }, { deck, position: 1, due: 500 }, { deck, position: 2, due: 4000 }] };
    const usage = { newIntroduced: 0, reviewsDone: 0 };
    expect(reviewsLeftAhead(scan, usage, { newPerDay: 20, reviewsPerDay: 1 })).toBe(0); // the one slot is b's
    expect(reviewsLeftAhead(scan, usage, { newPerDay: 20, reviewsPerDay: 2 })).toBe(1);
    expect(reviewsLeftAhead(scan, usage, { newPerDay: 20, reviewsPerDay: 200 })).toBe(2);
    expect(reviewsLeftAhead(scan, { newIntroduced: 0, reviewsDone: 200 }, { newPerDay: 20, reviewsPerDay: 200 })).toBe(0);
  });

  it('keeps items whole when it packs them into rows', () => {
    // 41 columns for the first three (Hangul two each): at 40 the third goes to the next row, whole.
    expect(packItems(['1 다시 1분', '2 어려움 6분', '3 알맞음 10분', '4 쉬움 8일'], '   ', 41)).toEqual(['1 다시 1분   2 어려움 6분   3 알맞음 10분', '4 쉬움 8일']);
    expect(packItems(['1 다시 1분', '2 어려움 6분', '3 알맞음 10분', '4 쉬움 8일'], '   ', 40)).toEqual(['1 다시 1분   2 어려움 6분', '3 알맞음 10분   4 쉬움 8일']);
    expect(packItems(['u 되돌리기', 'q 끝내기'], ' · ', 12)).toEqual(['u 되돌리기', 'q 끝내기']);
  });
});

describe('answers drawn for the terminal', () => {
  it('names a data: image by its kind, not its kilobytes of content', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const plain = picocolors.createColors(false);
    const data = `data:image/png;base64,${'iVBORw0KGgo'.repeat(2000)}`;
    expect(renderMarkdown(`캡처: ![화면](${data}) 끝`, 80, plain)).toEqual(['캡처: [그림: 화면 · data:image/png…] 끝']);
  });

  it('draws prose boxed in a fence with no language as a quote whose lines wrap, and code with its bar', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const [card, code] = cardsOf('# 퀴즈\n\n## 1. 세션이 끊기는 이유는 무엇일까요?\n\n```\n정답 고정 세션\n요청마다 다른 인스턴스로 가서 다시 로그인해야 합니다.\n- 쿠키로 고정한다\n```\n\n## 2. 설치\n\n```\nyum install -y httpd\n웹 서버를 설치한다\n```\n');
    const plain = picocolors.createColors(false);
    expect(renderMarkdown(card!.back, 30, plain).map((row) => row.trimEnd())).toEqual(['▎ 정답 고정 세션', '▎ 요청마다 다른 인스턴스로', '▎ 가서 다시 로그인해야 합니다.', '▎ - 쿠키로 고정한다']);
    expect(renderMarkdown(code!.back, 30, plain)).toEqual(['│ yum install -y httpd', '│ 웹 서버를 설치한다']);
  });

  it('shows an embedded note as a placeholder naming it', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const { renderBack } = await import('../src/cards/back.js');
    const back = renderBack([{ type: 'markdown', markdown: '![[VPC]]\n\n가상 네트워크' }], '');
    expect(renderMarkdown(back, 80, picocolors.createColors(false))).toEqual(['[노트: VPC]', '', '가상 네트워크']);
  });

  it('draws a table too wide for the screen as a block per row, titled by its first cell, a value that wraps indented under its header', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const plain = picocolors.createColors(false);
    const table = '| 구분 | Cluster | Spread |\n|---|---|---|\n| 배치 방식 | 한 AZ 안에 가깝게 모은다 | 하드웨어마다 나눈다 |\n| 용도 | HPC, 저지연 | 고가용성 |\n';
    expect(renderMarkdown(table, 30, plain)).toEqual(['배치 방식', '  Cluster: 한 AZ 안에 가깝게', '    모은다', '  Spread: 하드웨어마다', '    나눈다', '', '용도', '  Cluster: HPC, 저지연', '  Spread: 고가용성']);
    expect(renderMarkdown(table, 80, plain)[0]).toMatch(/^구분 +│ Cluster +│ Spread$/); // one that fits stays a table
  });

  it('draws tags that only style text as their text, a superscript after ^ and a subscript after _', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const plain = picocolors.createColors(false);
    expect(renderMarkdown('[(최악치 - 최적치) / 6]<sup>2</sup>, H<sub>2</sub>O, <u>중요</u> <div>태그</div>', 80, plain)).toEqual(['[(최악치 - 최적치) / 6]^2, H_2O, 중요 <div>태그</div>']);
  });

  it('draws a tab in code as spaces to the next stop, and deep nesting on a narrow screen without losing words', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const { displayWidth } = await import('../src/util/columns.js');
    const plain = picocolors.createColors(false);
    const code = renderMarkdown("```python\ndef handler(event):\n\tresult = boto3.client('s3').list_objects_v2(Bucket='매우-긴-버킷-이름-한국어-포함')\n\treturn result\n```", 80, plain);
    expect(code.every((row) => displayWidth(row) <= 80)).toBe(true);
    expect(code.at(-1)).toBe('│     return result');
    const deep = '- 첫째\n  - 둘째\n    - 셋째\n      - 넷째\n        > - 다섯째 단계의 항목은 가나다라마 바사아자차 카타파하 끝까지 보여야 합니다 마지막단어\n';
    const rows = renderMarkdown(deep, 20, plain);
    expect(rows.every((row) => displayWidth(row) <= 20)).toBe(true);
    const hangul = (text: string) => text.replace(/[^\uac00-\ud7a3]/g, '');
    expect(hangul(rows.join(''))).toBe(hangul(deep));
    // Nine levels at 20 columns: the deepest go without markers rather than wider than the screen.
    const nine = Array.from({ length: 9 }, (_, n) => `${'  '.repeat(n)}- 단계${n + 1} 항목의 설명입니다`).join('\n');
    const nested = renderMarkdown(nine, 20, plain);
    expect(nested.every((row) => displayWidth(row) <= 20)).toBe(true);
    expect(hangul(nested.join(''))).toBe(hangul(nine));
  });

  it('shows a reference-style image and link of the note, and not the definition the back carries for them', async () => {
    const { imageSources, renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const plain = picocolors.createColors(false);
    const [card] = cardsOf('# AWS\n\n> VPC\n\n서브넷으로 나뉜다.\n![구성도][vpc]\n~~옛~~ [문서][docs]\n\n[vpc]: ./img/vpc.png\n[docs]: https://docs.aws.amazon.com/vpc/\n');
    expect(card!.back).toContain('[vpc]: <./img/vpc.png>');
    expect(renderMarkdown(card!.back, 60, plain)).toEqual(['서브넷으로 나뉜다.', '[그림: 구성도 · ./img/vpc.png]', '옛 문서 (https://docs.aws.amazon.com/vpc/)']);
    expect(imageSources(card!.back)).toEqual(['./img/vpc.png']);
    // Labels match as CommonMark matches them; the note's first definition counts, also where the back
    // holds a later one; a quote that held only a definition leaves no blank line.
    const [spaced, later] = cardsOf('# 덱\n\n[d]: ./first.png\n\n> 가\n\n![그림][B  b] 과 [문서][AWS\n문서]\n\n> 나\n\n![그림][d]\n\n> [d]: ./second.png\n\n[b b]: ./b.png\n[aws 문서]: https://example.com/?a=1&amp;lt;b\n');
    expect(imageSources(spaced!.back)).toEqual(['./b.png']);
    expect(renderMarkdown(spaced!.back, 80, plain)).toEqual(['[그림: 그림 · ./b.png] 과 문서 (https://example.com/?a=1&lt;b)']);
    expect(imageSources(later!.back)).toEqual(['./first.png']);
    // A numbered item that held only a definition takes no number, as in the Anki field.
    expect(renderMarkdown('1. 하나\n2. [a]: ./a.png\n3. 셋 ![그림][a]\n', 80, plain)).toEqual(['1. 하나', '2. 셋 [그림: 그림 · ./a.png]']);
    // A label with escapes, and one wrapped onto the next line of a callout.
    const [escaped] = cardsOf('# 덱\n\n> C++\n>\n> [공식 문서][C\\+\\+ 표준]과\n> ![그림][AWS 공식\n> 구성도]를 보라.\n\n[C\\+\\+ 표준]: https://isocpp.org\n[aws 공식 구성도]: ./aws.png\n');
    expect(renderMarkdown(escaped!.back, 80, plain).slice(-2)).toEqual(['▎ 공식 문서 (https://isocpp.org)과', '▎ [그림: 그림 · ./aws.png]를 보라.']);
    expect(renderMarkdown(later!.back, 80, plain)).toEqual(['[그림: 그림 · ./first.png]']);
  });

  it('marks where a long code line goes on, and says where an image is', async () => {
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const plain = picocolors.createColors(false);
    const code = renderMarkdown('```\nconst 설명 = "한 줄에 다 들어가지 않는 아주 긴 코드 한 줄입니다";\nx = 1\n```', 30, plain);
    expect(code[0]).toMatch(/^│ const/);
    expect(code.slice(1, -1).every((row) => row.startsWith('↳ '))).toBe(true);
    expect(code.at(-1)).toBe('│ x = 1');
    expect(renderMarkdown('![구성도](./image/az.png)', 60, plain)).toEqual(['[그림: 구성도 · ./image/az.png]']);
    // `~~취소선~~` is struck through; a range written with one tilde (`1~10`, `3~5일`) stays text.
    const styled = picocolors.createColors(true);
    expect(renderMarkdown('~~옛 방식~~ 새 방식, 1~10 중 3~5일', 60, styled)).toEqual([`${styled.strikethrough('옛 방식')} 새 방식, 1~10 중 3~5일`]);
    // TeX math is shown as written (a terminal cannot typeset it), its escapes kept; a price stays text.
    expect(renderMarkdown('조회는 $O(\\log n)$, 집합은 $\\{a\\}$, 요금은 $5 이고 $3', 60, styled)).toEqual([`조회는 ${styled.cyan('$O(\\log n)$')}, 집합은 ${styled.cyan('$\\{a\\}$')}, 요금은 $5 이고 $3`]);
    expect(renderMarkdown('높이:\n\n$$\nh = \\lceil \\log_m n \\rceil\n$$', 60, plain)).toEqual(['높이:', '', '$$', 'h = \\lceil \\log_m n \\rceil', '$$']);
    // `==강조==` is drawn reversed, as a highlighter marks it; in code it stays as written.
    expect(renderMarkdown('==신뢰성==을 보장한다. `a ==b==`', 60, styled)).toEqual([`${styled.inverse('신뢰성')}을 보장한다. ${styled.cyan('a ==b==')}`]);
    expect(renderMarkdown('~~옛~~ ==새== [[TCP|전송 제어]]', 60, styled)).toEqual([`${styled.strikethrough('옛')} ${styled.inverse('새')} 전송 제어`]);
    expect(renderMarkdown('![구성도](./image/az.png) <img src="./b.png">', 60, plain, (src) => (src === './b.png' ? 'missing' : undefined))).toEqual(['[그림: 구성도 · ./image/az.png] [그림 없음: ./b.png]']);
    // A file that is there but no image is called so, as `o` and build call it.
    expect(renderMarkdown('![키](./id_rsa)', 60, plain, () => 'not-an-image')).toEqual(['[그림 파일 아님: 키 · ./id_rsa]']);
    expect(renderMarkdown('<p align="center"><img src="./image/az.png" alt="가용 영역"></p>', 60, plain)).toEqual(['[그림: 가용 영역 · ./image/az.png]']);
    expect(renderMarkdown('<p align="center"><img src="./az.png"><br>그림 1</p>', 60, plain)).toEqual(['[그림: ./az.png]', '그림 1']);
    expect(renderMarkdown('<p align="center">\n첫 줄<br>\n둘째 줄\n</p>', 60, plain)).toEqual(['첫 줄', '둘째 줄']);
    expect(renderMarkdown('<span><img src="./az.png"></span>', 60, plain)).toEqual(['[그림: ./az.png]']);
    // A tag a sentence is about stays, also at the start of a line.
    expect(renderMarkdown('HTML에서 <div>는 블록 요소이고 <span>은 인라인 요소이다.', 80, plain)).toEqual(['HTML에서 <div>는 블록 요소이고 <span>은 인라인 요소이다.']);
    expect(renderMarkdown('<div>는 블록 요소이다.', 80, plain)).toEqual(['<div>는 블록 요소이다.']);
    expect(renderMarkdown('<script>alert(1)</script>', 60, plain)).toEqual(['<script>alert(1)</script>']);
  });
});

