import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { convertCsvToFsrsItems } from '@open-spaced-repetition/binding';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fitLog, trainingItems } from '../src/schedule/fsrs-items.js';
import { DEFAULT_SETTINGS, Scheduler } from '../src/schedule/fsrs.js';
import { formatReviewLog, parseReviewLog } from '../src/store/review-log-csv.js';
import { ReviewStore, type LoggedReview } from '../src/store/store.js';
import { amgiBin, runAmgi, tempDir, writeFiles } from './helpers.js';
import { SEOUL, SEOUL_TZ, simulate } from './synthetic.js';

const HEADER = 'card_id,review_time,review_rating,review_state,review_duration';
const env = { TZ: SEOUL_TZ };
const history = simulate({ cards: 40, start: Date.UTC(2026, 0, 5), days: 90, newPerDay: 5, seed: 11 });

/** A project folder with an empty decks/ folder and the given files. */
async function project(files: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'decks/.keep': '', ...files });
  return dir;
}

async function amgi(dir: string, ...args: string[]) {
  return runAmgi(args, { cwd: dir, env });
}

function storeOf(dir: string): ReviewStore {
  return ReviewStore.open(join(dir, 'decks', 'amgi.sqlite'));
}

describe('amgi log export / import', () => {
  it('round-trips a review log exactly, and rebuilds each card from its history', async () => {
    const dir = await project({ 'history.csv': formatReviewLog(history) });
    const imported = await amgi(dir, 'log', 'import', 'history.csv');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(`Imported ${history.length.toLocaleString("en")} reviews of 40 cards from history.csv.`);
    expect(imported.stdout).toContain('40 cards in the file are in no deck; their history is kept');
    const exported = await amgi(dir, 'log', 'export');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    expect(exported.stdout.split('\n')[0]).toBe(HEADER);

    // Each card's state is its history replayed, as if answered in amgi.
    const store = storeOf(dir);
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const card = 'syn-00007';
    const own = history.filter((review) => review.cardId === card);
    expect(store.card(card)).toEqual({ ...scheduler.replay(card, own.map((r) => ({ time: r.reviewTime, rating: r.rating }))).at(-1)!.next, id: card, suspended: false, buriedUntilDay: undefined });
    store.close();
  });

  it('writes --out atomically and says how many reviews it wrote', async () => {
    const dir = await project({ 'history.csv': formatReviewLog(history.slice(0, 30)) });
    await amgi(dir, 'log', 'import', 'history.csv');
    const result = await amgi(dir, 'log', 'export', '--out', 'backup/log.csv');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Wrote 30 reviews to backup/log.csv.\n');
    expect(await readFile(join(dir, 'backup/log.csv'), 'utf8')).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    // A link named as --out stays a link, and the file it leads to gets the log; a pipe is written into, not replaced.
    await symlink('backup/log.csv', join(dir, 'latest.csv'));
    await writeFile(join(dir, 'backup/log.csv'), 'old\n');
    expect((await amgi(dir, 'log', 'export', '--out', 'latest.csv')).code).toBe(0);
    expect((await lstat(join(dir, 'latest.csv'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'backup/log.csv'), 'utf8')).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    const reader = readFile(join(dir, 'pipe.csv'), 'utf8');
    expect((await amgi(dir, 'log', 'export', '--out', 'pipe.csv')).code).toBe(0);
    expect(await reader).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    expect((await lstat(join(dir, 'pipe.csv'))).isFIFO()).toBe(true);
    // /dev/stdout leads, through /proc, to the pipe the output goes into: written there.
    const piped = execFileSync('sh', ['-c', `'${process.execPath}' '${amgiBin}' log export --out /dev/stdout | cat`], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(piped).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    // Also to a socket (Node's own child pipes are), and appended to a file as the shell asked, not reopened and truncated.
    const socket = await amgi(dir, 'log', 'export', '--out', '/dev/stdout');
    expect(socket.code).toBe(0);
    expect(socket.stdout).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    await writeFile(join(dir, 'all.csv'), 'PREVIOUS\n');
    execFileSync('sh', ['-c', `'${process.execPath}' '${amgiBin}' log export --out /dev/stdout >> all.csv`], { cwd: dir, env: { ...process.env, ...env } });
    expect(await readFile(join(dir, 'all.csv'), 'utf8')).toBe(`PREVIOUS\n${await readFile(join(dir, 'history.csv'), 'utf8')}`);
    // Any other descriptor is amgi's own (the store, Node's pipes): refused, never written.
    const storeBefore = await readFile(join(dir, 'decks', 'amgi.sqlite'));
    for (const fd of ['/dev/fd/18', '/proc/self/fd/5']) {
      const refused = await amgi(dir, 'log', 'export', '--out', fd);
      expect(refused.code, fd).toBe(2);
      expect(refused.stderr).toContain('amgi writes only to standard output (/dev/stdout) or error (/dev/stderr) by descriptor');
    }
    expect((await readFile(join(dir, 'decks', 'amgi.sqlite'))).equals(storeBefore)).toBe(true);
    // A link to a folder stays a link: the folder is in the way.
    await mkdir(join(dir, 'backups-real'));
    await symlink('backups-real', join(dir, 'backups'));
    const folder = await amgi(dir, 'log', 'export', '--out', 'backups');
    expect(folder.code).toBe(1);
    expect((await lstat(join(dir, 'backups'))).isSymbolicLink()).toBe(true);
    // Links to a file not made yet: it is made at the end of the chain, the links stay.
    await symlink('b.csv', join(dir, 'a.csv'));
    await symlink('c.csv', join(dir, 'b.csv'));
    expect((await amgi(dir, 'log', 'export', '--out', 'a.csv')).code).toBe(0);
    expect((await lstat(join(dir, 'b.csv'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'c.csv'), 'utf8')).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
    // A link whose path climbs out of a linked folder leads where the folder really is.
    await mkdir(join(dir, 'real', 'sub'), { recursive: true });
    await symlink('real/sub', join(dir, 'linkdir'));
    await symlink('../shared.csv', join(dir, 'real', 'sub', 'out.csv'));
    expect((await amgi(dir, 'log', 'export', '--out', 'linkdir/out.csv')).code).toBe(0);
    expect(await readFile(join(dir, 'real', 'shared.csv'), 'utf8')).toBe(await readFile(join(dir, 'history.csv'), 'utf8'));
  });

  it('exports a log of tens of thousands of reviews whole, in order, with odd card ids quoted', async () => {
    const start = Date.UTC(2025, 0, 1);
    const reviews: LoggedReview[] = [];
    for (let card = 0; card < 2_501; card++) {
      const cardId = card === 7 ? 'anki "7", imported' : `card-${String(card).padStart(5, '0')}`;
      for (let n = 0; n < 10; n++) reviews.push({ cardId, reviewTime: start + n * 86_400_000 + card * 1000, rating: n === 4 ? 1 : 3, stateBefore: n === 0 ? 0 : 2, duration: 1000 + n });
    }
    const ordered = [...reviews].sort((a, b) => a.reviewTime - b.reviewTime);
    const quoted = (id: string) => (/[",]/.test(id) ? `"${id.replaceAll('"', '""')}"` : id);
    const expected = [HEADER, ...ordered.map((r) => `${quoted(r.cardId)},${r.reviewTime},${r.rating},${r.stateBefore},${r.duration}`)].join('\n') + '\n';
    const dir = await project({ 'history.csv': expected });
    expect((await amgi(dir, 'log', 'import', 'history.csv')).code).toBe(0);
    const exported = await amgi(dir, 'log', 'export');
    expect(exported.stdout.length).toBe(expected.length);
    expect(exported.stdout === expected).toBe(true);
    // A reader that stops early (`| head`) ends the export quietly, with --out /dev/stdout as without it.
    const stopped = execFileSync('sh', ['-c', `'${process.execPath}' '${amgiBin}' log export --out /dev/stdout 2>stopped.txt | head -c 30`], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(stopped).toBe(HEADER.slice(0, 30));
    expect(await readFile(join(dir, 'stopped.txt'), 'utf8')).not.toContain('error');
    const written = await amgi(dir, 'log', 'export', '--out', 'again.csv');
    expect(written.stderr).toBe('Wrote 25,010 reviews to again.csv.\n');
    expect((await readFile(join(dir, 'again.csv'), 'utf8')) === expected).toBe(true);
  }, 60_000);

  it('is idempotent: the same file imported twice stores each review once', async () => {
    const dir = await project({ 'history.csv': formatReviewLog(history) });
    await amgi(dir, 'log', 'import', 'history.csv');
    const store = storeOf(dir);
    const cardsAfterOne = store.cards();
    store.close();
    const again = await amgi(dir, 'log', 'import', 'history.csv', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, duplicates: history.length, conflicts: [], cardsRecomputed: 0 });
    const third = await amgi(dir, 'log', 'import', 'history.csv');
    expect(third.stdout).toBe(`Nothing new in history.csv: all ${history.length.toLocaleString('en')} reviews are already in the store.\n`);
    const after = storeOf(dir);
    expect(after.reviewCount()).toBe(history.length);
    expect(after.cards()).toEqual(cardsAfterOne);
    after.close();
  });

  it('is commutative: two overlapping logs give the same store in either order', async () => {
    // Two machines: each has some reviews of its own and some both have.
    const first = history.filter((_, n) => n % 3 !== 0);
    const second = history.filter((_, n) => n % 3 !== 1);
    const files = { 'a.csv': formatReviewLog(first), 'b.csv': formatReviewLog(second) };
    const one = await project(files);
    const two = await project(files);
    for (const file of ['a.csv', 'b.csv']) expect((await amgi(one, 'log', 'import', file)).code).toBe(0);
    for (const file of ['b.csv', 'a.csv']) expect((await amgi(two, 'log', 'import', file)).code).toBe(0);
    const [logOne, logTwo] = await Promise.all([amgi(one, 'log', 'export'), amgi(two, 'log', 'export')]);
    expect(logOne.stdout).toBe(logTwo.stdout);
    expect(logOne.stdout).toBe(formatReviewLog(history));
    const [storeOne, storeTwo] = [storeOf(one), storeOf(two)];
    expect(storeOne.cards()).toEqual(storeTwo.cards());
    storeOne.close();
    storeTwo.close();
  });

  it('merges reviews from another machine into a card answered here, and keeps its suspension', async () => {
    const dir = await project();
    const scheduler = new Scheduler(DEFAULT_SETTINGS);
    const store = storeOf(dir);
    const day = 86_400_000;
    const t0 = Date.UTC(2026, 5, 1, 3); // 12:00 in Seoul
    store.answer(scheduler, 'card-a', 3, t0 + 10 * day, 4000);
    store.setSuspended(scheduler, 'card-a', true, t0 + 10 * day);
    store.close();
    const elsewhere: LoggedReview[] = [
      { cardId: 'card-a', reviewTime: t0, rating: 3, stateBefore: 0, duration: 3000 },
      { cardId: 'card-a', reviewTime: t0 + 600_000, rating: 3, stateBefore: 1, duration: 2000 },
      { cardId: 'card-a', reviewTime: t0 + 3 * day, rating: 1, stateBefore: 2, duration: 9000 },
    ];
    await writeFiles(dir, { 'laptop.csv': formatReviewLog(elsewhere) });
    expect((await amgi(dir, 'log', 'import', 'laptop.csv')).code).toBe(0);
    const after = storeOf(dir);
    const merged = after.reviews('card-a');
    expect(merged.map((review) => [review.reviewTime, review.rating])).toEqual([
      [t0, 3],
      [t0 + 600_000, 3],
      [t0 + 3 * day, 1],
      [t0 + 10 * day, 3],
    ]);
    const card = after.card('card-a')!;
    expect(card.suspended).toBe(true);
    expect(card.reps).toBe(4);
    expect(card.lapses).toBe(1);
    after.close();
  });

  it('refuses a file with bad rows, naming each line, and imports nothing', async () => {
    const good = formatReviewLog(history.slice(0, 3)).trimEnd().split('\n');
    const text = [
      ...good,
      'card-x,1767225600,3,0,1000', // seconds, not ms
      'card-y,1767225600000,5,0,1000',
      'card-z,1767225600000,3,0',
      ',1767225600000,3,0,1000',
      '',
    ].join('\n');
    const dir = await project({ 'bad.csv': text });
    const result = await amgi(dir, 'log', 'import', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.csv:5: review_time 1767225600 is before 1990: is it in seconds?');
    expect(result.stderr).toContain('bad.csv:6: review_rating must be 1, 2, 3 or 4');
    expect(result.stderr).toContain('bad.csv:7: 4 fields');
    expect(result.stderr).toContain('bad.csv:8: card_id is empty');
    expect(result.stderr).toContain('4 rows cannot be imported, so nothing was imported');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const store = storeOf(dir);
    expect(store.reviewCount()).toBe(0);
    store.close();

    const skipping = await amgi(dir, 'log', 'import', 'bad.csv', '--skip-bad');
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain('bad.csv:6: skipped: review_rating must be 1, 2, 3 or 4');
    expect(skipping.stdout).toContain('Imported 3 reviews');
  });

  it('explains a file that is not a review log', async () => {
    const dir = await project({ 'notes.csv': 'id,time,grade\n1,2,3\n', 'broken.csv': `${HEADER}\n"card,1,3,0,1\n` });
    const wrong = await amgi(dir, 'log', 'import', 'notes.csv');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      'amgi: notes.csv:1: the header must name the columns card_id,review_time,review_rating,review_state,review_duration; missing card_id, review_time, review_rating, review_state, review_duration. Nothing was imported.\n',
    );
    const broken = await amgi(dir, 'log', 'import', 'broken.csv');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^amgi: broken\.csv:\d+: not readable as CSV/);
    const missing = await amgi(dir, 'log', 'import', 'nowhere.csv');
    expect(missing.stderr).toBe('amgi: nowhere.csv: no such file.\n');
    const folder = await amgi(dir, 'log', 'import', '.');
    expect(folder.code).toBe(2); // a usage error, as for a file that is not there
    expect(folder.stderr).toBe('amgi: .: is a folder; give a review log CSV file.\n');
  });

  it('does not suggest --skip-bad when no row of the file is good', async () => {
    const dir = await project({ 'bad.csv': `${HEADER}\ncard-x,1767225600,3,0,1000\n` });
    const result = await amgi(dir, 'log', 'import', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('amgi: bad.csv: 1 row cannot be imported, so nothing was imported. Fix it: the file has no good row.\n');
    expect(result.stderr).not.toContain('--skip-bad');
  });

  it('reads columns by name, in any order, with a BOM and CRLF line ends, as other FSRS tools write them', () => {
    // An amgi id written in upper case (by a spreadsheet) is the same card in lower case.
    const text = '\uFEFFreview_state,card_id,review_rating,review_time,review_duration,note\r\n0,1700000000001,3,1700000000000,5124,x\r\n2,c,3,1700000000000,5123.7,x\r\n0,019B594B0F92,3,1700000000000,5124,x\r\n';
    expect(parseReviewLog(text, Date.UTC(2026, 0, 1))).toEqual({
      reviews: [
        { cardId: '1700000000001', reviewTime: 1700000000000, rating: 3, stateBefore: 0, duration: 5124 },
        { cardId: '019b594b0f92', reviewTime: 1700000000000, rating: 3, stateBefore: 0, duration: 5124 },
      ],
      bad: [{ line: 3, message: 'review_duration must be a whole number of milliseconds from 0 to 4294967295, not "5123.7"' }],
    });
  });

  it('exports a log that the FSRS optimizer’s own converter reads into the same training items amgi uses', () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const ours = trainingItems(history, (ms) => scheduler.studyDay(ms)).items.map((item) => item.map(([r, d]) => `${r}:${d}`).join(' '));
    const theirs = convertCsvToFsrsItems(new TextEncoder().encode(formatReviewLog(history)), 4, SEOUL_TZ, () => 540).map((item) =>
      item.reviews.map((review) => `${review.rating}:${review.deltaT}`).join(' '),
    );
    expect(ours.length).toBeGreaterThan(100);
    expect([...ours].sort()).toEqual([...theirs].sort());
  });

  it('hands the optimizer a log on the study clock that it turns into exactly amgi’s items, card by card', () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const byCard = [...history].sort((a, b) => (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : a.reviewTime - b.reviewTime));
    const log = fitLog(byCard, scheduler);
    const ours = trainingItems(history, (ms) => scheduler.studyDay(ms)).items.map((item) => item.map(([r, d]) => `${r}:${d}`).join(' '));
    const theirs = convertCsvToFsrsItems(Buffer.concat(log.csv), 0, 'UTC', () => 0).map((item) => item.reviews.map((review) => `${review.rating}:${review.deltaT}`).join(' '));
    expect(log).toMatchObject({ reviews: history.length, items: ours.length, invalid: 0 });
    expect([...theirs].sort()).toEqual([...ours].sort());
  });

  it('exports an empty log with its header, without creating a store', async () => {
    const dir = await project();
    const result = await amgi(dir, 'log', 'export');
    expect(result.stdout).toBe(`${HEADER}\n`);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'decks', 'amgi.sqlite'))).toBe(false);
  });

  it('says where to run it when there is no decks folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'h.csv'), formatReviewLog(history.slice(0, 2)));
    const result = await runAmgi(['log', 'import', 'h.csv'], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no decks folder');
    expect(result.stderr).toContain('run amgi in your project folder');
    // Nor does a backup from there come out empty: there is no history to back up in that folder.
    const backup = await runAmgi(['log', 'export', '--out', 'backup.csv'], { cwd: dir, env });
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('no decks folder');
    expect(existsSync(join(dir, 'backup.csv'))).toBe(false);
  });
});

