import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDecks } from '../src/deck/build.js';
import type { DeckFile } from '../src/deck/deck-file.js';
import { assignIds } from '../src/deck/identity.js';
import { tempDir, writeFiles, entriesOf } from './helpers.js';

const NOTE = `# AWS 기초

## 컴퓨트

> AWS Lambda

서버 없이 코드를 실행하는 서비스입니다.

이벤트 트리거만 정의하면 됩니다.

> Amazon EC2

클라우드에서 가상 서버를 제공합니다.

## 네트워킹

> Amazon Route53

DNS 웹 서비스로 도메인 이름을 IP 주소로 바꿉니다.

- 리전 : 데이터 센터가 모인 지리적 위치입니다.
- 가용영역 : 리전 안의 독립된 데이터 센터 묶음입니다.
`;

async function build(dir: string): Promise<DeckFile> {
  const report = await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
  expect(report.ok).toBe(true);
  return JSON.parse(await readFile(join(dir, 'decks', 'aws.json'), 'utf8')) as DeckFile;
}

function idsByTitle(deck: DeckFile): Map<string, string> {
  return new Map(deck.cards.map((card) => [card.title, card.id]));
}

describe('card identity across edits', () => {
  it('gives every card a distinct id', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    const deck = await build(dir);
    expect(deck.cards).toHaveLength(5);
    expect(new Set(deck.cards.map((card) => card.id)).size).toBe(5);
  });

  it('writes a byte-identical deck from the same note and the same previous deck', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    await build(dir);
    const first = await readFile(join(dir, 'decks', 'aws.json'), 'utf8');
    await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')], force: true });
    expect(await readFile(join(dir, 'decks', 'aws.json'), 'utf8')).toBe(first);
    // A separate folder with the same note gives the same bytes too.
    const other = await tempDir();
    await writeFiles(other, { 'notes/aws.md': NOTE });
    await build(other);
    expect(await readFile(join(other, 'decks', 'aws.json'), 'utf8')).toBe(first);
  });

  it('keeps ids when explanations are reworded, a title typo is fixed, and a section is moved', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    const before = idsByTitle(await build(dir));
    const edited = NOTE.replace('서버 없이 코드를 실행하는 서비스입니다.', '서버를 관리하지 않고 코드를 실행합니다.') // reworded back
      .replace('> Amazon EC2', '> Amazon EC2 (Elastic Compute Cloud)') // title edited
      .replace('## 네트워킹', '## 네트워크 서비스') // section renamed
      .replace('- 리전 : 데이터', '- 리젼 : 데이터'); // typo in a term
    await writeFile(join(dir, 'notes', 'aws.md'), edited);
    const report = await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
    const after = idsByTitle(JSON.parse(await readFile(join(dir, 'decks', 'aws.json'), 'utf8')) as DeckFile);
    expect(after.get('AWS Lambda')).toBe(before.get('AWS Lambda'));
    expect(after.get('Amazon EC2 (Elastic Compute Cloud)')).toBe(before.get('Amazon EC2'));
    expect(after.get('Amazon Route53')).toBe(before.get('Amazon Route53'));
    expect(after.get('리젼')).toBe(before.get('리전'));
    expect(report.decks[0]).toMatchObject({ added: 0, removed: 0 });
  });

  it('keeps ids when sections are reordered', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    const before = idsByTitle(await build(dir));
    const [head, compute, network] = NOTE.split(/(?=^## )/m);
    await writeFile(join(dir, 'notes', 'aws.md'), `${head}${network}\n${compute}`);
    expect(idsByTitle(await build(dir))).toEqual(before);
  });

  it('removes a deleted concept’s card, and gives it its id back when it returns', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    const before = idsByTitle(await build(dir));
    const without = NOTE.replace('> Amazon EC2\n\n클라우드에서 가상 서버를 제공합니다.\n\n', '');
    await writeFile(join(dir, 'notes', 'aws.md'), without);
    const report = await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
    expect(report.decks[0]).toMatchObject({ removed: 1, added: 0 });
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'aws.json'), 'utf8')) as DeckFile;
    expect(deck.cards.map((card) => card.title)).not.toContain('Amazon EC2');
    await writeFile(join(dir, 'notes', 'aws.md'), NOTE);
    expect(idsByTitle(await build(dir)).get('Amazon EC2')).toBe(before.get('Amazon EC2'));
  });

  it('gives a new concept a new id and does not hand it a removed card’s id', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    const before = await build(dir);
    const swapped = NOTE.replace('> Amazon EC2\n\n클라우드에서 가상 서버를 제공합니다.', '> Amazon S3\n\n객체를 무제한으로 저장하는 스토리지입니다.');
    await writeFile(join(dir, 'notes', 'aws.md'), swapped);
    const after = await build(dir);
    const s3 = after.cards.find((card) => card.title === 'Amazon S3')!;
    expect(before.cards.map((card) => card.id)).not.toContain(s3.id);
  });

  it('keeps ids when the note file is renamed', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE });
    const before = idsByTitle(await build(dir));
    await rm(join(dir, 'notes', 'aws.md'));
    await writeFiles(dir, { 'notes/aws-basics.md': NOTE.replace('이벤트 트리거만', '트리거만') });
    const report = await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'aws-basics.json'), 'utf8')) as DeckFile;
    expect(idsByTitle(deck)).toEqual(before);
    expect(report.decks.map((entry) => [entry.status, entry.added, entry.removed])).toEqual([['built', 0, 0]]);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['aws-basics.json']);
  });

  it('keeps ids when the note moves to another folder, even if only the new folder is built', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/a/aws.md': NOTE });
    await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
    // A typo fix gives a card an id that is not the hash of its new title: only the previous deck knows it.
    await writeFile(join(dir, 'notes', 'a', 'aws.md'), NOTE.replace('> Amazon EC2', '> Amazon EC2 인스턴스'));
    const before = idsByTitle(await build(dir));
    await rm(join(dir, 'notes', 'a', 'aws.md'));
    await writeFiles(dir, { 'notes/b/aws.md': NOTE.replace('> Amazon EC2', '> Amazon EC2 인스턴스') });
    const report = await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes', 'b')] });
    expect(report.decks.map((entry) => [entry.status, entry.added, entry.removed])).toEqual([['built', 0, 0]]);
    expect(idsByTitle(await build(dir))).toEqual(before);
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['aws.json']);
  });

  it('keeps the id of the card under the `#` title when the title is rewritten altogether', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws.md': NOTE.replace('# AWS 기초\n', '# AWS 기초\n\n클라우드 서비스 모음이다.\n') });
    const before = await build(dir);
    expect(before.cards[0]).toMatchObject({ title: 'AWS 기초', back: '클라우드 서비스 모음이다.' });
    await writeFiles(dir, { 'notes/aws.md': NOTE.replace('# AWS 기초\n', '# 아마존웹서비스\n\n클라우드 서비스 모음이다.\n') });
    const after = await build(dir);
    expect(after.cards[0]).toMatchObject({ title: '아마존웹서비스', id: before.cards[0]!.id });
    expect(after.cards.map((card) => card.id)).toEqual(before.cards.map((card) => card.id));
  });

  it('keeps a deck’s file name and ids when another note with the same file name appears', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes/aws/aws.md': NOTE });
    await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
    const before = idsByTitle(await build(dir));
    await writeFiles(dir, { 'notes/os/aws.md': NOTE.replace('# AWS 기초', '# 운영체제') });
    await buildDecks({ decksDir: join(dir, 'decks'), paths: [join(dir, 'notes')] });
    expect(await entriesOf(join(dir, 'decks'))).toEqual(['aws.json', 'notes-os-aws.json']);
    expect(idsByTitle(await build(dir))).toEqual(before);
  });
});

describe('assignIds', () => {
  const card = (title: string, back: string, section: string[] = []) => ({ kind: 'callout', title, back, section });

  it('does not match unrelated cards by similarity', () => {
    const previous = [{ ...card('Amazon S3', '객체 스토리지 서비스'), id: 'aaaaaaaaaaaa' }];
    const [id] = assignIds('덱', [card('AWS Lambda', '서버리스 컴퓨팅 서비스')], previous);
    expect(id).not.toBe('aaaaaaaaaaaa');
  });

  it('never gives two cards the same id, even with the same title', () => {
    const ids = assignIds('덱', [card('장점', '빠르다', ['EC2']), card('장점', '싸다', ['S3'])], []);
    expect(new Set(ids).size).toBe(2);
  });

  it('avoids ids that another deck holds', () => {
    const [first] = assignIds('덱', [card('리전', '지리적 위치')], []);
    const [second] = assignIds('덱', [card('리전', '지리적 위치')], [], (id) => id === first);
    expect(second).not.toBe(first);
  });
});
