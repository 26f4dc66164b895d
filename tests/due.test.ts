import { realpathSync } from 'node:fs';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Scheduler } from '../src/schedule/fsrs.js';
import { ReviewStore } from '../src/store/store.js';
import { dayStartAwayFromNow, runAmgi, tempDir, writeFiles, entriesOf } from './helpers.js';

const NOTE = `# 네트워크\n\n## 계층\n\n${Array.from({ length: 25 }, (_, n) => `> 개념 ${n + 1}\n\n설명 ${n + 1}.\n`).join('\n')}`;

async function builtProject(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'source-notes/네트워크.md': NOTE, ...dayStartAwayFromNow() });
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  return dir;
}

async function dueJson(dir: string, ...args: string[]) {
  const result = await runAmgi(['due', '--json', ...args], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('amgi due', () => {
  it('counts new cards within the daily limit, without creating a store', async () => {
    const dir = await builtProject();
    const due = await dueJson(dir);
    expect(due.decks).toEqual([{ name: '네트워크', new: 20, learning: 0, review: 0, forecast: [0, 0, 0, 0, 0, 0, 0] }]);
    expect(due.limits).toEqual({ newPerDay: 20, reviewsPerDay: 200 });
    expect((await dueJson(dir, '--new-per-day', '5')).total).toEqual({ new: 5, learning: 0, review: 0 });
    const { readdir } = await import('node:fs/promises');
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['네트워크.json']);
  });

  it('counts cards answered today as learning, and takes them off today’s new cards', async () => {
    const dir = await builtProject();
    const deck = JSON.parse(await (await import('node:fs/promises')).readFile(join(dir, 'decks', '네트워크.json'), 'utf8'));
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    const scheduler = new Scheduler(DEFAULT_SETTINGS);
    for (const card of deck.cards.slice(0, 3)) store.answer(scheduler, card.id, 3, Date.now() - 60_000, 2000);
    store.close();
    const due = await dueJson(dir);
    expect(due.total).toEqual({ new: 17, learning: 3, review: 0 });
    expect(due.doneToday).toEqual({ newIntroduced: 3, reviewsDone: 0 });
    expect(due.forecast[0].due).toBe(3);
    // Cards counted in 장, as the review session counts them.
    expect((await runAmgi(['due'], { cwd: dir })).stdout).toContain('하루 한도: 새 카드 20, 복습 200 (오늘 한 것: 새 카드 3장, 복습 0장)\n');
  });

  it('prints a table aligned for Hangul, and reads limits from amgi.config.json', async () => {
    const dir = await builtProject();
    await writeFiles(dir, { 'amgi.config.json': JSON.stringify({ newPerDay: 7 }) });
    const result = await runAmgi(['due'], { cwd: dir });
    expect(result.stdout).toMatch(/ {2}네트워크 +7 +0 +0\n/);
    expect(result.stdout).toContain('하루 한도: 새 카드 7, 복습 200');
    await writeFiles(dir, { 'amgi.config.json': '{ "newPerDay": "many" }' });
    const bad = await runAmgi(['due'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('amgi.config.json: newPerDay must be a whole number from 0 to 9999, not "many"');
    // Given on the command line, the flag is named, as a usage error.
    await writeFiles(dir, { 'amgi.config.json': '{}' });
    const flag = await runAmgi(['due', '--new-per-day', '10000'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--new-per-day must be a whole number from 0 to 9999, not 10000.');
    // Saved by Windows Notepad, with a BOM: read as written.
    await writeFiles(dir, { 'amgi.config.json': '\uFEFF{ "newPerDay": 5 }' });
    expect((await runAmgi(['due'], { cwd: dir })).stdout).toContain('하루 한도: 새 카드 5');
    for (const notAnObject of ['null', '5', '[]', '"x"']) {
      await writeFiles(dir, { 'amgi.config.json': notAnObject });
      const refused = await runAmgi(['due'], { cwd: dir });
      expect(refused.code, notAnObject).toBe(1);
      expect(refused.stderr).toContain('must be a JSON object of settings');
      expect(refused.stderr).not.toContain('internal error');
    }
  });

  it('aligns deck names beyond Hangul and ASCII (emoji, accents) by display width', async () => {
    const dir = await builtProject();
    await writeFiles(dir, { 'source-notes/클라우드.md': NOTE.replace('# 네트워크', '# ☁️ Café 클라우드') });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const result = await runAmgi(['due', '--new-per-day', '40'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const stringWidth = (await import('string-width')).default;
    const rows = result.stdout.split('\n').filter((line) => /^ {2}(네트워크|☁️ Café 클라우드) /.test(line));
    expect(rows).toHaveLength(4); // today's counts and the forecast, for each deck
    const ends = rows.map((line) => stringWidth(line.trimEnd()));
    expect(ends[0]).toBe(ends[1]);
    expect(ends[2]).toBe(ends[3]);
  });

  it('counts decks whose names differ only in case as one deck, as Anki keeps them', async () => {
    const dir = await tempDir();
    const note = (title: string, term: string) => `# ${title}\n\n## 서비스\n\n- ${term} : 설명입니다.\n- ${term}2 : 또 설명입니다.\n`;
    await writeFiles(dir, { 'source-notes/a.md': note('AWS', 'EC2'), 'source-notes/b.md': note('aws', 'S3'), ...dayStartAwayFromNow() });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const due = await dueJson(dir);
    expect(due.decks).toEqual([{ name: 'AWS', new: 6, learning: 0, review: 0, forecast: [0, 0, 0, 0, 0, 0, 0] }]);
    expect((await dueJson(dir, 'aws')).decks.map((deck: { name: string }) => deck.name)).toEqual(['AWS']);
  });

  it('counts a deck without cards as zero, in due and in review', async () => {
    const dir = await builtProject();
    await writeFiles(dir, { 'source-notes/빈.md': '' });
    await runAmgi(['build'], { cwd: dir });
    const due = await dueJson(dir);
    expect(due.decks.find((deck: { name: string }) => deck.name === '빈')).toEqual({ name: '빈', new: 0, learning: 0, review: 0, forecast: [0, 0, 0, 0, 0, 0, 0] });
  });

  it('refuses to look for orphans without decks, so a mistyped --decks cannot purge a history', async () => {
    const dir = await builtProject();
    const result = await runAmgi(['--decks', 'typo', '--store', 'decks/amgi.sqlite', 'orphans', '--purge'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no decks folder ${join(dir, 'typo')}/`);
  });

  it('lists cards with history that left the notes, and purges them only when asked', async () => {
    const dir = await builtProject();
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    const scheduler = new Scheduler(DEFAULT_SETTINGS);
    store.answer(scheduler, 'deleted-card', 3, Date.now() - 120_000, 1000);
    store.answer(scheduler, 'deleted-card', 1, Date.now() - 60_000, 1000);
    store.undo(Date.now()); // an undone answer is not counted
    store.answer(scheduler, 'undone-card-0', 3, Date.now() - 30_000, 1000);
    store.undo(Date.now());
    store.close();
    const listed = await runAmgi(['orphans', '--json'], { cwd: dir });
    expect(JSON.parse(listed.stdout)).toEqual({ orphans: [{ id: 'deleted-card', reviews: 1 }, { id: 'undone-card-0', reviews: 0 }], purged: 0 });
    const text = (await runAmgi(['orphans'], { cwd: dir })).stdout;
    expect(text).toContain('2 cards with history but in no deck');
    // Counts line up, whatever word follows them; a card with only undone answers says so.
    expect(text).toContain('  deleted-card   1 review\n  undone-card-0  0 reviews (its answers were undone)\n');
    expect(JSON.parse((await runAmgi(['orphans', '--purge', '--json'], { cwd: dir })).stdout).purged).toBe(2);
    expect((await runAmgi(['orphans'], { cwd: dir })).stdout).toContain('No orphans');
  });

  it('lists suspended cards with their fronts and brings them back', async () => {
    const dir = await builtProject();
    await writeFiles(dir, { 'source-notes/운영체제.md': '# 운영체제\n\n> 교착 상태\n\n서로 기다린다.\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const id = JSON.parse(await readFile(join(dir, 'decks', '네트워크.json'), 'utf8')).cards[0].id as string;
    const osId = JSON.parse(await readFile(join(dir, 'decks', '운영체제.json'), 'utf8')).cards[0].id as string;
    const store = ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
    for (const suspended of [id, osId, 'stray-card']) store.setSuspended(new Scheduler(DEFAULT_SETTINGS), suspended, true, Date.now());
    store.close();
    const list = (await runAmgi(['unsuspend'], { cwd: dir })).stdout;
    expect(list).toContain('3 suspended cards:');
    expect(list).toContain(`${id}  네트워크 › 계층 › 개념 1`);
    expect(list).toContain(`${osId}  운영체제 › 교착 상태`);
    expect(list).toContain('stray-card  (in no deck)');
    expect((await dueJson(dir, '--new-per-day', '30')).total.new).toBe(24); // the suspended card is not offered
    const back = await runAmgi(['unsuspend', id.toUpperCase()], { cwd: dir }); // as copied from a spreadsheet
    expect(back.stdout).toContain('Brought back 1 card');
    expect(back.stdout).toContain(`${id}  네트워크 › 계층 › 개념 1`);
    // A deck file damaged behind the deck index's back (same size and time): refused, and nothing brought back.
    const { stat, utimes, writeFile } = await import('node:fs/promises');
    const osFile = join(dir, 'decks', '운영체제.json');
    const [text, before] = [await readFile(osFile, 'utf8'), await stat(osFile)];
    await writeFile(osFile, `]${text.slice(1)}`);
    await utimes(osFile, before.atime, before.mtime);
    const refused = await runAmgi(['unsuspend', '--all'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    await writeFile(osFile, text);
    await utimes(osFile, before.atime, before.mtime);
    const two = (await runAmgi(['unsuspend'], { cwd: dir })).stdout;
    expect(two).toContain('2 suspended cards:');
    expect(two).toContain('Bring them back with `amgi unsuspend ID...` or `amgi unsuspend --all`.');
    expect((await runAmgi(['unsuspend', 'stray-card'], { cwd: dir })).stdout).toContain('Brought back 1 card');
    // One card left: the command that brings it back, ready to type.
    expect((await runAmgi(['unsuspend'], { cwd: dir })).stdout).toBe(`1 suspended card:\n  ${osId}  운영체제 › 교착 상태\nBring it back with \`amgi unsuspend ${osId}\`.\n`);
    expect((await runAmgi(['unsuspend', '--all'], { cwd: dir })).stdout).toContain('Brought back 1 card');
    expect((await runAmgi(['unsuspend'], { cwd: dir })).stdout).toBe('No suspended cards.\n');
    expect((await runAmgi(['unsuspend', 'nope'], { cwd: dir })).code).toBe(2);
  });

  it('explains what to do without decks, and refuses a foreign store', async () => {
    const dir = await tempDir();
    const none = await runAmgi(['due'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('run amgi in your project folder');
    await writeFiles(dir, { 'decks/.keep': '' }); // a decks folder with no deck yet
    const empty = await runAmgi(['due'], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('amgi: no decks in decks/: run `amgi build` first.\n');
    // Every command names the folder alike, as typed from where amgi runs.
    expect((await runAmgi(['export'], { cwd: dir })).stderr).toBe('amgi: no decks in decks/: run `amgi build` first.\n');
    expect((await runAmgi(['--decks', '.', 'export'], { cwd: join(dir, 'decks') })).stderr).toBe('amgi: no decks in ./: run `amgi build` first.\n');
    const built = await builtProject();
    await writeFiles(built, { 'not-a-store.txt': 'hello' });
    const foreign = await runAmgi(['--store', 'not-a-store.txt', 'due'], { cwd: built });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('not an amgi review store');
  });
});

describe('amgi orphans with a store that served more than one decks folder', () => {
  const NETWORK = '# 네트워크\n\n> TCP\n\n연결형 프로토콜입니다.\n\n> UDP\n\n비연결형 프로토콜입니다.\n';
  const SYSTEMS = '# 운영체제\n\n> 교착 상태\n\n서로 기다린다.\n';

  /** A built project `name` in `dir` with one note; its cards' ids. */
  async function project(dir: string, name: string, note: string): Promise<string[]> {
    await writeFiles(dir, { [`${name}/source-notes/노트.md`]: note, [`${name}/amgi.config.json`]: dayStartAwayFromNow()['amgi.config.json']! });
    expect((await runAmgi(['build'], { cwd: join(dir, name) })).code).toBe(0);
    return (JSON.parse(await readFile(join(dir, name, 'decks', '노트.json'), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
  }

  /** A review of each card, written to the store by `amgi log import` run in `cwd`: a write for that project's decks. */
  async function importReviews(cwd: string, ids: readonly string[], env: Record<string, string> = {}): Promise<void> {
    const rows = ids.map((id, n) => `${id},${Date.now() - 86_400_000 + n},3,0,2000`);
    await writeFile(join(cwd, 'reviews.csv'), `card_id,review_time,review_rating,review_state,review_duration\n${rows.join('\n')}\n`);
    const result = await runAmgi(['log', 'import', 'reviews.csv'], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
  }

  function reviewedIds(storePath: string): string[] {
    const store = ReviewStore.open(storePath);
    try {
      return [...new Set(store.reviews().map((review) => review.cardId))].sort();
    } finally {
      store.close();
    }
  }

  it('refuses to purge the cards of another project sharing the store, naming its folder, until told --any-folder', async () => {
    const dir = realpathSync(await tempDir());
    const shared = { AMGI_STORE: join(dir, 'shared.sqlite') };
    const [tcp] = await project(dir, 'a', NETWORK);
    const [deadlock] = await project(dir, 'b', SYSTEMS);
    await importReviews(join(dir, 'b'), [deadlock!], shared);
    // Commands that only read record nothing: b's store has served b alone.
    expect((await runAmgi(['due'], { cwd: join(dir, 'a'), env: shared })).code).toBe(0);
    expect((await runAmgi(['stats'], { cwd: join(dir, 'a'), env: shared })).code).toBe(0);
    expect(JSON.parse((await runAmgi(['orphans', '--json'], { cwd: join(dir, 'b'), env: shared })).stdout)).toEqual({ orphans: [], purged: 0 });
    await importReviews(join(dir, 'a'), [tcp!], shared);

    // From a, b's card looks like one that left a's notes: the list says whose it may be.
    const listed = await runAmgi(['orphans'], { cwd: join(dir, 'a'), env: shared });
    expect(listed.stdout).toContain(`1 card with history but in no deck:\n  ${deadlock}  1 review\n`);
    expect(listed.stdout).toContain(`This store has also served another decks folder, so cards in no deck here may be its cards rather than cards that left your notes.\n  ${join(dir, 'b', 'decks')} (no .amgi-id yet, last written `);
    const json = JSON.parse((await runAmgi(['orphans', '--json'], { cwd: join(dir, 'a'), env: shared })).stdout);
    expect(json).toMatchObject({ orphans: [{ id: deadlock, reviews: 1 }], purged: 0, otherFolders: [{ id: null, path: join(dir, 'b', 'decks') }] });
    expect(new Date(json.otherFolders[0].lastWritten).getTime()).toBeGreaterThan(Date.now() - 600_000);

    const refused = await runAmgi(['orphans', '--purge'], { cwd: join(dir, 'a'), env: shared });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`amgi: ${join(dir, 'shared.sqlite')} has also served another decks folder, so cards in no deck here may be its cards rather than cards that left your notes. Nothing was purged.\n  ${join(dir, 'b', 'decks')} (no .amgi-id yet, last written `);
    expect(refused.stderr).toContain('purge with `amgi orphans --purge --any-folder`');
    expect(refused.stderr).toContain('From now on give each project a store of its own');
    expect(reviewedIds(shared.AMGI_STORE)).toEqual([tcp, deadlock].sort());
    // And from b alike, whose orphan is a's card.
    expect((await runAmgi(['orphans', '--purge', '--json'], { cwd: join(dir, 'b'), env: shared })).code).toBe(1);
    expect(reviewedIds(shared.AMGI_STORE)).toEqual([tcp, deadlock].sort());
    expect((await runAmgi(['orphans', '--any-folder'], { cwd: join(dir, 'a'), env: shared })).code).toBe(2); // only with --purge

    const purged = await runAmgi(['orphans', '--purge', '--any-folder'], { cwd: join(dir, 'a'), env: shared });
    expect(purged.code, purged.stderr).toBe(0);
    expect(purged.stdout).toContain('Purged 1 card and their history, whichever decks folder they came from; the store now serves this folder alone.');
    expect(reviewedIds(shared.AMGI_STORE)).toEqual([tcp]);
    expect(JSON.parse((await runAmgi(['orphans', '--json'], { cwd: join(dir, 'a'), env: shared })).stdout)).toEqual({ orphans: [], purged: 0 });
  });

  it('knows a project by its .amgi-id once it has one, so a moved or copied project is the same; one moved without it is named as no longer there', async () => {
    const dir = realpathSync(await tempDir());
    const shared = { AMGI_STORE: join(dir, 'shared.sqlite') };
    const [tcp, udp] = await project(dir, 'a', NETWORK);
    await importReviews(join(dir, 'a'), [tcp!], shared); // recorded by its path: no .amgi-id yet
    expect((await runAmgi(['export'], { cwd: join(dir, 'a') })).code).toBe(0); // makes decks/.amgi-id
    await importReviews(join(dir, 'a'), [udp!], shared); // the same folder, now by its id
    await cp(join(dir, 'a'), join(dir, 'a-copy'), { recursive: true });
    await rename(join(dir, 'a'), join(dir, 'a-moved'));
    await writeFiles(dir, { 'a-moved/source-notes/노트.md': NETWORK.replace('> UDP\n\n비연결형 프로토콜입니다.\n', '') });
    expect((await runAmgi(['build'], { cwd: join(dir, 'a-moved') })).code).toBe(0);
    const purged = await runAmgi(['orphans', '--purge', '--json'], { cwd: join(dir, 'a-moved'), env: shared });
    expect(purged.code, purged.stderr).toBe(0);
    expect(JSON.parse(purged.stdout)).toEqual({ orphans: [{ id: udp, reviews: 1 }], purged: 1 });
    // The copy, elsewhere with the same .amgi-id, is the same project too.
    await importReviews(join(dir, 'a-copy'), [tcp!], shared);
    expect(JSON.parse((await runAmgi(['orphans', '--json'], { cwd: join(dir, 'a-moved'), env: shared })).stdout)).toEqual({ orphans: [], purged: 0 });

    // A project moved before it had an id is recorded where it was, which is gone.
    const [deadlock] = await project(dir, 'c', SYSTEMS);
    const store = { AMGI_STORE: join(dir, 'c.sqlite') };
    await importReviews(join(dir, 'c'), [deadlock!], store);
    await rename(join(dir, 'c'), join(dir, 'c-moved'));
    await writeFiles(dir, { 'c-moved/source-notes/노트.md': NETWORK });
    expect((await runAmgi(['build'], { cwd: join(dir, 'c-moved') })).code).toBe(0);
    const refused = await runAmgi(['orphans', '--purge'], { cwd: join(dir, 'c-moved'), env: store });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`  ${join(dir, 'c', 'decks')} (no .amgi-id yet, last written `);
    expect(refused.stderr).toContain(', no longer there: if this project was moved from there, it is this one)');
    expect((await runAmgi(['orphans', '--purge', '--any-folder'], { cwd: join(dir, 'c-moved'), env: store })).code).toBe(0);
    expect(reviewedIds(store.AMGI_STORE)).toEqual([]);
  });

  it('takes the history of a store upgraded from schema 4 as the folder’s own only where the store lies in that folder', async () => {
    const dir = realpathSync(await tempDir());
    const [tcp, udp] = await project(dir, 'a', NETWORK);
    await importReviews(join(dir, 'a'), [tcp!, udp!]);
    const storePath = join(dir, 'a', 'decks', 'amgi.sqlite');
    const raw = new Database(storePath); // as amgi wrote it before it recorded folders
    raw.exec('DROP TABLE folders');
    raw.pragma('user_version = 4');
    raw.close();
    await cp(storePath, join(dir, 'elsewhere.sqlite'));
    await writeFiles(dir, { 'a/source-notes/노트.md': NETWORK.replace('> UDP\n\n비연결형 프로토콜입니다.\n', '') });
    expect((await runAmgi(['build'], { cwd: join(dir, 'a') })).code).toBe(0);

    // Outside the folder (AMGI_STORE, --store), it may have served any project.
    const refused = await runAmgi(['--store', '../elsewhere.sqlite', 'orphans', '--purge'], { cwd: join(dir, 'a') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`amgi: ../elsewhere.sqlite holds reviews written by an older amgi, which did not record the decks folders it served, so cards in no deck here may be another project's rather than cards that left your notes. Nothing was purged.\n`);
    expect(refused.stderr).toContain('If this store has only ever served this project, purge with `amgi orphans --purge --any-folder`');
    expect(refused.stderr).not.toContain('give each project a store of its own'); // it served no other project
    expect(reviewedIds(join(dir, 'elsewhere.sqlite'))).toEqual([tcp, udp].sort());
    const listed = await runAmgi(['--store', '../elsewhere.sqlite', 'orphans', '--json'], { cwd: join(dir, 'a') });
    expect(JSON.parse(listed.stdout).otherFolders).toEqual([{ id: null, path: null, lastWritten: null }]);

    const purged = await runAmgi(['orphans', '--purge', '--json'], { cwd: join(dir, 'a') });
    expect(purged.code, purged.stderr).toBe(0);
    expect(JSON.parse(purged.stdout)).toEqual({ orphans: [{ id: udp, reviews: 1 }], purged: 1 });
  });
});

describe('the deck index', () => {
  it('is not written again by a build that changes nothing', async () => {
    const dir = await builtProject();
    const { stat } = await import('node:fs/promises');
    const indexPath = join(dir, 'decks', '.amgi-index');
    const before = await stat(indexPath);
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const after = await stat(indexPath);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('lets due count cards without reading deck files, and falls back to a deck file changed since', async () => {
    const dir = await builtProject();
    const { readFile, writeFile, stat, utimes, rm } = await import('node:fs/promises');
    const deckPath = join(dir, 'decks', '네트워크.json');
    const indexPath = join(dir, 'decks', '.amgi-index');
    const indexBytes = await readFile(indexPath);
    // A line naming the format, the entries as JSON (Korean escaped: plain ASCII), then the ids as numbers.
    const lines = indexBytes.toString('latin1').split('\n');
    expect(lines[0]).toBe('amgi deck index 4');
    expect([...lines[1]!].every((char) => char < '\u0080')).toBe(true);
    const entries = JSON.parse(lines[1]!);
    expect(entries).toEqual([expect.objectContaining({ file: '네트워크.json', name: '네트워크', count: 25 })]);
    const keysAt = Math.ceil((lines[0]!.length + lines[1]!.length + 2) / 8) * 8;
    expect(indexBytes.length).toBe(keysAt + 25 * 8);
    const keys = new Float64Array(new Uint8Array(indexBytes.subarray(keysAt)).buffer);
    const original = await readFile(deckPath);
    const cardIds = JSON.parse(original.toString('utf8')).cards.map((card: { id: string }) => card.id);
    expect(Array.from(keys, (key) => key.toString(16).padStart(12, '0'))).toEqual(cardIds);

    // Same size and time, other bytes: only a reader of the index still counts 25 cards.
    const { mtimeMs } = await stat(deckPath);
    await writeFile(deckPath, Buffer.alloc(original.length, 0x20));
    await utimes(deckPath, mtimeMs / 1000, mtimeMs / 1000); // seconds with their fraction: a Date would round the milliseconds
    expect((await dueJson(dir, '--new-per-day', '100')).total.new).toBe(25);

    // A deck file edited by hand (another size) is read in full, not taken from the index.
    const deck = JSON.parse(original.toString('utf8'));
    deck.cards = deck.cards.slice(0, 10);
    await writeFile(deckPath, JSON.stringify(deck, null, 2));
    expect((await dueJson(dir, '--new-per-day', '100')).total.new).toBe(10);

    // A damaged index is not trusted, and without one everything still works.
    await writeFile(indexPath, indexBytes.subarray(0, indexBytes.length - 3));
    expect((await dueJson(dir, '--new-per-day', '100')).total.new).toBe(10);
    await rm(indexPath);
    expect((await dueJson(dir, '--new-per-day', '100')).total.new).toBe(10);
  });

  it('leaves the index of earlier versions unread, and a build removes it', async () => {
    const dir = await builtProject();
    const { readFile, writeFile, access } = await import('node:fs/promises');
    const old = join(dir, 'decks', '.amgi-index.json');
    await writeFile(old, JSON.stringify({ format: 3, decks: [{ file: '네트워크.json', ids: 'not ids' }] }));
    expect((await dueJson(dir, '--new-per-day', '100')).total.new).toBe(25);
    await writeFile(join(dir, 'source-notes', '추가.md'), (await readFile(join(dir, 'source-notes', '네트워크.md'), 'utf8')).replace('# 네트워크', '# 추가'));
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    await expect(access(old)).rejects.toThrow();
  });
});
