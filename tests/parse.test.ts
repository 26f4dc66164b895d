import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { chunkStarts, needsGfm, parseMarkdown, unclosedCodeFence } from '../src/notes/parse-note.js';
import { decodeNote } from '../src/notes/read-note.js';
import { repoRoot } from './helpers.js';

/** Block types with their positions: what the extractor reads of a tree. */
function outline(tree: Root): string[] {
  return tree.children.map((node) => `${node.type}@${node.position!.start.line}:${node.position!.start.column}/${node.position!.start.offset}-${node.position!.end.offset}`);
}

describe('parseMarkdown', () => {
  it('gives the same blocks and positions when a long note is parsed in chunks', async () => {
    const note = await readFile(join(repoRoot, 'source-notes', '클라우드-컴퓨팅과-AWS의-개요.md'), 'utf8');
    const whole = parseMarkdown(note, Number.MAX_SAFE_INTEGER);
    const chunked = parseMarkdown(note, 1);
    expect(chunkStarts(note, 1).length).toBeGreaterThan(100);
    expect(outline(chunked)).toEqual(outline(whole));
    // Every node, its text and its position, down to the leaves.
    expect(JSON.stringify(chunked.children)).toBe(JSON.stringify(whole.children));
  });

  it('never cuts inside fenced code, HTML blocks, front matter or a loose list', () => {
    const note = '---\ntitle: x\n\n# not a heading\n---\n\n```\n\n# 코드 속\n\n```\n\n<!--\n\n# 주석 속\n\n-->\n\n- 하나\n\n- 둘\n\n끝\n';
    const cuts = chunkStarts(note, 1).map((offset) => note.slice(offset).split('\n')[0]);
    expect(cuts).toEqual(['---', '```', '<!--', '끝']);
    expect(outline(parseMarkdown(note, 1))).toEqual(outline(parseMarkdown(note, Number.MAX_SAFE_INTEGER)));
  });

  it('parses a note with link reference definitions whole, and reads its references as the links and images they define', () => {
    const note = `[위로][top] ![구성도][Arch]\n\n${'## 절\n\n내용.\n\n'.repeat(600)}[top]: #맨-위\n> [arch]: ./그림/arch.png "전체 구성"\n\n[arch]: ./다른.png\n`;
    expect(parseMarkdown(note, 1).children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'link', url: '#맨-위', children: [{ type: 'text', value: '위로' }] },
        { type: 'text', value: ' ' },
        // Labels match in any case; the first definition counts, even inside a quote.
        { type: 'image', url: './그림/arch.png', alt: '구성도', title: '전체 구성', position: { start: { line: 1, column: 11 } } },
      ],
    });
    // Defined only in a callout or a list item.
    expect(parseMarkdown('> 구성\n>\n> ![그림][q]\n>\n> [q]: ./q.png\n').children[0]).toMatchObject({ children: [{}, { children: [{ type: 'image', url: './q.png' }] }, { type: 'definition' }] });
    expect(parseMarkdown('- ![그림][q]\n- [q]: ./q.png\n').children[0]).toMatchObject({ children: [{ children: [{ children: [{ type: 'image', url: './q.png' }] }] }, { children: [{ type: 'definition' }] }] });
  });

  it('finds a code fence never closed, in a quote too, and none on a long line of blanks', () => {
    expect(unclosedCodeFence('# 락\n\n> ```c\n> lock(&m);\n\n## 세마포어\n')).toBe(3);
    // Quotes nested with blanks between their markers.
    expect(unclosedCodeFence('> >  ```\n> >  코드\n> >  ```\n')).toBeUndefined();
    expect(unclosedCodeFence('```\n코드\n')).toBe(1);
    // Blanks that could be split between indentation and the fence in many ways (a regex that tried each
    // split took seconds on such a line): read as no fence. Its speed is the bench's business, not a test's.
    expect(unclosedCodeFence(`# 메모\n\n${' '.repeat(100_000)}\n\n${'\t'.repeat(100_000)}x\n`)).toBeUndefined();
  });

  it('loads GFM only for notes with a table', () => {
    expect(needsGfm('| a | b |\n| --- | --- |\n| 1 | 2 |')).toBe(true);
    expect(needsGfm('a | b\n---|---')).toBe(true);
    expect(needsGfm('# 제목\n\n---\n\n본문 | 파이프')).toBe(false);
    // Blanks around each pipe, before the row and after it.
    expect(needsGfm('a | b\n \t| :--- \t|  ---: |\t ')).toBe(true);
    expect(needsGfm('a | b\n  :---: \t|\t---  ')).toBe(true);
    expect(needsGfm('a | b\n| ---   x')).toBe(false);
  });
});

