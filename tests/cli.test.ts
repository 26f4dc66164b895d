import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { amgiBin, runAmgi, tempDir, writeFiles, entriesOf } from './helpers.js';

const NOTE = '# 네트워크\n\n## 전송 계층\n\n> TCP\n\n연결형 프로토콜입니다.\n\n- 3-way handshake : 연결을 맺는 과정입니다.\n\n> UDP\n\n비연결형 프로토콜입니다.\n';

describe('amgi build', () => {
  it('names the deck of a .txt note named on the command line without its extension', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '메모.txt': '## TCP\n\n연결형 프로토콜입니다.\n' });
    const result = await runAmgi(['build', '메모.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('메모  →  decks/메모.json');
  });

  it('builds source-notes/ into decks/ by default and reports added cards', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    const result = await runAmgi(['build'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('네트워크  →  decks/네트워크.json');
    expect(result.stdout).toContain('3 cards: 3 added, 0 changed, 0 kept, 0 removed');
    const deck = JSON.parse(await readFile(join(dir, 'decks', '네트워크.json'), 'utf8'));
    expect(deck).toMatchObject({ format: 1, name: '네트워크', source: 'source-notes/네트워크.md' });
    expect(deck.cards.map((card: { front: string }) => card.front)).toEqual(['전송 계층 › TCP', 'TCP › 3-way handshake란?', '전송 계층 › UDP']);
    expect(deck.cards[0]).toMatchObject({ tags: ['전송_계층'], source: { path: 'source-notes/네트워크.md', line: 5 } });
  });

  it('does not parse an unchanged note again, and says so', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const again = await runAmgi(['build', '--json'], { cwd: dir });
    const report = JSON.parse(again.stdout);
    expect(report.decks[0]).toMatchObject({ status: 'unchanged', cards: 3, kept: 3, added: 0 });
    const forced = JSON.parse((await runAmgi(['build', '--json', '--force'], { cwd: dir })).stdout);
    expect(forced.decks[0]).toMatchObject({ status: 'built', kept: 3 });
  });

  it('reports changed, kept and removed cards after an edit, as text and as JSON', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE.replace('비연결형 프로토콜입니다.', '비연결형이고 빠릅니다.').replace('- 3-way handshake : 연결을 맺는 과정입니다.\n', '') });
    const result = await runAmgi(['build', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true });
    expect(report.decks[0]).toMatchObject({ status: 'built', name: '네트워크', deckFile: 'decks/네트워크.json', added: 0, changed: 2, kept: 0, removed: 1, warnings: [] });
  });

  it('writes decks where --decks or AMGI_DECKS says, and builds the files and folders given', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a/하나.md': NOTE, 'notes/b/둘.md': NOTE.replace('# 네트워크', '# 둘'), 'notes/b/memo.txt': 'not a note' });
    expect((await runAmgi(['--decks', 'out', 'build', 'notes'], { cwd: dir })).code).toBe(0);
    expect(await entriesOf(join(dir, 'out'))).toEqual(['둘.json', '하나.json']);
    expect((await runAmgi(['build', 'notes/a/하나.md'], { cwd: dir, env: { AMGI_DECKS: 'env-decks' } })).code).toBe(0);
    expect(await entriesOf(join(dir, 'env-decks'))).toEqual(['하나.json']);
  });

  it('prints paths as seen from where it runs, also with --decks elsewhere, so a hint can be typed back', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/메모.md': '## 오늘 할 일\n' }); // a heading with nothing under it: no card, and a hint
    const result = await runAmgi(['--decks', 'out/decks', 'build', 'notes'], { cwd: dir });
    expect(result.stdout).toContain('메모  →  out/decks/메모.json');
    expect(result.stdout).toContain('warning: notes/메모.md: no card found in the note; run `amgi explain notes/메모.md`');
    expect((await runAmgi(['explain', 'notes/메모.md'], { cwd: dir })).code).toBe(0);
  });

  it('names decks of notes that share a file name by their folders', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws/정리.md': NOTE, 'notes/os/정리.md': NOTE.replace('# 네트워크', '# 운영체제') });
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['notes-aws-정리.json', 'notes-os-정리.json']);
    // Two notes with one `#` title fill one deck, as due and Anki count it: the files are counted apart.
    await writeFiles(dir, { 'notes/net/정리.md': NOTE });
    expect((await runAmgi(['build', 'notes'], { cwd: dir })).stdout).toContain('2 decks (3 deck files), 9 cards in decks/');
  });

  it('removes the deck of a deleted note and never modifies notes', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/하나.md': NOTE, 'source-notes/둘.md': NOTE.replace('# 네트워크', '# 둘') });
    await runAmgi(['build'], { cwd: dir });
    await rm(join(dir, 'source-notes', '둘.md'));
    const result = await runAmgi(['build'], { cwd: dir });
    expect(result.stdout).toContain('deck removed: its note is gone');
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['하나.json']);
    expect(await readFile(join(dir, 'source-notes', '하나.md'), 'utf8')).toBe(NOTE);
  });

  it('says of a deleted note of one card that it comes back with the note', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/하나.md': NOTE, 'source-notes/람다.md': '# 람다\n\n## 람다란?\n\n서버 없이 코드를 실행한다.\n' });
    await runAmgi(['build'], { cwd: dir });
    await rm(join(dir, 'source-notes', '람다.md'));
    const removed = await runAmgi(['build'], { cwd: dir });
    expect(removed.stdout).toContain('deck removed: its note is gone (1 card; it comes back with its reviews if the note does)');
  });

  it('gives a deleted note, restored later with edited titles, its cards\' ids back', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/하나.md': NOTE, 'source-notes/둘.md': NOTE.replace('# 네트워크', '# 둘') });
    await runAmgi(['build'], { cwd: dir });
    const deckIds = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    const before = await deckIds('둘.json');
    const { rename } = await import('node:fs/promises');
    await rename(join(dir, 'source-notes', '둘.md'), join(dir, '둘.md'));
    const removed = await runAmgi(['build'], { cwd: dir });
    expect(removed.stdout).toContain('deck removed: its note is gone (3 cards; they come back with their reviews if the note does)');
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['하나.json']);
    // A reviewed card of it is an orphan meanwhile, which `amgi orphans` names by its front and note.
    await writeFiles(dir, { 'reviews.csv': `card_id,review_time,review_rating,review_state,review_duration\n${before[0]},${Date.now() - 86_400_000},3,0,2000\n` });
    expect((await runAmgi(['log', 'import', 'reviews.csv'], { cwd: dir })).code).toBe(0);
    const orphans = await runAmgi(['orphans'], { cwd: dir });
    expect(orphans.stdout).toContain(`  ${before[0]}  1 review  전송 계층 › TCP (source-notes/둘.md)`);
    expect(orphans.stdout).toContain('1 of them is in notes deleted or left out by .amgiignore, shown with their fronts: built again, those notes bring them back.');
    // Back under another file name, with two titles edited: every card continues its id.
    const edited = NOTE.replace('# 네트워크', '# 둘').replace('> TCP', '> TCP (전송 제어 프로토콜)').replace('> UDP', '> UDP 프로토콜');
    await writeFiles(dir, { 'source-notes/다시둘.md': edited });
    const back = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; added: number; changed: number; kept: number }[] };
    expect(back.decks.find((deck) => deck.note === 'source-notes/다시둘.md')).toMatchObject({ added: 0, changed: 3, kept: 0, restored: true }); // the third card's front names TCP's title
    expect(await deckIds('다시둘.json')).toEqual(before);
    expect((await runAmgi(['orphans'], { cwd: dir })).stdout).toContain('No orphans');
    expect(await readdir(join(dir, 'decks', '.amgi-removed'))).toEqual(['.gitignore']); // it ignores itself in git
    // Without that memory, the edited titles would have made new cards.
    await rm(join(dir, 'decks', '다시둘.json'));
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const rebuilt = await deckIds('다시둘.json');
    expect(rebuilt.filter((id) => before.includes(id))).toHaveLength(1);
  });

  it('says of a concept written again that its card comes back with its reviews, reading the store without changing it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const [tcp] = (JSON.parse(await readFile(join(dir, 'decks', '네트워크.json'), 'utf8')) as { cards: { id: string }[] }).cards;
    await writeFiles(dir, { 'reviews.csv': `card_id,review_time,review_rating,review_state,review_duration\n${tcp!.id},${Date.now() - 86_400_000},3,0,2000\n` });
    expect((await runAmgi(['log', 'import', 'reviews.csv'], { cwd: dir })).code).toBe(0);
    const store = join(dir, 'decks', 'amgi.sqlite');
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE.replace('> TCP\n\n연결형 프로토콜입니다.\n\n- 3-way handshake : 연결을 맺는 과정입니다.\n\n', '') });
    expect((await runAmgi(['build'], { cwd: dir })).stdout).toContain('1 card: 0 added, 0 changed, 1 kept, 2 removed');
    // As the previous amgi left it (schema 4; upgraded only at its next write): read all the same.
    const raw = new Database(store);
    raw.exec('DROP TABLE folders');
    raw.pragma('user_version = 4');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = await readFile(store);
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    const back = await runAmgi(['build'], { cwd: dir });
    expect(back.stdout).toContain('3 cards: 2 added (1 of them written again: back with its reviews), 0 changed, 1 kept, 0 removed');
    expect((JSON.parse((await runAmgi(['build', '--json', '--force'], { cwd: dir })).stdout) as { decks: { returning?: number }[] }).decks[0]!.returning).toBeUndefined(); // nothing added
    expect(await readFile(store)).toEqual(before);
  });

  it('does not give a deleted note\'s remembered deck to an unrelated note of the same title', async () => {
    const dir = await tempDir();
    const os = '# 요약\n\n## 프로세스 관리\n\n> 프로세스\n\n실행 중인 프로그램입니다.\n\n> 스레드\n\n프로세스 안의 실행 흐름입니다.\n';
    await writeFiles(dir, { 'source-notes/os.md': os });
    await runAmgi(['build'], { cwd: dir });
    const before = (JSON.parse(await readFile(join(dir, 'decks', 'os.json'), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    await rm(join(dir, 'source-notes', 'os.md'));
    await runAmgi(['build'], { cwd: dir });
    // Another note titled `# 요약`, with none of its cards: built as new, the memory left alone.
    await writeFiles(dir, { 'source-notes/web.md': '# 요약\n\n## 쿠키\n\n> 쿠키\n\n브라우저에 저장되는 작은 파일입니다.\n' });
    const web = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; added: number; removed: number }[] };
    expect(web.decks.find((deck) => deck.note === 'source-notes/web.md')).toMatchObject({ added: 1, removed: 0 });
    await writeFiles(dir, { 'source-notes/os.md': os.replace('> 스레드', '> 스레드(Thread)') });
    await runAmgi(['build'], { cwd: dir });
    expect((JSON.parse(await readFile(join(dir, 'decks', 'os.json'), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id)).toEqual(before);
  });

  it('does not give a removed deck to a note of the same file name that shares only aspect labels with it', async () => {
    const dir = await tempDir();
    const os = '# 운영체제\n\n## 특징\n\n여러 프로그램을 함께 돌린다.\n\n## 장점\n\n자원을 나눠 쓴다.\n\n## 프로세스\n\n실행 중인 프로그램이다.\n';
    await writeFiles(dir, { 'source-notes/a/정리.md': os });
    await runAmgi(['build'], { cwd: dir });
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    const before = await idsOf('정리.json');
    await rm(join(dir, 'source-notes', 'a', '정리.md'));
    await runAmgi(['build', '--allow-empty'], { cwd: dir }); // its only note
    // Another `정리.md`, about networks: its `특징` is not the OS's, and the memory waits for the OS note.
    await writeFiles(dir, { 'source-notes/b/정리.md': '# 네트워크\n\n## 특징\n\n패킷으로 나눠 보낸다.\n\n## TCP\n\n연결형 프로토콜이다.\n' });
    const network = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; added: number; restored?: boolean }[] };
    const built = network.decks.find((deck) => deck.note === 'source-notes/b/정리.md');
    expect(built).toMatchObject({ added: 2 });
    expect(built?.restored).toBeUndefined();
    expect((await idsOf((await entriesOf(join(dir, 'decks')))[0]!)).some((id) => before.includes(id))).toBe(false);
    await writeFiles(dir, { 'source-notes/a/정리.md': os.replace('## 프로세스', '## 프로세스(Process)') });
    await runAmgi(['build'], { cwd: dir });
    const osDeck = (await entriesOf(join(dir, 'decks'))).find((file) => file.includes('a'));
    expect(await idsOf(osDeck!)).toEqual(before);
  });

  it('keeps the ids of a renamed note made only of aspect labels, and does not count a usual section such as 개요 as shared', async () => {
    const dir = await tempDir();
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    await writeFiles(dir, { 'source-notes/rest.md': '# REST\n\n## 특징\n\n- 자원을 URI로 표현한다\n\n## 장점\n\n- 캐시를 쓸 수 있다\n' });
    await runAmgi(['build'], { cwd: dir });
    const before = await idsOf('rest.json');
    const { rename } = await import('node:fs/promises');
    await rename(join(dir, 'source-notes', 'rest.md'), join(dir, 'source-notes', 'rest-api.md'));
    expect((await runAmgi(['build'], { cwd: dir })).stdout).toContain('2 cards: 0 added, 0 changed, 2 kept, 0 removed');
    expect(await idsOf('rest-api.json')).toEqual(before);
    // `개요` is in every other note: sharing it, and nothing else, another 정리.md does not continue a removed one.
    await writeFiles(dir, { 'source-notes/a/정리.md': '# 운영체제\n\n## 개요\n\n운영체제를 다룬다.\n\n## 프로세스\n\n실행 중인 프로그램이다.\n' });
    await runAmgi(['build'], { cwd: dir });
    await rm(join(dir, 'source-notes', 'a'), { recursive: true });
    await runAmgi(['build'], { cwd: dir });
    await writeFiles(dir, { 'source-notes/b/정리.md': '# 네트워크\n\n## 개요\n\n네트워크를 다룬다.\n\n## TCP\n\n연결형 프로토콜이다.\n' });
    const network = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; added: number; restored?: boolean }[] };
    expect(network.decks.find((deck) => deck.note === 'source-notes/b/정리.md')).toMatchObject({ added: 2 });
    expect(await readdir(join(dir, 'decks', '.amgi-removed'))).toEqual(['.gitignore', '정리.json']);
  });

  it('continues a renamed note\'s own deck, not a copy of it, and names the deck the copy was of', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const { copyFile, rename } = await import('node:fs/promises');
    await copyFile(join(dir, 'decks', 'net.json'), join(dir, 'decks', 'net 복사본.json'));
    await rename(join(dir, 'source-notes', 'net.md'), join(dir, 'source-notes', 'net2.md'));
    const result = await runAmgi(['build'], { cwd: dir });
    expect(result.stdout).toContain('deck removed: a second deck file of the note, whose deck is decks/net2.json (a copy?)');
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['net2.json']);
    expect(existsSync(join(dir, 'decks', '.amgi-removed'))).toBe(false); // nothing remembered: the note is here
  });

  it("names a deck by its note's front matter `title:` where the note has no `#` title, keeping the ids its file's name gave", async () => {
    const dir = await tempDir();
    const deckOf = async (file: string) => JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { name: string; cards: { id: string; front: string }[] };
    const body = '교착 상태는 서로의 자원을 기다리며 멈춘 상태다.\n\n## 예방\n\n네 조건 중 하나를 깬다.\n';
    await writeFiles(dir, { 'notes/deadlock.md': `---\ndate: 2024-03-01\n---\n\n${body}`, 'notes/onlyfm.md': '---\ntitle: "운영체제 "\n---\n' });
    await runAmgi(['build', 'notes'], { cwd: dir });
    const before = await deckOf('deadlock.json');
    expect(before.name).toBe('deadlock');
    // A note with only front matter: no card, but its deck is named by its title.
    expect((await deckOf('onlyfm.json')).name).toBe('운영체제');
    await writeFiles(dir, { 'notes/deadlock.md': `---\ndate: 2024-03-01\ntitle: 교착 상태\n---\n\n${body}` });
    const built = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(built.stdout).toContain('교착 상태  →  decks/deadlock.json');
    const after = await deckOf('deadlock.json');
    expect(after.name).toBe('교착 상태');
    expect(after.cards.map((card) => card.front)).toEqual(['교착 상태', '예방']);
    expect(after.cards.map((card) => card.id)).toEqual(before.cards.map((card) => card.id));
  });

  it('keeps the ids of a note renamed so that its deck name changes too, and says it as a rename', async () => {
    const dir = await tempDir();
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    // No `#` title: the deck is named after the file, so the new file name is a new deck name as well,
    // and the card of the text above the first heading, titled by the file's name, is retitled.
    const cloud = '빌려 쓰는 컴퓨팅 자원이다.\n\n## IaaS\n\n서버와 스토리지를 빌려 쓴다.\n\n## PaaS\n\n런타임까지 관리해 준다.\n\n## SaaS\n\n완성된 소프트웨어를 쓴다.\n';
    await writeFiles(dir, { 'source-notes/클라우드.md': cloud, 'source-notes/os.md': '# 운영체제\n\n## 프로세스\n\n실행 중인 프로그램이다.\n' });
    await runAmgi(['build'], { cwd: dir });
    expect((await runAmgi(['export', '클라우드'], { cwd: dir })).code).toBe(0);
    const before = await idsOf('클라우드.json');
    const { copyFile, rename } = await import('node:fs/promises');
    await rename(join(dir, 'source-notes', '클라우드.md'), join(dir, 'source-notes', 'cloud-notes.md'));
    const renamed = await runAmgi(['build'], { cwd: dir });
    expect(renamed.stdout).toContain('cloud-notes  →  decks/cloud-notes.json\n  4 cards: 0 added, 1 changed, 3 kept, 0 removed; continues decks/클라우드.json (note renamed), ids and reviews kept\n  out-of-date export: decks/클라우드.csv');
    expect(renamed.stdout).toContain('(1 built, 1 unchanged)');
    expect(renamed.stdout).not.toContain('deck removed');
    expect(await idsOf('cloud-notes.json')).toEqual(before);
    expect(existsSync(join(dir, 'decks', '.amgi-removed'))).toBe(false);
    // A titled note renamed and retitled at once, a concept edited and one added: the deck's copy is
    // still told from the deck, and removed.
    await writeFiles(dir, { 'source-notes/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const net = await idsOf('net.json');
    await copyFile(join(dir, 'decks', 'net.json'), join(dir, 'decks', 'net 복사본.json'));
    await rm(join(dir, 'source-notes', 'net.md'));
    const retitled = NOTE.replace('# 네트워크', '# 네트워크 기초').replace('비연결형 프로토콜입니다.', '연결 없이 보내는 프로토콜입니다.') + '\n> IP\n\n주소를 붙여 보냅니다.\n';
    await writeFiles(dir, { 'source-notes/network.md': retitled });
    const report = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; status: string; copyOf?: string }[] };
    expect(report.decks.map((deck) => [deck.note, deck.status])).toEqual([
      ['source-notes/cloud-notes.md', 'unchanged'],
      ['source-notes/network.md', 'built'],
      ['source-notes/os.md', 'unchanged'],
      ['source-notes/net.md', 'removed'],
    ]);
    expect(report.decks[1]).toMatchObject({ name: '네트워크 기초', added: 1, changed: 1, kept: 2, removed: 0, continues: 'decks/net.json' });
    expect(report.decks[3]).toMatchObject({ deckFile: 'decks/net 복사본.json', copyOf: 'decks/network.json' });
    expect((await idsOf('network.json')).slice(0, 3)).toEqual(net);
    expect((await entriesOf(join(dir, 'decks'))).filter((name) => name.endsWith('.json') && !name.startsWith('.'))).toEqual(['cloud-notes.json', 'network.json', 'os.json']);
  });

  it('gives a removed deck back to the note that continues it most when it returns renamed and retitled, one note to one deck', async () => {
    const dir = await tempDir();
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    await writeFiles(dir, { 'source-notes/net.md': NOTE, 'source-notes/os.md': '# 운영체제\n\n## 프로세스\n\n실행 중인 프로그램이다.\n' });
    await runAmgi(['build'], { cwd: dir });
    const before = await idsOf('net.json');
    await rm(join(dir, 'source-notes', 'net.md'));
    expect((await runAmgi(['build'], { cwd: dir })).stdout).toContain('deck removed: its note is gone');
    // The renamed and retitled note continues the removed deck's concepts, 3 of 3; a quiz that names
    // TCP, 1 of its 2, does not (by content alone, two concepts and half of each side are needed),
    // though it is built first.
    await writeFiles(dir, {
      'source-notes/a-quiz.md': '# 퀴즈\n\n> TCP\n\n신뢰성을 보장하는 프로토콜은?\n\n> HTTP\n\n웹의 프로토콜입니다.\n',
      'source-notes/network.md': NOTE.replace('# 네트워크', '# 네트워크 기초').replace('> TCP', '> TCP 프로토콜'),
    });
    const back = await runAmgi(['build'], { cwd: dir });
    expect(back.stdout).toContain('퀴즈  →  decks/a-quiz.json\n  2 cards: 2 added, 0 changed, 0 kept, 0 removed\n');
    expect(back.stdout).toContain('네트워크 기초  →  decks/network.json\n  3 cards: 0 added, 2 changed, 1 kept, 0 removed; continues its removed deck, ids and reviews kept\n');
    expect(await idsOf('network.json')).toEqual(before);
    expect((await idsOf('a-quiz.json')).some((id) => before.includes(id))).toBe(false);
    expect(await readdir(join(dir, 'decks', '.amgi-removed'))).toEqual(['.gitignore']);
  });

  it('keeps the deck of a deleted note when a new, unrelated note of the same file name takes its deck file', async () => {
    const dir = await tempDir();
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    await writeFiles(dir, { 'source-notes/a/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const before = await idsOf('net.json');
    await rm(join(dir, 'source-notes', 'a', 'net.md'));
    await writeFiles(dir, { 'source-notes/b/net.md': '# 요리\n\n## 김치찌개\n\n김치를 넣고 끓인다.\n' });
    const result = await runAmgi(['build'], { cwd: dir });
    expect(result.stdout).toContain('요리  →  decks/net.json');
    expect(result.stdout).toContain('deck removed: its note is gone');
    expect((await readdir(join(dir, 'decks', '.amgi-removed'))).sort()).toEqual(['.gitignore', 'net.json']);
    // Back, the deleted note has all its ids again, beside the new note.
    await writeFiles(dir, { 'source-notes/a/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const decks = (await readdir(join(dir, 'decks'))).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    const back = decks.find((name) => name !== 'net.json')!;
    expect(await idsOf(back)).toEqual(before);
  });

  it('does not give a deck deleted in the same build to a new note that names one of its concepts', async () => {
    const dir = await tempDir();
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    await writeFiles(dir, { 'source-notes/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const before = await idsOf('net.json');
    await rm(join(dir, 'source-notes', 'net.md'));
    await writeFiles(dir, { 'source-notes/quiz.md': '# 오늘의 퀴즈\n\n> TCP\n\n신뢰성을 보장하는 프로토콜은?\n' });
    const result = await runAmgi(['build'], { cwd: dir });
    expect(result.stdout).toContain('deck removed: its note is gone');
    expect((await idsOf('quiz.json')).some((id) => before.includes(id))).toBe(false);
    expect((await readdir(join(dir, 'decks', '.amgi-removed'))).sort()).toEqual(['.gitignore', 'net.json']);
    // Back, the note has all its ids again.
    await writeFiles(dir, { 'source-notes/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    expect(await idsOf('net.json')).toEqual(before);
  });

  it('does not continue the deck of a deleted note in an unrelated new note, nor by aspect labels and usual sections alone', async () => {
    const dir = await tempDir();
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    await writeFiles(dir, {
      'source-notes/os.md': '# 운영체제\n\n## 개요\n\n자원을 관리한다.\n\n## 프로세스\n\n실행 중인 프로그램이다.\n\n## 스레드\n\n프로세스 안의 실행 흐름이다.\n',
      'source-notes/rest.md': '# REST\n\n## 특징\n\n자원을 URI로 표현한다.\n\n## 장점\n\n캐시를 쓸 수 있다.\n',
    });
    await runAmgi(['build'], { cwd: dir });
    const before = [...(await idsOf('os.json')), ...(await idsOf('rest.json'))];
    await rm(join(dir, 'source-notes', 'os.md'));
    await rm(join(dir, 'source-notes', 'rest.md'));
    await writeFiles(dir, {
      'source-notes/web.md': '# 웹\n\n## 개요\n\n웹을 다룬다.\n\n## 쿠키\n\n브라우저에 저장되는 작은 파일이다.\n\n## 세션\n\n서버에 저장되는 상태다.\n',
      'source-notes/graphql.md': '# GraphQL\n\n## 특징\n\n필요한 필드만 묻는다.\n\n## 장점\n\n요청 한 번에 여러 자원을 가져온다.\n',
    });
    const result = JSON.parse((await runAmgi(['build', '--json'], { cwd: dir })).stdout) as { decks: { note: string; status: string; added: number; restored?: boolean }[] };
    expect(result.decks.map((deck) => [deck.note, deck.status, deck.added, deck.restored])).toEqual([
      ['source-notes/graphql.md', 'built', 2, undefined],
      ['source-notes/web.md', 'built', 3, undefined],
      ['source-notes/os.md', 'removed', 0, undefined],
      ['source-notes/rest.md', 'removed', 0, undefined],
    ]);
    expect([...(await idsOf('web.json')), ...(await idsOf('graphql.json'))].some((id) => before.includes(id))).toBe(false);
    expect((await readdir(join(dir, 'decks', '.amgi-removed'))).sort()).toEqual(['.gitignore', 'os.json', 'rest.json']);
  });

  it('refuses to empty the decks of a folder that holds no notes now, unless told to', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/하나.md': NOTE, 'source-notes/둘.md': NOTE.replace('# 네트워크', '# 둘') });
    await runAmgi(['build'], { cwd: dir });
    // Moved away (or a synced folder not synced yet): nothing is removed, and the message says what to do.
    await rm(join(dir, 'source-notes', '하나.md'));
    await rm(join(dir, 'source-notes', '둘.md'));
    const refused = await runAmgi(['build'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('source-notes: holds no notes now, but 2 decks were built from notes in it (decks/둘.json, decks/하나.json). Nothing was removed.');
    expect(refused.stderr).toContain('build with --allow-empty to remove their decks');
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['둘.json', '하나.json']);
    const allowed = await runAmgi(['build', '--allow-empty'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('No decks are left to export.');
    expect(await entriesOf(join(dir, 'decks'))).toEqual([]);
  });

  it('deletes a copy of a deck whose note is gone, remembering the deck once', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/하나.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const { copyFile } = await import('node:fs/promises');
    await copyFile(join(dir, 'decks', '하나.json'), join(dir, 'decks', '하나 복사본.json'));
    await rm(join(dir, 'source-notes', '하나.md'));
    expect((await runAmgi(['build', '--allow-empty'], { cwd: dir })).code).toBe(0);
    expect(await entriesOf(join(dir, 'decks'))).toEqual([]);
    expect(await readdir(join(dir, 'decks', '.amgi-removed'))).toEqual(['.gitignore', '하나.json']);
  });

  it('remembers two removed notes of one file name apart, and deletes a deck it cannot keep, saying what is lost', async () => {
    const dir = await tempDir();
    const os = (title: string, card: string) => `# ${title}\n\n## 절\n\n> ${card}\n\n설명입니다.\n\n> 둘째\n\n또 다른 설명입니다.\n`;
    await writeFiles(dir, { 'source-notes/a/os.md': os('운영체제', '프로세스'), 'source-notes/b/os.md': os('다른 것', '쿠키') });
    await runAmgi(['build'], { cwd: dir });
    const idsOf = async (file: string) => (JSON.parse(await readFile(join(dir, 'decks', file), 'utf8')) as { cards: { id: string }[] }).cards.map((card) => card.id);
    const [deckA] = (await entriesOf(join(dir, 'decks'))).filter((name) => name.includes('a-os'));
    const before = await idsOf(deckA!);
    await rm(join(dir, 'source-notes', 'a', 'os.md'));
    await runAmgi(['build'], { cwd: dir });
    await rm(join(dir, 'source-notes', 'b', 'os.md'));
    await runAmgi(['build', '--allow-empty'], { cwd: dir });
    expect(await readdir(join(dir, 'decks', '.amgi-removed'))).toHaveLength(3); // two decks and the .gitignore
    await writeFiles(dir, { 'source-notes/a/os.md': os('운영체제', '프로세스(Process)') });
    await runAmgi(['build'], { cwd: dir });
    const [back] = (await entriesOf(join(dir, 'decks'))).filter((name) => name.endsWith('.json'));
    expect(await idsOf(back!)).toEqual(before);
    // A file where the folder should be: the deck is deleted as before there was a memory, and the build goes on.
    await rm(join(dir, 'decks', '.amgi-removed'), { recursive: true });
    await writeFiles(dir, { 'decks/.amgi-removed': 'not a folder' });
    await rm(join(dir, 'source-notes', 'a', 'os.md'));
    const lost = await runAmgi(['build', '--allow-empty'], { cwd: dir });
    expect(lost.code).toBe(0);
    expect(lost.stdout).toContain('could not keep its deck in decks/.amgi-removed/ (EEXIST): if the note comes back, cards whose titles were edited get new ids');
    expect(await entriesOf(join(dir, 'decks'))).toEqual([]);
  });

  it('leaves out what .amgiignore names, as .gitignore does; removes the deck of a note it now leaves out, whose cards keep their ids when it is let back in; builds what is named on the command line', async () => {
    const dir = await tempDir();
    const as = (title: string) => NOTE.replace('# 네트워크', `# ${title}`);
    await writeFiles(dir, {
      'source-notes/네트워크.md': NOTE,
      'source-notes/Templates/템플릿.md': as('템플릿'),
      'source-notes/일기/오늘.md': as('오늘'),
      'source-notes/초안.draft.md': as('초안'),
      'source-notes/keep.draft.md': as('남길 초안'),
    });
    // A BOM, a comment, a folder at any depth, a path from the project, a glob and an exception.
    const ignoreFile = '\uFEFF# 공부 노트가 아닌 것\nTemplates/\nsource-notes/일기/\n*.draft.md\n!keep.draft.md\n';
    await writeFiles(dir, { '.amgiignore': ignoreFile });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['keep.draft.json', '네트워크.json']);
    // Named on the command line, a note or a folder is built all the same.
    expect((await runAmgi(['build', 'source-notes/Templates/템플릿.md', 'source-notes/일기'], { cwd: dir })).code).toBe(0);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['keep.draft.json', '네트워크.json', '오늘.json', '템플릿.json']);
    const before = JSON.parse(await readFile(join(dir, 'decks', '오늘.json'), 'utf8')) as { cards: { id: string }[] };
    // A build of everything removes their decks, and says why.
    const again = await runAmgi(['build', '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    const ignored = (JSON.parse(again.stdout) as { decks: { note: string; status: string; ignored?: boolean; removed: number }[] }).decks.filter((deck) => deck.ignored);
    expect(ignored.map(({ note, status, removed }) => [note, status, removed]).sort()).toEqual([
      ['source-notes/Templates/템플릿.md', 'removed', 3],
      ['source-notes/일기/오늘.md', 'removed', 3],
    ]);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['keep.draft.json', '네트워크.json']);
    expect((await runAmgi(['build'], { cwd: dir })).stdout).toContain('2 decks, 6 cards in decks/ (0 built, 2 unchanged)');
    // Let back in, with a title edited meanwhile, the note's cards keep their ids.
    await writeFiles(dir, { 'source-notes/일기/오늘.md': as('오늘').replace('> UDP', '> UDP 프로토콜'), '.amgiignore': ignoreFile.replace('source-notes/일기/\n', '') });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const after = JSON.parse(await readFile(join(dir, 'decks', '오늘.json'), 'utf8')) as { cards: { id: string; title: string }[] };
    expect(after.cards.map((card) => card.id)).toEqual(before.cards.map((card) => card.id));
    expect(after.cards[2]!.title).toBe('UDP 프로토콜');
    expect(await readdir(join(dir, 'decks', '.amgi-removed'))).toEqual(['.gitignore', '템플릿.json']);
    expect(await readFile(join(dir, 'source-notes', 'Templates', '템플릿.md'), 'utf8')).toBe(as('템플릿'));
  });

  it('reads the .amgiignore of a vault built from outside the project, for the notes under it', async () => {
    const dir = await tempDir();
    const as = (title: string) => NOTE.replace('# 네트워크', `# ${title}`);
    await writeFiles(dir, {
      'project/.amgiignore': 'source-notes/초안.md\n',
      'vault/.amgiignore': 'Templates/\n',
      'vault/네트워크.md': NOTE,
      'vault/Templates/템플릿.md': as('템플릿'),
      'vault/초안.md': as('초안'), // the project's rules say nothing of the vault
    });
    const project = join(dir, 'project');
    expect((await runAmgi(['build', '../vault'], { cwd: project })).code).toBe(0);
    expect(await entriesOf(join(project, 'decks'))).toEqual(['네트워크.json', '초안.json']);
    // The project's own notes, built alone, are not all the folder holds: the summary says both.
    await writeFiles(dir, { 'project/source-notes/하나.md': as('하나') });
    const own = await runAmgi(['build'], { cwd: project });
    expect(own.stdout).toContain('1 deck, 3 cards from these notes (1 built, 0 unchanged); decks/ holds 3 decks, 9 cards in all.');
    expect((await runAmgi(['build', 'source-notes', '../vault'], { cwd: project })).stdout).toContain('3 decks, 9 cards in decks/ (0 built, 3 unchanged).');
    // A rule added there later removes the deck it now leaves out, as the project's own would.
    await writeFiles(dir, { 'vault/.amgiignore': 'Templates/\n초안.md\n' });
    const again = JSON.parse((await runAmgi(['build', '--json', '../vault'], { cwd: project })).stdout) as { decks: { note: string; status: string; ignored?: boolean }[] };
    expect(again.decks.find((deck) => deck.note === '../vault/초안.md')).toMatchObject({ status: 'removed', ignored: true });
    expect(await entriesOf(join(project, 'decks'))).toEqual(['네트워크.json', '하나.json']);
  });

  it('refuses a copy of a deck file in due, stats and export, and build removes the copy, not the deck', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/net.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    const { copyFile } = await import('node:fs/promises');
    await copyFile(join(dir, 'decks', 'net.json'), join(dir, 'decks', 'net copy.json')); // a file manager's "Duplicate"
    for (const args of [['due'], ['stats'], ['export']]) {
      const refused = await runAmgi(args, { cwd: dir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('decks/net copy.json and decks/net.json are both decks of source-notes/net.md: one of them is a copy');
      expect(refused.stderr).not.toContain('    at ');
    }
    expect(existsSync(join(dir, 'decks', 'net.csv'))).toBe(false);
    const built = await runAmgi(['build', '--json'], { cwd: dir });
    const removed = (JSON.parse(built.stdout) as { decks: { status: string; deckFile: string; copyOf?: string }[] }).decks.find((deck) => deck.status === 'removed');
    expect(removed).toMatchObject({ deckFile: 'decks/net copy.json', copyOf: 'decks/net.json' });
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['net.json']);
    expect((await runAmgi(['due'], { cwd: dir })).stdout).toMatch(/네트워크\s+3\s+0\s+0/);
  });

  it('refuses to export a card id that two deck files hold (one edited by hand), naming both', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/net.md': NOTE, 'source-notes/os.md': '# 운영체제\n\n## 커널\n\n- 커널 : 운영체제의 핵심입니다.\n' });
    await runAmgi(['build'], { cwd: dir });
    const [net, os] = [JSON.parse(await readFile(join(dir, 'decks', 'net.json'), 'utf8')), JSON.parse(await readFile(join(dir, 'decks', 'os.json'), 'utf8'))];
    os.cards[0].id = net.cards[1].id;
    await writeFiles(dir, { 'decks/os.json': JSON.stringify(os) });
    const refused = await runAmgi(['export'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the card id ${net.cards[1].id} is in decks/net.json and decks/os.json: a deck file was edited by hand.`);
    expect(existsSync(join(dir, 'decks', 'net.csv'))).toBe(false);
  });

  it('leaves no temporary files behind', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/네트워크.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['네트워크.json']);
  });
});

describe('amgi build without notes', () => {
  it('exits 2 for a folder that holds no notes, writing no decks folder', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/사진.png': 'not a note', 'empty/.keep': '' });
    for (const args of [['build'], ['build', 'empty']]) {
      const result = await runAmgi(args, { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(`no notes in \`${args[1] ?? 'source-notes'}\`: amgi reads Markdown files (.md, .markdown).`);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(join(dir, 'decks'))).toBe(false);
  });

  it('says where it looked and what to do, in a folder with no source-notes/', async () => {
    const dir = await tempDir();
    const result = await runAmgi(['build'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no notes given, and no source-notes/ folder here');
    const one = await tempDir();
    await writeFiles(one, { 'note.md': '# 네트워크\n\n> TCP\n\n연결형 프로토콜입니다.\n' });
    expect((await runAmgi(['explain', 'note.md'], { cwd: one })).stdout).toContain('note.md: deck "네트워크", 1 card\n');
    // An empty --decks would mean "here"; unsuspend makes no store where there is none (nothing can be suspended).
    const empty = await runAmgi(['--decks', '', 'build', 'note.md'], { cwd: one });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('expected a folder, not an empty string');
    expect((await runAmgi(['build', 'note.md'], { cwd: one })).code).toBe(0);
    expect((await runAmgi(['unsuspend'], { cwd: one })).stdout).toContain('No suspended cards.');
    expect((await runAmgi(['unsuspend', '--all'], { cwd: one })).stdout).toContain('No suspended cards.');
    expect((await runAmgi(['unsuspend', 'abc123'], { cwd: one })).code).toBe(2); // not suspended: there is nothing to bring back
    expect(existsSync(join(one, 'decks', 'amgi.sqlite'))).toBe(false);
    const noStore = await runAmgi(['--store', '', 'due'], { cwd: one });
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toContain('expected a file, not an empty string');
    for (const command of [['export', '--out', ''], ['log', 'export', '--out', '']]) {
      const noOut = await runAmgi(command, { cwd: one });
      expect(noOut.code, command.join(' ')).toBe(2);
      expect(noOut.stderr).toContain("'--out");
    }
  });
});

describe('amgi explain', () => {
  it('shows every block, the rule that made each card, and why other blocks are left out', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'note.md': `${NOTE}\n---\n\n> [Top](#네트워크)\n` });
    const result = await runAmgi(['explain', 'note.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('note.md: deck "네트워크", 3 cards');
    expect(result.stdout).toMatch(/L3\s+heading 2\s+no card: section with no explanation of its own/);
    expect(result.stdout).toMatch(/L5\s+blockquote\s+CARD \(callout \(> title line\)\): 전송 계층 › TCP/);
    expect(result.stdout).toMatch(/L7\s+paragraph\s+in the back of: 전송 계층 › TCP/);
    expect(result.stdout).toMatch(/L9\s+list item\s+CARD \(term : description\): TCP › 3-way handshake란\?/);
    expect(result.stdout).toMatch(/L15\s+thematicBreak\s+left out: separator/);
    expect(result.stdout).toMatch(/L17\s+blockquote\s+left out: navigation or references/);
    const json = JSON.parse((await runAmgi(['explain', 'note.md', '--json'], { cwd: dir })).stdout);
    expect(json.blocks.find((block: { line: number }) => block.line === 5)).toMatchObject({ outcome: 'card', rule: 'callout' });
  });

  it('says that the choices of a multiple-choice question are on its front, and its answer on its back', async () => {
    const dir = await tempDir();
    const quiz = '# ELB 퀴즈\n\nQ1. 고정 IP를 주는 로드 밸런서는?\n\n1. ALB\n2. NLB\n\nA1. 2번\n\n1. 다음 중 FIFO 구조는 무엇입니까?\n\nA. 스택\nB. 큐\n\n정답 : (B)\n\n## ELB는 무엇을 제공합니까?\n\n```\nA. static IPv4\nB. DNS name\n```\n\n정답 : B\n';
    await writeFiles(dir, { 'quiz.md': quiz });
    const result = await runAmgi(['explain', 'quiz.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/L5\s+list\s+in the front of: 고정 IP를 주는 로드 밸런서는\?\n/);
    expect(result.stdout).toMatch(/L8\s+paragraph\s+in the back of: 고정 IP를 주는 로드 밸런서는\?\n/);
    expect(result.stdout).toMatch(/L12\s+paragraph\s+in the front of: 다음 중 FIFO 구조는 무엇입니까\?\n/);
    expect(result.stdout).toMatch(/L15\s+paragraph\s+in the back of: 다음 중 FIFO 구조는 무엇입니까\?\n/);
    expect(result.stdout).toMatch(/L19\s+code\s+in the front of: ELB는 무엇을 제공합니까\?\n/);
    expect(result.stdout).toMatch(/L24\s+paragraph\s+in the back of: ELB는 무엇을 제공합니까\?\n/);
    const json = JSON.parse((await runAmgi(['explain', 'quiz.md', '--json'], { cwd: dir })).stdout);
    expect(json.blocks.find((block: { line: number }) => block.line === 5)).toMatchObject({ outcome: 'choices', front: '고정 IP를 주는 로드 밸런서는?\n1. ALB\n2. NLB' });
  });

  it('shows the card a note without a `#` title gets from its file name, which build makes and a title written later continues', async () => {
    const dir = await tempDir();
    const note = '클라우드 컴퓨팅은 IT 자원을 빌려 쓰는 것이다.\n\n- IaaS : 인프라를 빌려 주는 서비스\n\n## 특징\n\n쓴 만큼 낸다.\n';
    await writeFiles(dir, { 'notes/클라우드.md': note });
    const explained = await runAmgi(['explain', 'notes/클라우드.md'], { cwd: dir });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('notes/클라우드.md: deck "클라우드" (no # title: named after the file), 3 cards');
    expect(explained.stdout).toMatch(/L1\s+file name\s+CARD \(no # title: the file's name titles the blocks above the first heading\): 클라우드\n/);
    expect(explained.stdout).toMatch(/L1\s+paragraph\s+in the back of: 클라우드\n/);
    expect(explained.stdout).toMatch(/L3\s+list\s+in the back of: 클라우드\n/);
    expect(explained.stdout).not.toContain('left out');

    expect((await runAmgi(['build', 'notes'], { cwd: dir })).code).toBe(0);
    const deckFile = join(dir, 'decks', '클라우드.json');
    const deck = JSON.parse(await readFile(deckFile, 'utf8'));
    expect(deck.name).toBe('클라우드');
    expect(deck.cards.map((card: { front: string; back: string; kind: string }) => [card.front, card.back, card.kind])).toEqual([
      ['클라우드', '클라우드 컴퓨팅은 IT 자원을 빌려 쓰는 것이다.\n\n- IaaS', 'heading'],
      ['IaaS란?', '인프라를 빌려 주는 서비스', 'term'],
      ['특징', '쓴 만큼 낸다.', 'heading'],
    ]);
    // `# 클라우드` written on top later: the same deck and the same cards, by the same ids.
    await writeFiles(dir, { 'notes/클라우드.md': `# 클라우드\n\n${note}` });
    const rebuilt = JSON.parse((await runAmgi(['build', 'notes', '--json'], { cwd: dir })).stdout);
    expect(rebuilt.decks[0]).toMatchObject({ name: '클라우드', added: 0, removed: 0 });
    expect(JSON.parse(await readFile(deckFile, 'utf8')).cards.map((card: { id: string }) => card.id)).toEqual(deck.cards.map((card: { id: string }) => card.id));
  });

  it('names the table whose first header names kinds as the block that asks for them, not as a list item', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'note.md': '# 데이터베이스\n\n## 인덱스\n\n검색을 빠르게 한다.\n\n| 유형 | 설명 |\n| --- | --- |\n| 클러스터형 | 행을 정렬해 둔다 |\n| 보조 | 따로 만든다 |\n' });
    const result = await runAmgi(['explain', 'note.md'], { cwd: dir });
    expect(result.stdout).toMatch(/L7\s+table\s+CARD \(table whose first header names kinds, such as \| 유형 \| 설명 \|\): 인덱스의 유형은\?\n/);
    expect(result.stdout).not.toContain('list item used as a sub-title');
    expect(result.stdout).toMatch(/L9\s+table row\s+CARD \(row of a table\): 인덱스 › 클러스터형이란\?\n/);
  });

  it('says why a title whose parts are all cards has none of its own', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'note.md': '# 네트워크\n\n## HTTP와 HTTPS\n\n- HTTPS의 장단점\n    - 장점\n        - 안전하다\n        - 믿을 수 있다\n    - 단점\n        - 느리다\n        - 비싸다\n' });
    const result = await runAmgi(['explain', 'note.md'], { cwd: dir });
    expect(result.stdout).toMatch(/L5\s+list item\s+no card: its parts are cards of their own, and it says nothing besides/);
  });

  it('fails clearly for a missing note', async () => {
    const dir = await tempDir();
    const result = await runAmgi(['explain', 'nope.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('amgi: nope.md: no such file\n');
  });

  it('refuses a pipe as build does, as a usage error', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const result = await runAmgi(['explain', 'pipe.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('amgi: pipe.md: not a regular file (a pipe, socket or device); `amgi explain` takes one note file.\n');
  });
});

describe('usage errors exit 2', () => {
  it.each([[['frobnicate']], [['build', '--nope']], [['build', 'missing-folder']], [['explain']]])('amgi %j', async (args) => {
    const dir = await tempDir();
    const result = await runAmgi(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses an empty path (an unset variable in a script) as a usage error, not as a file named nothing', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/note.md': NOTE });
    for (const [args, kind] of [
      [['explain', ''], "argument 'note'. expected a note"],
      [['build', 'notes', ''], "argument 'paths'. expected a note or folder"],
      [['log', 'import', ''], "argument 'file'. expected a file"],
    ] as const) {
      const result = await runAmgi([...args], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`amgi: command-argument value '' is invalid for ${kind}, not an empty string`);
    }
    expect(await entriesOf(dir)).toEqual(['notes']); // nothing built
  });

  it('says a usage error as amgi says its other errors, pointing at the help of the command it was made in', async () => {
    const dir = await tempDir();
    const result = await runAmgi(['due', '--new-per-day', 'abc'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("amgi: option '--new-per-day <n>' argument 'abc' is invalid: expected a whole number, 0 or more\n(run `amgi due --help` for usage)\n");
    // A negative number is no whole number to amgi either, and the message says what is.
    expect((await runAmgi(['due', '--new-per-day', '-1'], { cwd: dir })).stderr).toContain("argument '-1' is invalid: expected a whole number, 0 or more");
    expect((await runAmgi(['log', 'import'], { cwd: dir })).stderr).toContain('(run `amgi log import --help` for usage)');
    const help = await runAmgi(['build', '--help'], { cwd: dir });
    expect(help.stdout).toContain('notes or folders of notes (default: source-notes)');
    expect(help.stdout).not.toContain('(default: [])');
  });

  it('says where an option written before its command goes', async () => {
    const dir = await tempDir();
    const result = await runAmgi(['--json', 'due'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("amgi: unknown option '--json'\n(options of a command go after its name: amgi due --json)\n(run `amgi --help` for usage)\n");
    // With its value, as typed.
    expect((await runAmgi(['--format=apkg', 'export'], { cwd: dir })).stderr).toContain('(options of a command go after its name: amgi export --format=apkg)');
    expect((await runAmgi(['--format', 'apkg', 'export'], { cwd: dir })).stderr).toContain('(options of a command go after its name: amgi export --format apkg)');
    // An option no command has is only unknown.
    expect((await runAmgi(['--nope', 'due'], { cwd: dir })).stderr).toBe("amgi: unknown option '--nope'\n(run `amgi --help` for usage)\n");
  });

  it('shows a command\'s help with `amgi help`, a subcommand\'s too, and says a misspelt one is unknown', async () => {
    const dir = await tempDir();
    const logImport = await runAmgi(['help', 'log', 'import'], { cwd: dir });
    expect(logImport.code).toBe(0);
    expect(logImport.stdout).toContain('Usage: amgi log import [options] <file>');
    expect((await runAmgi(['help', 'build'], { cwd: dir })).stdout).toContain('Usage: amgi build [options] [paths...]');
    const misspelt = await runAmgi(['help', 'biuld'], { cwd: dir });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stdout).toBe('');
    expect(misspelt.stderr).toBe('amgi: unknown command \'biuld\' (did you mean build?); the commands of amgi are build, explain, export, due, review, stats, unsuspend, orphans, optimize, log.\n');
    expect((await runAmgi(['help', 'log', 'exprot'], { cwd: dir })).stderr).toBe('amgi: unknown command \'exprot\' (did you mean export?); the commands of amgi log are export, import.\n');
    // Nothing is offered for a word far from every command.
    expect((await runAmgi(['help', 'anki'], { cwd: dir })).stderr).toBe('amgi: unknown command \'anki\'; the commands of amgi are build, explain, export, due, review, stats, unsuspend, orphans, optimize, log.\n');
  });

  it('prints help and version with exit 0', async () => {
    const dir = await tempDir();
    const help = await runAmgi(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('build');
    expect(help.stdout).toContain('explain');
    expect((await runAmgi(['--version'], { cwd: dir })).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('footnote and TeX math syntax', () => {
  /** Runs amgi with a module hook that names each footnote or math syntax module loaded, on stderr. */
  async function runWatchingSyntax(dir: string, args: string[]): Promise<{ code: number; loaded: string[] }> {
    const hook = join(dir, 'hook.mjs');
    const register = join(dir, 'register.mjs');
    await writeFiles(dir, {
      'hook.mjs': "export async function load(url, context, next) {\n  const name = /(math|footnote)-syntax/.exec(url)?.[0];\n  if (name) process.stderr.write(`loaded ${name}\\n`);\n  return next(url, context);\n}\n",
      'register.mjs': `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`,
    });
    const { execFile } = await import('node:child_process');
    return new Promise((done) => {
      execFile(process.execPath, ['--import', pathToFileURL(register).href, amgiBin, ...args], { cwd: dir }, (error, _stdout, stderr) => {
        done({ code: error ? 1 : 0, loaded: [...new Set(stderr.split('\n').filter((line) => line.startsWith('loaded ')))] });
      });
    });
  }

  it('are loaded only by a build, explain or export of a note that holds `[^` or `$`', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'source-notes/망.md': '# 네트워크\n\n## TCP\n\n연결 지향 프로토콜이다.\n',
      'other/주석.md': '# 알고리즘\n\n## 이진 탐색\n\n탐색은 $O(\\log n)$ 이다[^1].\n\n[^1]: 알고리즘 개론\n',
    });
    expect(await runWatchingSyntax(dir, ['build'])).toEqual({ code: 0, loaded: [] });
    expect(await runWatchingSyntax(dir, ['explain', 'source-notes/망.md'])).toEqual({ code: 0, loaded: [] });
    expect(await runWatchingSyntax(dir, ['export', '--format', 'apkg', '--out', 'net.apkg'])).toEqual({ code: 0, loaded: [] });

    expect(await runWatchingSyntax(dir, ['build', 'other', '--decks', 'other-decks'])).toEqual({ code: 0, loaded: ['loaded footnote-syntax'] });
    expect(await runWatchingSyntax(dir, ['export', '--decks', 'other-decks', '--out', 'algo.csv'])).toEqual({ code: 0, loaded: ['loaded math-syntax'] });
    expect(await readFile(join(dir, 'algo.csv'), 'utf8')).toContain('<p>탐색은 \\(O(\\log n)\\) 이다<sup>1</sup>.</p><p><sup>1</sup> 알고리즘 개론</p>');
  });
});