describe('amgi log import: disagreements, clocks and undo', () => {
  const T = Date.UTC(2026, 3, 1, 3); // 12:00 in Seoul
  const log = (...rows: [string, number, number, number, number][]) =>
    formatReviewLog(rows.map(([cardId, reviewTime, rating, stateBefore, duration]) => ({ cardId, reviewTime, rating: rating as 1, stateBefore: stateBefore as 0, duration })));

  it('ends with the same log and cards whichever of two disagreeing files comes first', async () => {
    const files = {
      'phone.csv': log(['X', T, 1, 0, 100]),
      'laptop.csv': log(['X', T, 3, 0, 100], ['X', T + 600_000, 3, 1, 100]),
    };
    const one = await project(files);
    const two = await project(files);
    for (const file of ['phone.csv', 'laptop.csv']) expect((await amgi(one, 'log', 'import', file)).code).toBe(0);
    const second = await amgi(two, 'log', 'import', 'laptop.csv');
    expect(second.code).toBe(0);
    const disagreeing = await amgi(two, 'log', 'import', 'phone.csv', '--json');
    expect(JSON.parse(disagreeing.stdout)).toMatchObject({ added: 1, replaced: 1, conflicts: [{ cardId: 'X', reviewTime: T, rating: 1 }] });
    const [a, b] = await Promise.all([amgi(one, 'log', 'export'), amgi(two, 'log', 'export')]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain(`X,${T},1,0,100`); // the lower rating counts
    expect(a.stdout).not.toContain(`X,${T},3,0,100`);
    const [storeOne, storeTwo] = [storeOf(one), storeOf(two)];
    expect(storeOne.cards()).toEqual(storeTwo.cards());
    storeOne.close();
    storeTwo.close();
  });

  it('refuses reviews from the future, and answers after a review whose clock ran a little ahead', async () => {
    const now = Date.now();
    const dir = await project({ 'ahead.csv': log(['Y', now - 3 * 86_400_000, 3, 0, 5], ['Y', now + 2 * 3_600_000, 3, 2, 5]) });
    const refused = await amgi(dir, 'log', 'import', 'ahead.csv');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ahead\.csv:3: review_time \d+ \(.*\) is in the future/);
    await writeFiles(dir, { 'slightly.csv': log(['Y', now - 3 * 86_400_000, 3, 0, 5], ['Y', now + 5 * 60_000, 3, 2, 5]) });
    expect((await amgi(dir, 'log', 'import', 'slightly.csv')).code).toBe(0);
    const store = storeOf(dir);
    expect(() => store.answer(new Scheduler(DEFAULT_SETTINGS), 'Y', 3, now, 1000)).not.toThrow();
    store.close();
  });

  it('lets a session undo its answer after an import brought older reviews of the same card', async () => {
    const dir = await project();
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const store = storeOf(dir);
    const { revlogId } = store.answer(scheduler, 'Z', 3, T + 10 * 86_400_000, 1000);
    const imported: LoggedReview[] = [
      { cardId: 'Z', reviewTime: T, rating: 3, stateBefore: 0, duration: 100 },
      { cardId: 'Z', reviewTime: T + 600_000, rating: 3, stateBefore: 1, duration: 100 },
    ];
    store.importReviews(scheduler, imported);
    expect(store.undo(T + 10 * 86_400_000 + 60_000, revlogId, scheduler)).toMatchObject({ cardId: 'Z', rating: 3 });
    const expected = scheduler.replay('Z', imported.map((r) => ({ time: r.reviewTime, rating: r.rating }))).at(-1)!.next;
    expect(store.card('Z')).toEqual({ ...expected, id: 'Z', suspended: false, buriedUntilDay: undefined });
    store.close();
  });

  it('reports an empty file and durations it cannot store', async () => {
    const dir = await project({ 'empty.csv': '', 'long.csv': `${HEADER}\nA,${T},3,0,10000000000000000000\n` });
    const empty = await amgi(dir, 'log', 'import', 'empty.csv');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('empty.csv:1: the file is empty');
    const long = await amgi(dir, 'log', 'import', 'long.csv');
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('long.csv:2: review_duration must be a whole number of milliseconds from 0 to 4294967295');
  });

  it('imports a file in any row order to the same store, and settles disagreements within the file and with answers undone here', async () => {
    const scheduler = new Scheduler(DEFAULT_SETTINGS, SEOUL);
    const inOrder = storeOf(await project());
    expect(inOrder.importReviews(scheduler, history)).toMatchObject({ added: history.length, duplicates: 0, conflicts: [] });
    // Newest first, the cards interleaved: each card is still replayed oldest first.
    const reversed = storeOf(await project());
    expect(reversed.importReviews(scheduler, [...history].reverse())).toMatchObject({ added: history.length, cards: 40 });
    expect(reversed.cards()).toEqual(inOrder.cards());
    const key = (review: LoggedReview) => [review.cardId, review.reviewTime, review.rating, review.duration];
    expect(reversed.reviews().map(key)).toEqual(inOrder.reviews().map(key));
    inOrder.close();
    reversed.close();

    const store = storeOf(await project());
    const { revlogId } = store.answer(scheduler, 'Y', 3, T, 1000);
    store.undo(T + 60_000, revlogId, scheduler);
    const result = store.importReviews(scheduler, [
      { cardId: 'W', reviewTime: T, rating: 3, stateBefore: 0, duration: 100 },
      { cardId: 'Y', reviewTime: T, rating: 3, stateBefore: 0, duration: 1000 }, // undone here: stays undone
      { cardId: 'W', reviewTime: T + 600_000, rating: 3, stateBefore: 1, duration: 100 },
      { cardId: 'W', reviewTime: T, rating: 1, stateBefore: 0, duration: 100 },
      { cardId: 'W', reviewTime: T, rating: 3, stateBefore: 0, duration: 100 },
      { cardId: 'W', reviewTime: T, rating: 1, stateBefore: 0, duration: 100 },
    ]);
    expect(result).toEqual({
      added: 2,
      duplicates: 2,
      conflicts: [
        { cardId: 'W', reviewTime: T, rating: 3, stateBefore: 0, duration: 100 },
        { cardId: 'W', reviewTime: T, rating: 3, stateBefore: 0, duration: 100 },
      ],
      replaced: 0,
      cards: 1,
    });
    expect(store.reviews().map(key)).toEqual([
      ['W', T, 1, 100],
      ['W', T + 600_000, 3, 100],
    ]);
    // Through the library, a rating that is not 1–4 is refused, not rounded into a column.
    expect(() => store.importReviews(scheduler, [{ cardId: 'V', reviewTime: T, rating: 2.5 as 2, stateBefore: 0, duration: 100 }])).toThrow(RangeError);
    expect(store.reviews('V')).toEqual([]);
    store.close();
  });

  it('reads a log given as bytes, card ids in NFD (as macOS writes them) made NFC', () => {
    const text = `${HEADER}\n${'카드'.normalize('NFD')},1700000000000,3,0,10\n`;
    const { reviews, bad } = parseReviewLog(new TextEncoder().encode(text), Date.UTC(2026, 0, 1));
    expect(bad).toEqual([]);
    expect(reviews.map((review) => review.cardId)).toEqual(['카드'.normalize('NFC')]);
  });

  it('reads a file longer than one read, with a Hangul character split between two reads', async () => {
    // Rows of Hangul card ids; the first id is padded until the first read (1 MiB) ends inside a character.
    const rows: string[] = [];
    for (let n = 0; n < 40_000; n++) rows.push(`카드-${n},${T + n},3,0,100`);
    const piece = 1024 * 1024;
    expect(Buffer.byteLength(rows.join('\n'))).toBeGreaterThan(piece + 100);
    const fileOf = (padding: string) => `${HEADER}\n${padding}${rows.join('\n')}\n`;
    let padding = '';
    while ((Buffer.from(fileOf(padding))[piece]! & 0xc0) !== 0x80 && padding.length < 40) padding += 'x';
    const text = fileOf(padding);
    expect(Buffer.from(text)[piece]! & 0xc0).toBe(0x80); // the second read starts inside a character
    const at = Buffer.from(text).subarray(0, piece).toString().length - 1; // the split character, in the text
    const straddling = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at)).split(',')[0]!;
    expect(straddling).toMatch(/^카드-\d+$/);
    const dir = await project({ 'big.csv': text });
    const result = await amgi(dir, 'log', 'import', 'big.csv', '--json');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 40_000, skipped: [] });
    const store = storeOf(dir);
    expect(store.reviews(straddling)).toHaveLength(1);
    expect(store.reviewCount()).toBe(40_000);
    store.close();
  });

  it('refuses a file that is not UTF-8, or that ends inside a character, and imports nothing', async () => {
    const good = Buffer.from(`${HEADER}\n카드,${T},3,0,100\n`);
    const dir = await project();
    await writeFiles(dir, { 'latin1.csv': Buffer.concat([good, Buffer.from([0x63, 0xe9, 0x2c, 0x31, 0x0a])]), 'cut.csv': good.subarray(0, good.indexOf(Buffer.from('카')) + 1) });
    for (const [file, line] of [['latin1.csv', 3], ['cut.csv', 2]] as const) {
      const result = await amgi(dir, 'log', 'import', file);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`amgi: ${file}:${line}: not UTF-8 text; save it as UTF-8 CSV and try again. Nothing was imported.\n`);
    }
    // Past the first read, behind a header that is wrong too: the encoding is named, as the likelier cause.
    await writeFiles(dir, { 'late.csv': Buffer.concat([Buffer.from(`card,time\n${'x,1\n'.repeat(300_000)}`), Buffer.from([0xe9, 0x0a])]) });
    expect((await amgi(dir, 'log', 'import', 'late.csv')).stderr).toBe('amgi: late.csv:300002: not UTF-8 text; save it as UTF-8 CSV and try again. Nothing was imported.\n');
    // Saved by Excel on Korean Windows: CP949, and said so, with the command that converts it.
    const cp949 = Buffer.concat([Buffer.from(`${HEADER}\n`), new Uint8Array([0xc4, 0xab, 0xb5, 0xe5]), Buffer.from(`,${T},3,0,100\n`)]); // 카드
    await writeFiles(dir, { 'excel.csv': cp949, 'utf16.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]) });
    expect((await amgi(dir, 'log', 'import', 'utf16.csv')).stderr).toContain("utf16.csv: UTF-16 text, not UTF-8; save it as \"CSV UTF-8\", or convert it: iconv -f UTF-16 -t UTF-8 'utf16.csv'");
    expect((await amgi(dir, 'log', 'import', 'excel.csv')).stderr).toContain('excel.csv:2: not UTF-8 text; it looks like Korean in CP949 (EUC-KR), as Excel saves CSV on Korean Windows. Save it as "CSV UTF-8", or convert it: iconv -f CP949 -t UTF-8');
    // A device that never ends a line is refused after one long row, not read until memory runs out.
    const endless = await amgi(dir, 'log', 'import', '/dev/zero');
    expect(endless.code).toBe(1);
    expect(endless.stderr).toBe('amgi: /dev/zero:1: a row longer than 64 KiB: not a review log. Nothing was imported.\n');
    const store = storeOf(dir);
    expect(store.reviewCount()).toBe(0);
    store.close();
  });

  it('counts as orphans only the cards of the file that are in no deck', async () => {
    const dir = await project({ 'source-notes/망.md': `# 망\n\n${Array.from({ length: 3 }, (_, n) => `> 개념 ${n + 1}\n\n설명 ${n + 1}.\n`).join('\n')}` });
    expect((await amgi(dir, 'build')).code).toBe(0);
    const deck = JSON.parse(await readFile(join(dir, 'decks', '망.json'), 'utf8')) as { cards: { id: string }[] };
    const ids = [...deck.cards.map((card) => card.id), 'gone-card'];
    await writeFiles(dir, { 'log.csv': `${HEADER}\n${ids.map((id, n) => `${id},${T + n},3,0,100`).join('\n')}\n` });
    const result = await amgi(dir, 'log', 'import', 'log.csv');
    expect(result.stdout).toContain(`Imported 4 reviews of 4 cards from log.csv.`);
    expect(result.stdout).toContain('1 card in the file is in no deck; its history is kept');
    expect(JSON.parse((await amgi(dir, 'log', 'import', 'log.csv', '--json')).stdout).orphans).toBe(1);
  });

  it('logs an answer left on screen for weeks with a duration every FSRS tool reads back', async () => {
    const dir = await project();
    const store = storeOf(dir);
    store.answer(new Scheduler(DEFAULT_SETTINGS), 'card-w', 3, T, 60 * 86_400_000);
    expect(store.reviews('card-w')[0]!.duration).toBe(2 ** 32 - 1);
    // Through the library, a duration no log can hold is refused, not wrapped into 32 bits.
    expect(() => store.importReviews(new Scheduler(DEFAULT_SETTINGS), [{ cardId: 'card-v', reviewTime: T, rating: 3, stateBefore: 0, duration: 2 ** 32 }])).toThrow(RangeError);
    store.close();
    await writeFiles(dir, { 'exported.csv': (await amgi(dir, 'log', 'export')).stdout });
    const other = await project({ 'log.csv': await readFile(join(dir, 'exported.csv'), 'utf8') });
    expect((await amgi(other, 'log', 'import', 'log.csv')).code).toBe(0);
    const back = storeOf(other);
    expect(back.reviews('card-w')[0]!.duration).toBe(2 ** 32 - 1);
    back.close();
    // A store written before answers were capped: its history stays as it is, and the file says the most a log can hold.
    const old = storeOf(dir);
    old.close();
    const raw = new Database(join(dir, 'decks', 'amgi.sqlite'));
    raw.prepare('UPDATE revlog SET duration = ? WHERE card_id = ?').run(2 ** 40, 'card-w');
    raw.close();
    expect((await amgi(dir, 'log', 'export')).stdout).toContain(`card-w,${T},3,0,${2 ** 32 - 1}\n`);
  });
});