describe('Obsidian image embeds', () => {
  const images = (markdown: string) => {
    const found: { url: string; alt: string | null | undefined; line: number | undefined }[] = [];
    const visit = (node: Root | Root['children'][number]): void => {
      if (node.type === 'image') found.push({ url: node.url, alt: node.alt, line: node.position?.start.line });
      if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
    };
    visit(parseMarkdown(markdown));
    return found;
  };

  it('reads `![[그림.png]]` as an image of that name, a width as no description, and leaves note embeds and code alone', () => {
    expect(images('구조는\n![[구성도.png|300]] 와 ![[다른 그림.jpg|서버 구성]]\n')).toEqual([
      { url: '구성도.png', alt: '', line: 2 },
      { url: '다른 그림.jpg', alt: '서버 구성', line: 2 },
    ]);
    expect(images('![[다른 노트]] 그리고 `![[코드.png]]`\n\n```\n![[블록.png]]\n```\n')).toEqual([]);
    // Written escaped, an embed is text, as Obsidian shows it; in a long note (parsed in chunks) too.
    expect(images('S3 \\![[로고.png]] 저장소와 ![[구성도.png]]\n')).toEqual([{ url: '구성도.png', alt: '', line: 1 }]);
    expect(images(`${'# 절\n\n문단입니다.\n\n'.repeat(400)}\\![[로고.png]] ![[끝.png]]\n`).map((image) => image.url)).toEqual(['끝.png']);
    // `\\` is a backslash shown before the image; an escape inside one embed does not lose the next escaped one.
    expect(images('\\\\![[로고.png]]\n').map((image) => image.url)).toEqual(['로고.png']);
    expect(images('![[a\\_b.png]] \\![[x.png]]\n').map((image) => image.url)).toEqual(['a_b.png']);
    // Embeds left open are not searched to the line's end from each one (that was quadratic).
    expect(images(`${'![[x.png '.repeat(2000)}![[y.png]]\n`)).toEqual([{ url: 'y.png', alt: '', line: 1 }]);
  });
});

describe('decodeNote', () => {
  it('normalises to NFC, strips the BOM and turns CRLF into LF', () => {
    const outcome = decodeNote('x.md', Buffer.from('\ufeff# 한글\r\n본문\r\n'.normalize('NFD')));
    expect(outcome).toMatchObject({ kind: 'text', note: { text: '# 한글\n본문\n' } });
  });

  it('points at the line of the first byte that is not UTF-8', () => {
    expect(() => decodeNote('x.md', Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff, 0x0a]))).toThrow(/^x\.md:3: the note is not valid UTF-8/);
  });
});

describe('amgi as a library', () => {
  it('reads NFD text as NFC, names a review log that is not one, and refuses an export format it does not make', async () => {
    const amgi = await import('../src/index.js');
    const { cards } = amgi.cardsFromText('# 클라우드\n\n## 인프라\n\n- 리전 : 데이터 센터의 묶음\n'.normalize('NFD'));
    expect(cards.map((card) => card.front)).toEqual(['인프라', '인프라 › 리전이란?']);
    expect(() => amgi.parseReviewLog('foo\n1\n')).toThrow(amgi.ReviewLogFormatError);
    await expect(amgi.exportDecks({ decksDir: '.', format: 'pdf' as 'csv' })).rejects.toThrow(amgi.UserError);
  });
});
