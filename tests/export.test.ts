import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownToFieldHtml, parsedFieldHtml, plainParagraphsHtml } from '../src/export/html.js';
import { frontToFieldHtml } from '../src/export/anki-notes.js';
import { amgiBin, cardsOf, repoRoot, runAmgi, tempDir, writeFiles } from './helpers.js';

const NOTE = `# 보안 기초

## 웹 공격

> XSS

공격자가 \`<script>\` 태그를 심는 공격입니다. A & B, 1 < 2 > 0.

<script>alert("노트에 쓴 스크립트")</script>

> SQL Injection

"따옴표"와\t탭이 들어간 설명.

\`\`\`c
#include <stdio.h>
int main() { return 0; }
\`\`\`

# 제목처럼 보이는 줄은 코드 밖에서도

- 용어 : 설명

![구조](./img/diagram.png)

## 네트워크

> 방화벽

트래픽을 걸러냅니다.
`;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

interface CsvFile {
  headers: Map<string, string>;
  rows: string[][];
  text: string;
}

/** Read an export back with an independent CSV parser, as Anki 2.1.55+ does: `#` lines are headers. */
async function readCsv(path: string): Promise<CsvFile> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  const headers = new Map<string, string>();
  let n = 0;
  for (; lines[n]?.startsWith('#'); n++) {
    const [key, ...value] = lines[n]!.slice(1).split(':');
    headers.set(key!.trim().toLowerCase(), value.join(':'));
  }
  const rows = parse(lines.slice(n).join('\n'), { delimiter: '\t', relax_column_count: true, skip_empty_lines: true }) as string[][];
  return { headers, rows, text };
}

async function setUp(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'source-notes/보안.md': NOTE, 'source-notes/img/diagram.png': PNG });
  expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
  return dir;
}

describe('amgi export --format csv', () => {
  it('writes a file that follows Anki’s import rules', async () => {
    const dir = await setUp();
    const result = await runAmgi(['export'], { cwd: dir });
    expect(result.code).toBe(0);
    const csv = await readCsv(join(dir, 'decks', '보안.csv'));
    // No BOM, LF line ends, no raw newline inside any field: one physical line per record.
    expect(csv.text.charCodeAt(0)).toBe('#'.charCodeAt(0));
    expect(csv.text).not.toContain('\r');
    expect(csv.text.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(csv.rows.length);
    // Headers: separator first, every column number valid.
    expect(csv.text.startsWith('#separator:tab\n#html:true\n')).toBe(true);
    expect(Object.fromEntries(csv.headers)).toMatchObject({ notetype: 'Basic', 'tags column': '3', 'deck column': '4', 'guid column': '5', 'if matches': 'update current', 'match scope': 'notetype' });
    // Every row the same width, every field quoted, GUIDs unique and non-empty, fronts unique.
    expect(new Set(csv.rows.map((row) => row.length))).toEqual(new Set([5]));
    for (const line of csv.text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).toMatch(/^"(?:[^"]|"")*"(\t"(?:[^"]|"")*")*$/);
    const guids = csv.rows.map((row) => row[4]!);
    // GUID = the card's stable id, namespaced by this notes folder's id (decks/.amgi-id).
    const folderId = (await readFile(join(dir, 'decks', '.amgi-id'), 'utf8')).trim();
    const deck = JSON.parse(await readFile(join(dir, 'decks', '보안.json'), 'utf8')) as { cards: { id: string }[] };
    expect(guids).toEqual(deck.cards.map((card) => `amgi-${folderId}-${card.id}`));
    expect(new Set(guids).size).toBe(guids.length);
    expect(new Set(csv.rows.map((row) => row[0])).size).toBe(csv.rows.length);
    expect(csv.rows.map((row) => row[0])).toEqual(['웹 공격 › XSS', '웹 공격 › SQL Injection', '제목처럼 보이는 줄은 코드 밖에서도', '제목처럼 보이는 줄은 코드 밖에서도 › 용어란?', '네트워크 › 방화벽']);
    expect(csv.rows.map((row) => row[3])).toEqual(Array(5).fill('보안 기초'));
    expect(csv.rows[0]![2]).toBe('amgi 웹_공격');
  });

  it('escapes text from notes and keeps structure as HTML', async () => {
    const dir = await setUp();
    await runAmgi(['export'], { cwd: dir });
    const { rows } = await readCsv(join(dir, 'decks', '보안.csv'));
    const xss = rows[0]![1]!;
    expect(xss).toContain('<code>&lt;script&gt;</code>');
    expect(xss).toContain('A &amp; B, 1 &lt; 2 &gt; 0.');
    expect(xss).toContain('&lt;script&gt;alert("노트에 쓴 스크립트")&lt;/script&gt;');
    expect(xss).not.toMatch(/<script/i);
    const sql = rows[1]![1]!;
    expect(sql).toContain('"따옴표"와\t탭이 들어간 설명.');
    expect(sql).toContain('<pre><code class="language-c">#include &lt;stdio.h&gt;<br>int main() { return 0; }</code></pre>');
  });

  it('shows a multiple-choice question’s lettered choices on the front, a line each, and the answer with the choices it names on the back', async () => {
    const dir = await tempDir();
    const listed = '## Q. 비용을 줄이는 방법은? (2개 선택)\n\n- A. 예약 인스턴스\n- B. 온디맨드\n- C. 스팟 인스턴스\n\n정답: A, C\n';
    await writeFiles(dir, { 'source-notes/퀴즈.md': `# 네트워크 퀴즈\n\n## Q. 다음 중 TCP의 특징이 아닌 것은?\n\nA. 연결 지향\nB. 비연결성\n\n**A.** B\n\n비연결성은 UDP의 특징이다.\n\n${listed}` });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    expect((await runAmgi(['export'], { cwd: dir })).code).toBe(0);
    const { rows } = await readCsv(join(dir, 'decks', '퀴즈.csv'));
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['다음 중 TCP의 특징이 아닌 것은?<br>A. 연결 지향<br>B. 비연결성', '<p>B</p><ul><li>B. 비연결성</li></ul><p>비연결성은 UDP의 특징이다.</p>'],
      ['비용을 줄이는 방법은? (2개 선택)<br>A. 예약 인스턴스<br>B. 온디맨드<br>C. 스팟 인스턴스', '<p>정답: A, C</p><ul><li>A. 예약 인스턴스</li><li>C. 스팟 인스턴스</li></ul>'],
    ]);
  });

  it('writes prose boxed in a fence with no language as a quote that wraps, a line each, and code as a code block', async () => {
    const dir = await tempDir();
    const note = [
      '# 퀴즈',
      '## 1. 세션이 자꾸 끊기는 이유는 무엇일까요?',
      '```',
      '고정 세션이 꺼져 있어 요청마다 다른 인스턴스로 가고, 그때마다 다시 로그인해야 합니다.',
      'https://example.com/docs/sticky_sessions',
      '- 쿠키 이름은 <AWSALB>',
      '```',
      '## 2. 웹 서버 설치',
      '```',
      'yum install -y httpd',
      '웹 서버를 설치한다',
      '```',
      '',
    ].join('\n');
    await writeFiles(dir, { 'source-notes/퀴즈.md': note });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    expect((await runAmgi(['export'], { cwd: dir })).code).toBe(0);
    const { rows } = await readCsv(join(dir, 'decks', '퀴즈.csv'));
    expect(rows.map((row) => row[1])).toEqual([
      // A paragraph, not <pre>: Anki wraps it on a phone. Each line as written, the URL and `<…>` as text.
      '<blockquote><p>고정 세션이 꺼져 있어 요청마다 다른 인스턴스로 가고, 그때마다 다시 로그인해야 합니다.<br>https://example.com/docs/sticky_sessions<br>- 쿠키 이름은 &lt;AWSALB&gt;</p></blockquote>',
      '<pre><code>yum install -y httpd<br>웹 서버를 설치한다</code></pre>',
    ]);
  });

  it('writes TeX math in a front as in a back, for Anki’s MathJax, and a price in a front as text', async () => {
    const dir = await tempDir();
    const note = '# 알고리즘\n\n## $O(n \\log n)$ 정렬\n\n병합 정렬이 $O(n \\log n)$이다.\n\n## 요금\n\n- $5 요금 : 월 $5 정도\n- **A & B** : `$x$` 변수\n';
    await writeFiles(dir, { 'source-notes/알고리즘.md': note });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    expect((await runAmgi(['export'], { cwd: dir })).code).toBe(0);
    const { rows } = await readCsv(join(dir, 'decks', '알고리즘.csv'));
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['\\(O(n \\log n)\\) 정렬', '<p>병합 정렬이 \\(O(n \\log n)\\)이다.</p>'],
      ['요금', '<ul><li>$5 요금</li><li>A &amp; B</li></ul>'],
      ['요금 › $5 요금이란?', '<p>월 $5 정도</p>'],
      ['요금 › A &amp; B란?', '<p><code>$x$</code> 변수</p>'],
    ]);
  });

  it('legacy importers read it too: drop # lines, equal row widths', async () => {
    const dir = await setUp();
    await runAmgi(['export'], { cwd: dir });
    const text = await readFile(join(dir, 'decks', '보안.csv'), 'utf8');
    const legacy = text.split('\n').filter((line) => !/^#.*$/.test(line)).join('\n');
    const rows = parse(legacy, { delimiter: '\t', skip_empty_lines: true }) as string[][];
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });

  it('refuses an --out named for the other format, saying which option was meant', async () => {
    const dir = await setUp();
    const csv = await runAmgi(['export', '--out', 'cloud.apkg'], { cwd: dir });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toBe('amgi: --out cloud.apkg: a CSV export needs a name ending in .csv (for a package, add --format apkg).\n');
    const apkg = await runAmgi(['export', '--format', 'apkg', '--out', 'cloud.csv'], { cwd: dir });
    expect(apkg.stderr).toBe('amgi: --out cloud.csv: an .apkg export needs a name ending in .apkg (for a CSV, leave out --format apkg).\n');
    expect((await runAmgi(['export', '--out', 'cloud.txt'], { cwd: dir })).stderr).toBe('amgi: --out cloud.txt: a CSV export needs a name ending in .csv.\n');
    expect(existsSync(join(dir, 'cloud.apkg')) || existsSync(join(dir, 'cloud.csv'))).toBe(false);
  });

  it('writes into --out /dev/stdout, with the report on stderr and the images beside the deck file', async () => {
    const dir = await setUp();
    const piped = await runAmgi(['export', '--out', '/dev/stdout'], { cwd: dir });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.startsWith('#separator:tab\n#html:true\n')).toBe(true);
    expect(piped.stdout.split('\n').filter((line) => line.startsWith('"'))).toHaveLength(5);
    expect(piped.stderr).toContain('보안 기초  →  /dev/stdout (5 notes, 1 image in decks/보안.media/)');
    expect(await readdir(join(dir, 'decks', '보안.media'))).toHaveLength(1);
    // Redirected to a file, /dev/stdout leads to a regular file: still the open output, whatever its name.
    const { execFileSync } = await import('node:child_process');
    execFileSync('/bin/sh', ['-c', `'${process.execPath}' '${amgiBin}' export --format apkg --out /dev/stdout > out.apkg 2>/dev/null`], { cwd: dir });
    expect(Object.keys(unzipSync(await readFile(join(dir, 'out.apkg'))))).toEqual(expect.arrayContaining(['collection.anki2', 'media']));
    await writeFiles(dir, { 'source-notes/둘.md': '# 둘\n\n> 하나\n\n설명.\n' });
    await runAmgi(['build'], { cwd: dir });
    const two = await runAmgi(['export', '--out', '/dev/stdout'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('--out /dev/stdout is a device or pipe, which takes one deck: 2 decks are exported.');
  });

  it('copies images flat beside the CSV and points the field at them', async () => {
    const dir = await setUp();
    await writeFiles(dir, { 'source-notes/보안.md': `${NOTE}\n![없는 그림](./img/none.png)\n` });
    await runAmgi(['build'], { cwd: dir });
    const result = await runAmgi(['export'], { cwd: dir });
    const media = await readdir(join(dir, 'decks', '보안.media'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/^amgi-[0-9a-f]{12}-diagram\.png$/);
    expect(await readFile(join(dir, 'decks', '보안.media', media[0]!))).toEqual(PNG);
    const { rows } = await readCsv(join(dir, 'decks', '보안.csv'));
    const term = rows.find((row) => row[0]!.includes('용어'))!;
    expect(rows.find((row) => row[0]!.includes('방화벽'))![1]).toContain('[그림 없음: 없는 그림 · ./img/none.png]');
    expect(rows.some((row) => row[1]!.includes(`<img src="${media[0]}" alt="구조">`))).toBe(true);
    expect(term).toBeDefined();
    expect(result.stdout).toContain(`warning: source-notes/보안.md:${NOTE.split('\n').length + 1}: image not found: ./img/none.png`);
    expect(result.stdout).toContain('collection.media');
  });

  it('writes an image held in the note as a data: address as a media file, in the CSV and in the package', async () => {
    const dir = await tempDir();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
    const note = `# 네트워크\n\n## 구성\n\n> 서브넷\n\nVPC를 나눈 구역.\n\n![구성도](data:image/png;base64,${Buffer.from(PNG).toString('base64')})\n\n> 라우터\n\n패킷을 전달한다. <img src="data:image/svg+xml,${encodeURIComponent(svg)}" alt="기호">\n`;
    await writeFiles(dir, { 'notes/net.md': note });
    const built = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(built.stdout).not.toContain('warning');
    const csv = await runAmgi(['export'], { cwd: dir });
    expect(csv.stdout).toContain('네트워크  →  decks/net.csv (2 notes, 2 images in decks/net.media/)');
    const media = (await readdir(join(dir, 'decks', 'net.media'))).sort();
    expect(media.map((name) => name.replace(/^amgi-[0-9a-f]{12}-/, '')).sort()).toEqual(['image.png', 'image.svg']);
    const png = media.find((name) => name.endsWith('.png'))!;
    expect(await readFile(join(dir, 'decks', 'net.media', png))).toEqual(PNG);
    expect(await readFile(join(dir, 'decks', 'net.media', media.find((name) => name.endsWith('.svg'))!), 'utf8')).toBe(svg);
    const { rows } = await readCsv(join(dir, 'decks', 'net.csv'));
    expect(rows.find((row) => row[0]!.includes('서브넷'))![1]).toContain(`<img src="${png}" alt="구성도">`);
    expect(rows.map((row) => row[1]).join('')).not.toContain('data:');
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).stdout).toContain('(2 notes, 2 images inside)');
  });

  it('warns of missing images as build does: in line order, the note named as typed from where amgi runs', async () => {
    const dir = await tempDir();
    // The section's card and its items' cards list the same images: each is warned of once, in line order.
    const note = '# 오토 스케일링\n\n## AS 생성\n\n1. 시작 템플릿 생성\n   - ![하나](./img/one.png)\n2. 상태 체크 선택\n  - 기본 상태 검사는 EC2 상태만 본다.\n  - ![둘](./img/two.png)\n3. 생성\n  - ![셋](./img/three.png)\n';
    await writeFiles(dir, { 'project/notes/aws.md': note });
    const project = join(dir, 'project');
    const built = await runAmgi(['build', 'notes'], { cwd: project });
    const missing = ['6: image not found: ./img/one.png', '9: image not found: ./img/two.png', '11: image not found: ./img/three.png'];
    expect(built.stdout).toContain(missing.map((line) => `  warning: notes/aws.md:${line}`).join('\n'));
    const here = await runAmgi(['export'], { cwd: project });
    expect(here.stdout).toContain(missing.map((line) => `  warning: notes/aws.md:${line}`).join('\n'));
    const above = await runAmgi(['--decks', 'project/decks', 'export'], { cwd: dir });
    expect(above.stdout).toContain(missing.map((line) => `  warning: project/notes/aws.md:${line}`).join('\n'));
    const json = JSON.parse((await runAmgi(['--decks', 'project/decks', 'export', '--json'], { cwd: dir })).stdout) as { decks: { warnings: { path: string; line: number }[] }[] };
    expect(json.decks[0]!.warnings.map(({ path, line }) => `${path}:${line}`)).toEqual(['project/notes/aws.md:6', 'project/notes/aws.md:9', 'project/notes/aws.md:11']);
  });

  it('refuses a damaged .amgi-id or .anki-export.json, naming it, rather than start them afresh and make every note new or changed to Anki', async () => {
    const dir = await setUp();
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const idFile = join(dir, 'decks', '.amgi-id');
    await writeFile(idFile, 'x\n');
    const badId = await runAmgi(['export'], { cwd: dir });
    expect(badId.code).toBe(1);
    expect(badId.stderr).toContain('.amgi-id is damaged');
    expect(await readFile(idFile, 'utf8')).toBe('x\n');
    await rm(idFile);
    expect((await runAmgi(['export'], { cwd: dir })).code).toBe(0); // deleted on purpose: a new one
    const stateFile = join(dir, 'decks', '.anki-export.json');
    await writeFile(stateFile, '{bad');
    const badState = await runAmgi(['export', '--format', 'apkg'], { cwd: dir });
    expect(badState.code).toBe(1);
    expect(badState.stderr).toContain('.anki-export.json is damaged');
    expect(badState.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(stateFile, 'utf8')).toBe('{bad');
  });

  it('copies only image files: a note naming another file as an image (/etc/passwd, a key) does not put it in the export', async () => {
    const dir = await setUp();
    await writeFiles(dir, { 'source-notes/보안.md': `${NOTE}
![키](../secret.key) <img src="/etc/passwd">
`, 'secret.key': 'PRIVATE' });
    const built = await runAmgi(['build'], { cwd: dir });
    expect(built.stdout).toContain('not an image file: ../secret.key');
    const result = await runAmgi(['export', '--format', 'apkg'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('not an image file: /etc/passwd');
    expect((await runAmgi(['export'], { cwd: dir })).code).toBe(0);
    const media = await readdir(join(dir, 'decks', '보안.media'));
    expect(media.every((name) => name.endsWith('.png'))).toBe(true);
    // In the package, the media map names the diagram only, and no file holds the key.
    const files = unzipSync(new Uint8Array(await readFile(join(dir, 'decks', '보안.apkg'))));
    expect(Object.values(JSON.parse(new TextDecoder().decode(files['media']!)) as Record<string, string>).every((name) => name.endsWith('.png'))).toBe(true);
    expect(Object.values(files).some((bytes) => Buffer.from(bytes).toString('latin1') === 'PRIVATE')).toBe(false);
  });

  it('keeps every GUID across edits: edited cards keep theirs, removed ones go, new ones are new', async () => {
    const dir = await setUp();
    await runAmgi(['export'], { cwd: dir });
    const before = new Map((await readCsv(join(dir, 'decks', '보안.csv'))).rows.map((row) => [row[0]!, row[4]!]));
    const edited = NOTE.replace('트래픽을 걸러냅니다.', '들어오고 나가는 트래픽을 규칙으로 걸러냅니다.')
      .replace('> SQL Injection', '> SQL 인젝션(SQL Injection)')
      .replace('- 용어 : 설명\n', '')
      .concat('\n> VPN\n\n암호화된 터널입니다.\n');
    await writeFile(join(dir, 'source-notes', '보안.md'), edited);
    await runAmgi(['build'], { cwd: dir });
    await runAmgi(['export'], { cwd: dir });
    const after = new Map((await readCsv(join(dir, 'decks', '보안.csv'))).rows.map((row) => [row[0]!, row[4]!]));
    expect(after.get('웹 공격 › XSS')).toBe(before.get('웹 공격 › XSS'));
    expect(after.get('네트워크 › 방화벽')).toBe(before.get('네트워크 › 방화벽'));
    expect(after.get('웹 공격 › SQL 인젝션(SQL Injection)')).toBe(before.get('웹 공격 › SQL Injection'));
    expect([...after.values()]).not.toContain(before.get('제목처럼 보이는 줄은 코드 밖에서도 › 용어란?'));
    expect([...before.values()]).not.toContain(after.get('네트워크 › VPN'));
    expect(after.size).toBe(5);
  });

  it('tells that a card deleted from a note stays in Anki, since an import never deletes, for a CSV and a package', async () => {
    const dir = await setUp();
    for (const format of ['csv', 'apkg']) {
      const { code, stdout } = await runAmgi(['export', '--format', format], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toContain('A card you delete from a note (or a note you delete) stays in Anki, as an import never deletes: delete it there.');
    }
  });

  it('puts sections in subdecks with --subdecks, and asks for another note type with --notetype', async () => {
    const dir = await setUp();
    await runAmgi(['export', '--subdecks', '--notetype', '기본'], { cwd: dir });
    const csv = await readCsv(join(dir, 'decks', '보안.csv'));
    expect(csv.headers.get('notetype')).toBe('기본');
    expect(csv.rows.map((row) => row[3])).toEqual([
      '보안 기초::웹 공격',
      '보안 기초::웹 공격',
      '보안 기초::제목처럼 보이는 줄은 코드 밖에서도',
      '보안 기초::제목처럼 보이는 줄은 코드 밖에서도',
      '보안 기초::제목처럼 보이는 줄은 코드 밖에서도::네트워크', // a second # heading is a section
    ]);
  });
});

describe('what review of the export taught', () => {
  it('gives two notes folders different GUIDs for the same notes, and keeps a folder’s GUIDs', async () => {
    const one = await setUp();
    const two = await setUp();
    for (const dir of [one, two, one]) await runAmgi(['export'], { cwd: dir });
    const guidsOf = async (dir: string) => (await readCsv(join(dir, 'decks', '보안.csv'))).rows.map((row) => row[4]);
    const first = await guidsOf(one);
    expect(await guidsOf(two)).not.toEqual(first);
    await runAmgi(['export'], { cwd: one });
    expect(await guidsOf(one)).toEqual(first);
  });

  it('shows an <img> inside other HTML as an image, with its media copied, and drops the markup that only centres it', async () => {
    const dir = await setUp();
    await writeFiles(dir, { 'source-notes/보안.md': `${NOTE}\n<p align="center"><img src="./img/diagram.png" width="500" alt="가운데"></p>\n` });
    const build = await runAmgi(['build'], { cwd: dir });
    expect(build.stdout).not.toContain('image not found');
    await runAmgi(['export'], { cwd: dir });
    const { rows } = await readCsv(join(dir, 'decks', '보안.csv'));
    const back = rows.find((row) => row[0] === '네트워크 › 방화벽')![1]!;
    // The paragraph that centres it on GitHub is layout, not text to show around the picture.
    expect(back).toMatch(/<img src="amgi-[0-9a-f]{12}-diagram\.png" alt="가운데" width="500">$/);
    expect(back).not.toContain('&lt;p');
  });

  it('strikes through ~~text~~ in a field, and keeps a range written with one tilde as text', () => {
    expect(markdownToFieldHtml('~~옛 방식~~ 새 방식, 1~10 중 3~5일', () => undefined).html).toBe('<p><del>옛 방식</del> 새 방식, 1~10 중 3~5일</p>');
  });

  it('writes TeX math as Anki’s MathJax reads it, \\(…\\) and \\[…\\] on one line, and leaves prices in dollars as text', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('조회 시간은 $O(\\log n)$이다.')).toBe('<p>조회 시간은 \\(O(\\log n)\\)이다.</p>');
    expect(field('트리의 높이:\n\n$$\nh = \\lceil \\log_m n \\rceil\n$$')).toBe('<p>트리의 높이:</p><p>\\[h = \\lceil \\log_m n \\rceil\\]</p>');
    expect(field('$a_1 < b_1$, `$x$`는 코드')).toBe('<p>\\(a_1 &lt; b_1\\), <code>$x$</code>는 코드</p>');
    // Prices: the pairs micromark would read as math are not what Typora or Pandoc read as math.
    expect(field('온디맨드는 $5 이고 예약은 $3 이다')).toBe('<p>온디맨드는 $5 이고 예약은 $3 이다</p>');
    expect(field('- Standard: $0.023/GB\n- Glacier: $0.004/GB')).toBe('<ul><li>Standard: $0.023/GB</li><li>Glacier: $0.004/GB</li></ul>');
    expect(field('월 $5-$10 사이, 면적은 $x^2$')).toBe('<p>월 $5-$10 사이, 면적은 \\(x^2\\)</p>');
  });

  it('reads TeX math after a price on the same line, as Pandoc does: a `$` that opens no math leaves the next one free to', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('가격은 $5 이고 수식은 $x$ 이다')).toBe('<p>가격은 $5 이고 수식은 \\(x\\) 이다</p>');
    expect(field('$5 그리고 $10 그리고 $20 그리고 $30, 변수 $y$')).toBe('<p>$5 그리고 $10 그리고 $20 그리고 $30, 변수 \\(y\\)</p>');
    expect(field('수식 $x$5 원')).toBe('<p>수식 $x$5 원</p>'); // a closing `$` before a digit closes nothing
    expect(frontToFieldHtml('요금 $5 와 $O(n)$ 정렬')).toBe('요금 $5 와 \\(O(n)\\) 정렬');
  });

  it('drops TeX `%` comments from math put on one line, which would comment out the rest, and keeps `\\%`', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('점화식:\n\n$$\nT(n) = 2T(n/2) % 분할\n  + n % 병합\n$$')).toBe('<p>점화식:</p><p>\\[T(n) = 2T(n/2) + n\\]</p>');
    expect(field('비율 $50\\% + x % 주석\ny$ 이다')).toBe('<p>비율 \\(50\\% + x y\\) 이다</p>');
  });

  it('keeps TeX math as written from highlights and wikilinks, which are read only outside it', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('등식 $a==b$ 그리고 $c==d$')).toBe('<p>등식 \\(a==b\\) 그리고 \\(c==d\\)</p>');
    expect(field('첨자 $x_{[[1]]}$ 와 [[그래프]] 노트')).toBe('<p>첨자 \\(x_{[[1]]}\\) 와 그래프 노트</p>');
    expect(field('==중요== 식은 $y==z$')).toBe('<p><mark>중요</mark> 식은 \\(y==z\\)</p>');
  });

  it('shows a link to a heading of the note as its text, which leads nowhere on a card, and keeps other links', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('가상 메모리는 [페이지](#페이징)로 관리된다. [문서](https://example.com/vm)를 본다.')).toBe(
      '<p>가상 메모리는 페이지로 관리된다. <a href="https://example.com/vm">문서</a>를 본다.</p>',
    );
    expect(field('- [**세그멘테이션**](#세그멘테이션) 참고')).toBe('<ul><li><strong>세그멘테이션</strong> 참고</li></ul>');
  });

  it('shows a link to another note or a file by its path as its text, which Anki has not, and keeps web and mail links', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('자세한 건 [동기화 노트](./동기화.md)와 [목차](../README.md), [설정](/docs/설정.md#락) 참고.')).toBe('<p>자세한 건 동기화 노트와 목차, 설정 참고.</p>');
    expect(field('[교착 상태](교착%20상태.md)를 본다.')).toBe('<p>교착 상태를 본다.</p>');
    expect(field('[표준](https://example.com/tcp), [메일](mailto:a@example.com), [같은 스킴](//example.com/a)')).toBe(
      '<p><a href="https://example.com/tcp">표준</a>, <a href="mailto:a@example.com">메일</a>, <a href="//example.com/a">같은 스킴</a></p>',
    );
  });

  it('keeps tags that only style text (x<sup>2</sup>, <u>…</u>) as elements, and shows other tags and unpaired ones as text', () => {
    const html = (markdown: string) => parsedFieldHtml(markdown, () => undefined).html;
    expect(html('[(최악치 - 최적치) / 6]<sup>2</sup> 이다')).toBe('<p>[(최악치 - 최적치) / 6]<sup>2</sup> 이다</p>');
    expect(html('<u>Buffer 교체</u> 정책과 <script>x</script>')).toBe('<p><u>Buffer 교체</u> 정책과 &lt;script&gt;x&lt;/script&gt;</p>');
    expect(html('H<sub>2</sub>O 와 <sup>짝 없음')).toBe('<p>H<sub>2</sub>O 와 &lt;sup&gt;짝 없음</p>');
    expect(html('<sup onclick="x()">1</sup>')).toBe('<p>&lt;sup onclick="x()"&gt;1&lt;/sup&gt;</p>');
    // Around whole blocks a tag is not a style of text: it stays text.
    expect(html('<u>\n\n문단\n\n</u>')).toBe('&lt;u&gt;<p>문단</p>&lt;/u&gt;');
  });

  it('keeps a line break between two inline elements, so their words do not run together', () => {
    const html = (markdown: string) => parsedFieldHtml(markdown, () => undefined).html;
    expect(html('**프로세스**\n**스레드**\n`malloc`\n[링크](http://a.com)')).toBe('<p><strong>프로세스</strong><br><strong>스레드</strong><br><code>malloc</code><br><a href="http://a.com">링크</a></p>');
    expect(html('- **A**\n- **B**\n\n다음 문단')).toBe('<ul><li><strong>A</strong></li><li><strong>B</strong></li></ul><p>다음 문단</p>');
  });

  it('shows a tag a sentence is about as text, and drops only the tags that lay out a picture', () => {
    const html = (markdown: string) => parsedFieldHtml(markdown, (src) => (src.includes('없는') ? undefined : `m-${src.slice(2)}`)).html;
    expect(html('HTML에서 <div>는 블록 요소이고 <span>은 인라인 요소이다.')).toBe('<p>HTML에서 &lt;div&gt;는 블록 요소이고 &lt;span&gt;은 인라인 요소이다.</p>');
    // At the start of a line (an HTML block to Markdown), in a list or a quote, the tag is still the subject.
    expect(html('<div>는 블록 요소이다.')).toBe('&lt;div&gt;는 블록 요소이다.');
    expect(html('- <div>는 블록 요소이다.')).toBe('<ul><li>&lt;div&gt;는 블록 요소이다.</li></ul>');
    expect(html('> <p>태그는 문단을 만든다.')).toBe('<blockquote>&lt;p&gt;태그는 문단을 만든다.</blockquote>');
    expect(html('<p align="center"><img src="./a.png"><br>그림 1</p>')).toBe('<img src="m-a.png" alt=""><br>그림 1');
    expect(html('<p align="center">\n  <img src="./a.png">\n</p>')).toBe('<img src="m-a.png" alt="">');
    // A size in pixels the note gives the picture is kept; a percentage is not a size Anki's fields take here.
    expect(html('<p align="center"><img src="./a.png" width=300 height="200px" alt="구성"></p>')).toBe('<img src="m-a.png" alt="구성" width="300" height="200">');
    expect(html('설명 <img src="./a.png" width="50%"> 끝')).toBe('<p>설명 <img src="m-a.png" alt=""> 끝</p>');
    // A `>` inside a quoted attribute does not end the tag.
    expect(html('<img src="./a.png" alt="a > b"> 끝')).toBe('<p><img src="m-a.png" alt="a > b"> 끝</p>');
    // Attributes are read one by one: a size written inside the description is the description's; 0 is no size.
    expect(html('설명 <img src="./a.png" alt=" width=9999 " width="0"> 끝')).toBe('<p>설명 <img src="m-a.png" alt=" width=9999 "> 끝</p>');
    expect(html('<p align="center">\n첫 줄<br>\n둘째 줄\n</p>')).toBe('첫 줄<br>둘째 줄');
    expect(html('<span><img src="./a.png"></span>')).toBe('<p><img src="m-a.png" alt=""></p>');
    expect(html('<p align="center"><img src="./없는.png" alt="구성도"></p>')).toBe('[그림 없음: 구성도 · ./없는.png]');
    // On a line of its own with other text, a tag is text, even in a block that centres a picture.
    expect(html('<div align="center"><img src="./a.png"></div>\n설명 <p>태그</p>')).toBe('<img src="m-a.png" alt=""><br> 설명 &lt;p&gt;태그&lt;/p&gt;');
    expect(html('<div class="note">\n<script>alert(1)</script>\n</div>')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('finds an image whose file name is NFD Hangul (as macOS writes it) in build and export, and escapes an <img> alt once', async () => {
    const dir = await setUp();
    const nfdFolder = '그림들'.normalize('NFD');
    await writeFiles(dir, {
      [`source-notes/${nfdFolder}/${'구성도'.normalize('NFD')}.png`]: PNG,
      'source-notes/보안.md': `${NOTE}\n![구성도](./그림들/구성도.png)\n\n<img src="./그림들/구성도.png" alt="A &amp; B &lt; C">\n`,
    });
    const built = await runAmgi(['build'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout + built.stderr).not.toContain('image not found'); // build and export agree it is there
    const result = await runAmgi(['export'], { cwd: dir });
    expect(result.stdout + result.stderr).not.toContain('image not found');
    const back = (await readCsv(join(dir, 'decks', '보안.csv'))).rows.find((row) => row[0] === '네트워크 › 방화벽')![1]!;
    expect(back).not.toContain('그림 없음');
    expect(back).toMatch(/<img src="amgi-[0-9a-f]{12}\.png" alt="구성도">/);
    // The alt means `A & B < C`: `&` escaped once; `<` needs no escape inside a quoted attribute.
    expect(back).toMatch(/<img src="amgi-[0-9a-f]{12}\.png" alt="A &amp; B < C">/);
  });

  it('keeps fronts unique across notes that share a deck name', async () => {
    const dir = await setUp();
    await writeFiles(dir, { 'source-notes/보안2.md': '# 보안 기초\n\n## 웹 공격\n\n> XSS\n\n다른 노트의 XSS 설명.\n' });
    await runAmgi(['build'], { cwd: dir });
    await runAmgi(['export', '--out', 'out/'], { cwd: dir });
    const fronts = [...(await readCsv(join(dir, 'out', '보안.csv'))).rows, ...(await readCsv(join(dir, 'out', '보안2.csv'))).rows].map((row) => row[0]);
    expect(new Set(fronts).size).toBe(fronts.length);
  });

  it('tells a repeated front apart by something it does not already say', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'source-notes/리전1.md': '# 같은 덱\n\n## 리전\n\nAWS가 데이터 센터를 묶어 둔 지역.\n',
      'source-notes/리전2.md': '# 같은 덱\n\n## 리전\n\n서울 리전은 ap-northeast-2 입니다.\n',
    });
    await runAmgi(['build'], { cwd: dir });
    await runAmgi(['export', '--subdecks', '--out', 'out/'], { cwd: dir });
    const fronts = (await Promise.all(['리전1', '리전2'].map(async (slug) => (await readCsv(join(dir, 'out', `${slug}.csv`))).rows))).flat().map((row) => row[0]);
    expect(fronts).toHaveLength(2);
    expect(fronts).toContain('리전');
    expect(fronts).toContain('리전 (source-notes/리전2.md)');
    // Anki takes `같은 덱` and `같은 DECK` for one deck: a front repeated across them is told apart too,
    // whether both are exported or only one (the other's fronts are taken first).
    await writeFiles(dir, { 'source-notes/리전2.md': '# 같은 Deck\n\n## 리전\n\n서울 리전은 ap-northeast-2 입니다.\n' });
    await writeFiles(dir, { 'source-notes/리전1.md': '# 같은 deck\n\n## 리전\n\nAWS가 데이터 센터를 묶어 둔 지역.\n' });
    await runAmgi(['build'], { cwd: dir });
    expect((await runAmgi(['export', '--out', 'cased/'], { cwd: dir })).code).toBe(0);
    const cased = (await Promise.all(['리전1', '리전2'].map(async (slug) => (await readCsv(join(dir, 'cased', `${slug}.csv`))).rows))).flat().map((row) => row[0]);
    expect(cased).toEqual(['리전', '리전 (source-notes/리전2.md)']);
    expect((await runAmgi(['export', 'decks/리전2.json', '--out', 'one.csv'], { cwd: dir })).code).toBe(0);
    expect((await readCsv(join(dir, 'one.csv'))).rows.map((row) => row[0])).toEqual(['리전 (source-notes/리전2.md)']);
  });

  it('gives a card the same front whichever decks an export names, and in whatever order', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'source-notes/리전1.md': '# 같은 덱\n\n## 리전\n\nAWS가 데이터 센터를 묶어 둔 지역.\n',
      'source-notes/리전2.md': '# 같은 덱\n\n## 리전\n\n서울 리전은 ap-northeast-2 입니다.\n',
    });
    await runAmgi(['build'], { cwd: dir });
    const frontOf = async (args: string[], slug: string) => {
      const result = await runAmgi(['export', ...args, '--out', `out-${args.join('-')}/`], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      return (await readCsv(join(dir, `out-${args.join('-')}`, `${slug}.csv`))).rows[0]![0];
    };
    const whole = await frontOf([], '리전2');
    expect(whole).toBe('리전 (source-notes/리전2.md)');
    expect(await frontOf(['decks/리전2.json'], '리전2')).toBe(whole);
    expect(await frontOf(['decks/리전2.json', 'decks/리전1.json'], '리전2')).toBe(whole);
    expect(await frontOf(['decks/리전1.json'], '리전1')).toBe('리전');
    // The name both notes have names both decks; `amgi due` counts them as one.
    const byName = await runAmgi(['export', '같은 덱', '--out', 'out-name/', '--json'], { cwd: dir });
    expect(byName.code, byName.stderr).toBe(0);
    expect((JSON.parse(byName.stdout) as { decks: { file: string }[] }).decks.map((deck) => deck.file.split('/').pop())).toEqual(['리전1.csv', '리전2.csv']);
    const due = JSON.parse((await runAmgi(['due', '--json'], { cwd: dir })).stdout) as { decks: { name: string; new: number }[] };
    expect(due.decks).toEqual([expect.objectContaining({ name: '같은 덱', new: 2 })]);
    // A deck file named from another folder, beside files that are no decks, is exported as it is.
    await writeFiles(dir, { 'copy/package.json': '{"name":"x","version":"1.0.0"}' });
    await writeFile(join(dir, 'copy', '리전2.json'), await readFile(join(dir, 'decks', '리전2.json')));
    const copied = await runAmgi(['export', 'copy/리전2.json', '--out', 'out-copy/'], { cwd: dir });
    expect(copied.code, copied.stderr).toBe(0);
  });

  it('keeps fronts unique per Anki deck with --subdecks, where notes share some subdecks and not others, in one thread or several', async () => {
    const dir = await setUp();
    await writeFiles(dir, {
      // The same title: its 웹 공격 section is the same Anki deck as 보안.md's, its 운영 section a new one.
      'source-notes/보안2.md': '# 보안 기초\n\n## 웹 공격\n\n> XSS\n\n다른 노트의 XSS 설명.\n\n## 운영\n\n> XSS\n\n운영에서 본 XSS.\n',
      // Another title: the same fronts go to other Anki decks.
      'source-notes/다른.md': '# 다른 과목\n\n## 웹 공격\n\n> XSS\n\n또 다른 설명.\n',
    });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const rowsWith = async (threads: number) => {
      const result = await runAmgi(['export', '--subdecks', '--out', `out-${threads}/`], { cwd: dir, env: { AMGI_EXPORT_THREADS: String(threads) } });
      expect(result.code, result.stderr).toBe(0);
      return Promise.all(['다른', '보안', '보안2'].map(async (slug) => (await readCsv(join(dir, `out-${threads}`, `${slug}.csv`))).rows));
    };
    const rows = await rowsWith(1);
    expect(await rowsWith(3)).toEqual(rows);
    const keys = rows.flat().map((row) => `${row[3]}\u0000${row[0]}`);
    expect(new Set(keys).size).toBe(keys.length);
    const [other, first, second] = rows.map((deck) => (ankiDeck: string) => deck.filter((row) => row[3] === ankiDeck).map((row) => row[0]));
    expect(other!('다른 과목::웹 공격')).toEqual(['웹 공격 › XSS']);
    expect(first!('보안 기초::웹 공격')).toContain('웹 공격 › XSS');
    expect(second!('보안 기초::웹 공격')).toEqual([expect.stringMatching(/^웹 공격 › XSS \(.+\)$/)]);
    expect(second!('보안 기초::운영')).toEqual(['운영 › XSS']);
  });

  it('writes --notetype trimmed and in NFC, as Anki matches the #notetype: line exactly against its NFC names', async () => {
    const dir = await setUp();
    const result = await runAmgi(['export', '--notetype', ` ${'기본'.normalize('NFD')} `], { cwd: dir });
    expect(result.code).toBe(0);
    const { headers } = await readCsv(join(dir, 'decks', '보안.csv'));
    expect(headers.get('notetype')).toBe('기본');
    expect(result.stdout).toContain('the file asks for "기본"');
    const empty = await runAmgi(['export', '--notetype', '  '], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--notetype is empty');
  });

  it('refuses a --notetype with a line break, which would end the CSV header', async () => {
    const dir = await setUp();
    const result = await runAmgi(['export', '--notetype', 'Basic\n#deck column:1'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('holds a line break or another control character');
    expect(existsSync(join(dir, 'decks', '보안.csv'))).toBe(false);
  });

  it("exports the front matter's tags beside the section's, in the CSV and the package, and keeps the card's id", async () => {
    const dir = await tempDir();
    const body = '# 클라우드\n\n## 네트워크\n\nVPC는 가상 네트워크이다.\n';
    await writeFiles(dir, { 'source-notes/net.md': body });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const idBefore = JSON.parse(await readFile(join(dir, 'decks', 'net.json'), 'utf8')).cards[0].id;
    await writeFiles(dir, { 'source-notes/net.md': `---\ntags: [aws/vpc, saa]\n---\n${body}` });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'net.json'), 'utf8'));
    expect(deck.cards.map((card: { id: string; tags: string[] }) => [card.id, card.tags])).toEqual([[idBefore, ['네트워크', 'aws::vpc', 'saa']]]);
    expect((await runAmgi(['export', '--out', 'out/'], { cwd: dir })).code).toBe(0);
    expect((await readCsv(join(dir, 'out', 'net.csv'))).rows.map((row) => row[2])).toEqual(['amgi 네트워크 aws::vpc saa']);
    expect((await runAmgi(['export', '--format', 'apkg', '--out', 'out/net.apkg'], { cwd: dir })).code).toBe(0);
    const files = unzipSync(new Uint8Array(await readFile(join(dir, 'out', 'net.apkg'))));
    await writeFile(join(dir, 'collection.anki2'), files['collection.anki2']!);
    const db = new Database(join(dir, 'collection.anki2'), { readonly: true });
    try {
      expect(db.prepare('SELECT tags FROM notes').all()).toEqual([{ tags: ' amgi 네트워크 aws::vpc saa ' }]);
    } finally {
      db.close();
    }
  });

  it("exports a note's inline tags (`#aws/vpc`) beside the section's, keeps the card's id, and shows no tag on the back", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/net.md': '# 클라우드\n\n## 네트워크\n\nVPC는 가상 네트워크이다.\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const idBefore = JSON.parse(await readFile(join(dir, 'decks', 'net.json'), 'utf8')).cards[0].id;
    await writeFiles(dir, { 'source-notes/net.md': '# 클라우드\n\n## 네트워크\n\nVPC는 가상 네트워크이다. #aws/vpc\n\n#saa\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const deck = JSON.parse(await readFile(join(dir, 'decks', 'net.json'), 'utf8'));
    expect(deck.cards.map((card: { id: string; back: string; tags: string[] }) => [card.id, card.back, card.tags])).toEqual([[idBefore, 'VPC는 가상 네트워크이다.', ['네트워크', 'aws::vpc', 'saa']]]);
    expect((await runAmgi(['export', '--out', 'out/'], { cwd: dir })).code).toBe(0);
    expect((await readCsv(join(dir, 'out', 'net.csv'))).rows.map((row) => [row[1], row[2]])).toEqual([['<p>VPC는 가상 네트워크이다.</p>', 'amgi 네트워크 aws::vpc saa']]);
  });

  it('drops " from tags, as Anki does, so a tag comes back from Anki as it was sent', async () => {
    const { ankiTags } = await import('../src/export/anki-notes.js');
    expect(ankiTags(['"따옴표" 제목::하위 단계'])).toEqual(['amgi', '따옴표_제목::하위_단계']);
    // Blanks at a level's ends make no `_` there.
    expect(ankiTags(['_비공개_ :: 하위 '])).toEqual(['amgi', '비공개::하위']);
  });

  it('names a deck without the blanks and colons at the ends of its levels', async () => {
    const { ankiDeckName } = await import('../src/export/anki-notes.js');
    expect(ankiDeckName([' : 네트워크 :: ', '하위: '])).toBe('네트워크::하위');
    expect(ankiDeckName([': :'])).toBe('amgi');
  });

  it('refuses --notetype for a package', async () => {
    const dir = await setUp();
    const result = await runAmgi(['export', '--format', 'apkg', '--notetype', '기본'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--notetype applies to CSV exports');
  });
});

describe('Obsidian vaults', () => {
  it('finds `![[그림.png]]` by its name anywhere in the vault, as Obsidian does, and exports it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'vault/.obsidian/app.json': '{}',
      'vault/attachments/구성도.png': PNG,
      'vault/notes/os.md': '# 운영체제\n\n## 프로세스\n\n> 메모리 구조\n\n아래와 같다.\n\n![[구성도.png|300]]\n\n> 스레드\n\n![[없는그림.png]]\n',
    });
    const build = await runAmgi(['build', 'vault/notes'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toContain('vault/notes/os.md:13: image not found: 없는그림.png');
    expect(build.stdout + build.stderr).not.toContain('구성도.png');
    const exported = await runAmgi(['export', '--out', 'out/'], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const [first, second] = (await readCsv(join(dir, 'out', 'os.csv'))).rows;
    expect(first![1]).toMatch(/^<p>아래와 같다\.<\/p><p><img src="amgi-[0-9a-f]{12}\.png" alt="" width="300"><\/p>$/);
    expect(second![1]).toBe('<p>[그림 없음: 없는그림.png]</p>');
    expect(await readdir(join(dir, 'out', 'os.media'))).toHaveLength(1);
    // A name the vault has twice: the shortest path, and a warning that says which and how to choose.
    await writeFiles(dir, { 'vault/old/pictures/구성도.png': PNG });
    await writeFile(join(dir, 'vault/notes/os.md'), `${await readFile(join(dir, 'vault/notes/os.md'), 'utf8')}\n`);
    const again = await runAmgi(['build', 'vault/notes'], { cwd: dir });
    expect(again.stdout + again.stderr).toContain('vault/notes/os.md:9: 구성도.png is in 2 places of the vault; using vault/attachments/구성도.png (not vault/old/pictures/구성도.png): write its folder to choose');
    // Beside the note, the picture is the one it names: nothing to warn of.
    await writeFiles(dir, { 'vault/notes/구성도.png': PNG });
    await writeFile(join(dir, 'vault/notes/os.md'), `${await readFile(join(dir, 'vault/notes/os.md'), 'utf8')}\n`);
    const beside = await runAmgi(['build', 'vault/notes'], { cwd: dir });
    expect(beside.stdout + beside.stderr).not.toContain('places of the vault');
  });
});

describe('Obsidian links and highlights', () => {
  it('exports `[[노트|별칭]]` as its text and `==강조==` as <mark>, but not in code', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'source-notes/tcp.md':
        '# 전송 계층\n\n## TCP\n\n[[UDP]]와 달리 ==신뢰성==을 보장한다. [[HTTP|하이퍼텍스트 전송]], [[OSI 모델#전송 계층]]도 본다.\n\n`a == b` 와 `[[x]]` 는 코드다.\n\n## 관련 노트\n\n- [[UDP]]\n- [[IP]]\n',
    });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const exported = await runAmgi(['export', '--out', 'out/'], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const { rows } = await readCsv(join(dir, 'out', 'tcp.csv'));
    // The list of links to other notes is a table of contents: no card.
    expect(rows.map((row) => row[0])).toEqual(['TCP']);
    expect(rows[0]![1]).toBe(
      '<p>UDP와 달리 <mark>신뢰성</mark>을 보장한다. 하이퍼텍스트 전송, OSI 모델 › 전송 계층도 본다.</p><p><code>a == b</code> 와 <code>[[x]]</code> 는 코드다.</p>',
    );
  });

  it('exports an embedded note `![[VPC]]` as a placeholder naming it, not as raw markup', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/net.md': '# 클라우드\n\n## 네트워크\n\n![[VPC]]\n\nVPC는 가상 네트워크이다.\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const exported = await runAmgi(['export', '--out', 'out/'], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const { rows } = await readCsv(join(dir, 'out', 'net.csv'));
    expect(rows[0]![1]).toBe('<p>[노트: VPC]</p><p>VPC는 가상 네트워크이다.</p>');
    const explained = await runAmgi(['explain', 'source-notes/net.md'], { cwd: dir });
    expect(explained.stdout).toContain('![[VPC]] embeds a note, which a card cannot show: [노트: VPC] in its place');
  });

  it('draws a highlight in a field as <mark>, with the links inside it as their text', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('==[[TCP]]는 연결형==이고 a == b 는 비교다.')).toBe('<p><mark>TCP는 연결형</mark>이고 a == b 는 비교다.</p>');
    expect(field('```\nx ==y==\n```')).toBe('<pre><code>x ==y==</code></pre>');
  });

  it('draws a highlight around other markup (`==**굵게**==`) as <mark>, but not marks with a blank inside or a line between', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('==**TCP**==는 연결형이다.')).toBe('<p><mark><strong>TCP</strong></mark>는 연결형이다.</p>');
    expect(field('앞 ==**신뢰성** 보장==, ==`ACK`== 응답')).toBe('<p>앞 <mark><strong>신뢰성</strong> 보장</mark>, <mark><code>ACK</code></mark> 응답</p>');
    expect(field('a == **b** == c')).toBe('<p>a == <strong>b</strong> == c</p>');
    expect(field('==**가**\n**나**==')).not.toContain('<mark>');
  });
});

describe('reference-style images and links', () => {
  it('shows, warns of and exports `![그림][label]` and `[글][label]` whose definition is elsewhere in the note', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'notes/img/vpc.png': PNG,
      'notes/aws.md': [
        '# AWS',
        '',
        '## VPC',
        '',
        '> 구성',
        '',
        '서브넷으로 나뉜다. ![VPC 구성도][vpc] 자세한 것은 [공식 문서][Docs]를 본다.',
        '',
        '> 보안 그룹',
        '',
        '인스턴스 단위 방화벽이다. ![보안 그룹][sg]',
        '',
        '[vpc]: img/vpc.png',
        '[docs]: https://docs.aws.amazon.com/vpc/ "VPC 문서"',
        '[sg]: img/없는그림.png',
        '',
      ].join('\n'),
    });
    const build = await runAmgi(['build', 'notes'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toContain('notes/aws.md:11: image not found: img/없는그림.png');
    expect(build.stdout + build.stderr).not.toContain('vpc.png');
    const exported = await runAmgi(['export', '--out', 'out/'], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const rows = (await readCsv(join(dir, 'out', 'aws.csv'))).rows;
    expect(rows.map((row) => row[0])).toEqual(['VPC의 구성은?', 'VPC › 보안 그룹']);
    expect(rows[0]![1]).toMatch(
      /^<p>서브넷으로 나뉜다\. <img src="amgi-[0-9a-f]{12}-vpc\.png" alt="VPC 구성도"> 자세한 것은 <a href="https:\/\/docs\.aws\.amazon\.com\/vpc\/" title="VPC 문서">공식 문서<\/a>를 본다\.<\/p>$/,
    );
    expect(rows[1]![1]).toBe('<p>인스턴스 단위 방화벽이다. [그림 없음: 보안 그룹 · img/없는그림.png]</p>');
    expect(await readdir(join(dir, 'out', 'aws.media'))).toHaveLength(1);
    // A quote or list item that held only a definition is no empty box in the field.
    const field = parsedFieldHtml('[q]: <./q.png>\n\n본문 ![그림][q]\n\n> [q]: ./다른.png\n\n- [r]: ./r.png\n- 항목\n', (src) => `m-${src.slice(2)}`).html;
    expect(field).toBe('<p>본문 <img src="m-q.png" alt="그림"></p><ul><li>항목</li></ul>');
  });
});

describe('choosing decks and files', () => {
  it('exports a deck by name or by file, to --out', async () => {
    const dir = await setUp();
    expect((await runAmgi(['export', '보안 기초', '--out', 'anki.csv'], { cwd: dir })).code).toBe(0);
    expect((await readCsv(join(dir, 'anki.csv'))).rows).toHaveLength(5);
    expect((await runAmgi(['export', 'decks/보안.json', '--out', 'out/'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'out'))).toContain('보안.csv');
  });

  it('exports a deck named twice (by name and by file) once, with its fronts unchanged', async () => {
    const dir = await setUp();
    await runAmgi(['export', '보안 기초', '--out', 'once.csv'], { cwd: dir });
    const result = await runAmgi(['export', '보안 기초', 'decks/보안.json', '--out', 'twice/', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).decks).toHaveLength(1);
    expect((await readCsv(join(dir, 'twice', '보안.csv'))).rows).toEqual((await readCsv(join(dir, 'once.csv'))).rows);
  });

  it('lists the decks there are when a deck is unknown', async () => {
    const dir = await setUp();
    const result = await runAmgi(['export', '없는 덱'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no deck named "없는 덱". The decks in');
    expect(result.stderr).toContain('보안 기초  (보안)');
  });

  it('never names a package collection.apkg', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/collection.md': NOTE });
    await runAmgi(['build'], { cwd: dir });
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'decks'))).toContain('deck-collection.apkg');
    await writeFiles(dir, { 'source-notes/Backup-2024.md': NOTE.replace('# 보안 기초', '# 백업') });
    await runAmgi(['build'], { cwd: dir });
    await runAmgi(['export', '--format', 'apkg'], { cwd: dir });
    expect(await readdir(join(dir, 'decks'))).toContain('deck-Backup-2024.apkg');
    const refused = await runAmgi(['export', 'collection', '--format', 'apkg', '--out', 'collection.apkg'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('replace your collection');
  });

  it('gives a note named like the renamed collection a package of its own', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/collection.md': NOTE, 'source-notes/deck-collection.md': NOTE.replace('# 보안 기초', '# 덱 모음') });
    await runAmgi(['build'], { cwd: dir });
    const result = await runAmgi(['export', '--format', 'apkg', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const decks = (JSON.parse(result.stdout) as { decks: { name: string; file: string }[] }).decks;
    expect(decks.map((deck) => [deck.name, deck.file])).toEqual([
      ['보안 기초', 'decks/deck-collection.apkg'],
      ['덱 모음', 'decks/deck-deck-collection.apkg'],
    ]);
    const first = await readFile(join(dir, 'decks/deck-collection.apkg'));
    const second = await readFile(join(dir, 'decks/deck-deck-collection.apkg'));
    expect(first.equals(second)).toBe(false);
  });

  it('says clearly when there is nothing to export or the output cannot be written', async () => {
    const dir = await tempDir();
    const empty = await runAmgi(['export'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no decks folder');
    const built = await setUp();
    await writeFiles(built, { blocker: 'x' });
    const blocked = await runAmgi(['export', '--out', 'blocker/x.csv'], { cwd: built });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('cannot write blocker/x.csv');
  });
});

describe('amgi export --format apkg', () => {
  async function openPackage(path: string) {
    const files = unzipSync(new Uint8Array(await readFile(path)));
    const dir = await tempDir();
    await writeFile(join(dir, 'collection.anki2'), files['collection.anki2']!);
    return { files, db: new Database(join(dir, 'collection.anki2'), { readonly: true }) };
  }

  it('writes a schema-11 package with the note type, notes, cards and media Anki needs', async () => {
    const dir = await setUp();
    await runAmgi(['export'], { cwd: dir });
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const { files, db } = await openPackage(join(dir, 'decks', '보안.apkg'));
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => (row as { name: string }).name);
      expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
      const col = db.prepare('SELECT * FROM col').get() as Record<string, string | number>;
      expect(col.ver).toBe(11);
      const models = JSON.parse(col.models as string) as Record<string, Record<string, unknown>>;
      const model = Object.values(models)[0]!;
      for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(model).toHaveProperty(key);
      expect((model.flds as { name: string }[]).map((field) => field.name)).toEqual(['Front', 'Back', 'Source']);
      const decks = Object.values(JSON.parse(col.decks as string) as Record<string, { name: string }>).map((deck) => deck.name);
      expect(decks.sort()).toEqual(['Default', '보안 기초']);
      for (const key of ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse']) {
        expect(Object.values(JSON.parse(col.dconf as string) as Record<string, object>)[0]).toHaveProperty(key);
      }
      const notes = db.prepare('SELECT * FROM notes ORDER BY id').all() as Record<string, string | number>[];
      const cards = db.prepare('SELECT * FROM cards').all() as Record<string, number>[];
      expect(notes).toHaveLength(5);
      expect(cards).toHaveLength(5);
      expect(new Set(cards.map((card) => card.nid))).toEqual(new Set(notes.map((note) => note.id)));
      expect(cards.every((card) => card.type === 0 && card.queue === 0 && card.ord === 0)).toBe(true);
      // Note ids are the time of the first export, which Anki shows as the date added.
      expect(notes.every((note) => Number(note.id) > Date.UTC(2025, 0, 1) && Number(note.id) <= Date.now())).toBe(true);
      const csvGuids = (await readCsv(join(dir, 'decks', '보안.csv'))).rows.map((row) => row[4]).sort();
      expect(notes.map((note) => note.guid).sort()).toEqual(csvGuids);
      expect(notes.every((note) => String(note.tags).startsWith(' amgi ') && String(note.flds).split('\u001f').length === 3)).toBe(true);
      expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({ '0': expect.stringMatching(/^amgi-[0-9a-f]{12}-diagram\.png$/) });
      expect(Buffer.from(files['0']!)).toEqual(PNG);
    } finally {
      db.close();
    }
  });

  it('gives notes ids unique across the packages of one export, and the same ids when exported again', async () => {
    const dir = await setUp();
    await writeFiles(dir, { 'source-notes/네트워크.md': '# 네트워크\n\n## 기본\n\n- TCP : 연결형 프로토콜.\n- UDP : 비연결형 프로토콜.\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const noteIds = async () => {
      const ids: number[] = [];
      for (const name of ['보안.apkg', '네트워크.apkg']) {
        const { db } = await openPackage(join(dir, 'decks', name));
        ids.push(...(db.prepare('SELECT id FROM notes ORDER BY id').all() as { id: number }[]).map((row) => row.id));
        db.close();
      }
      return ids;
    };
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const first = await noteIds();
    expect(first).toHaveLength(8);
    expect(new Set(first).size).toBe(8);
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    expect(await noteIds()).toEqual(first);
    // A large export gives ids ahead of the clock (one per note): a new note exported soon after gets
    // none of them, nor any of the ids that notes sharing one "added" (as exports before had them) took.
    const stateFile = join(dir, 'decks', '.anki-export.json');
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as { notes: Record<string, { added: number }> };
    const ahead = Date.now() + 60_000;
    const { db } = await openPackage(join(dir, 'decks', '보안.apkg'));
    const shared = new Set((db.prepare('SELECT guid FROM notes').all() as { guid: string }[]).map((row) => row.guid));
    db.close();
    // 보안's notes share one "added", as an export before this change gave them; the others, one each.
    let next = ahead + shared.size;
    for (const [guid, entry] of Object.entries(state.notes)) entry.added = shared.has(guid) ? ahead : next++;
    // An id years ahead (a hand edit, a wrong clock) does not move every new note's "added" there.
    (state.notes as Record<string, unknown>)['손으로 쓴 항목'] = { hash: 'a'.repeat(64), mod: 1, added: ahead + 10 * 365 * 86_400_000 };
    await writeFile(stateFile, JSON.stringify(state, null, 1));
    await writeFiles(dir, { 'source-notes/네트워크.md': '# 네트워크\n\n## 기본\n\n- TCP : 연결형 프로토콜.\n- UDP : 비연결형 프로토콜.\n- IP : 주소 체계.\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const after = await noteIds();
    expect(new Set(after).size).toBe(9);
    expect(Math.max(...after)).toBe(next);
    // A note whose "added" is no id amgi could have given (beyond 2^53, or missing) gets a new one.
    const edited = JSON.parse(await readFile(stateFile, 'utf8')) as { notes: Record<string, { added?: number }> };
    const [huge, missing] = [...shared];
    edited.notes[huge!]!.added = 1e17;
    delete edited.notes[missing!]!.added;
    await writeFile(stateFile, JSON.stringify(edited, null, 1));
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const renumbered = await noteIds();
    expect(new Set(renumbered).size).toBe(9);
    expect(Math.max(...renumbered)).toBe(next + 2);
  });

  it('removes scratch folders a stopped export left in the temp folder, and leaves none of its own', async () => {
    const dir = await setUp();
    const left = join(tmpdir(), 'amgi-apkg-999999-left');
    await mkdir(join(left, 'inside'), { recursive: true });
    const twoHoursAgo = (Date.now() - 7_200_000) / 1000;
    await utimes(left, twoHoursAgo, twoHoursAgo); // a younger one may be a live process's of another PID namespace
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    expect(existsSync(left)).toBe(false);
  });

  it('names a note that macOS wrote under an NFD name in NFC in the Source field', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [`source-notes/${'보안 노트.md'.normalize('NFD')}`]: NOTE });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const [apkg] = (await readdir(join(dir, 'decks'))).filter((name) => name.endsWith('.apkg'));
    const { db } = await openPackage(join(dir, 'decks', apkg!));
    try {
      const sources = (db.prepare('SELECT flds FROM notes').all() as { flds: string }[]).map((note) => note.flds.split('\u001f')[2]!);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).toMatch(new RegExp(`^source-notes/${'보안 노트.md'.normalize('NFC')}:\\d+$`));
    } finally {
      db.close();
    }
  });

  it('changes a note’s mod only when its content changes, not when a card only moves down its note', async () => {
    const dir = await setUp();
    const modsOf = async () => {
      const { db } = await openPackage(join(dir, 'decks', '보안.apkg'));
      const rows = db.prepare('SELECT guid, mod FROM notes').all() as { guid: string; mod: number }[];
      db.close();
      return new Map(rows.map((row) => [row.guid, row.mod]));
    };
    await runAmgi(['export', '--format', 'apkg'], { cwd: dir });
    const first = await modsOf();
    await new Promise((done) => setTimeout(done, 1100));
    // Two blank lines under the title move every card down; one card's text changes.
    await writeFile(join(dir, 'source-notes', '보안.md'), NOTE.replace('# 보안 기초\n', '# 보안 기초\n\n\n').replace('트래픽을 걸러냅니다.', '트래픽을 규칙으로 걸러냅니다.'));
    await runAmgi(['build'], { cwd: dir });
    await runAmgi(['export', '--format', 'apkg'], { cwd: dir });
    const second = await modsOf();
    const changed = [...second].filter(([guid, mod]) => first.get(guid) !== mod);
    expect(changed).toHaveLength(1);
    expect(changed[0]![1]).toBeGreaterThan(first.get(changed[0]![0])!);
  });

  it('keeps .anki-export.json as JSON.stringify writes it, sorted by GUID, with entries it does not know', async () => {
    const dir = await setUp();
    const kept = { '10': { hash: 'x', mod: 1, added: 2 }, '9': { hash: 'y', mod: 3, added: 4, note: ['손으로', { 쓴: '값' }] }, 'zz-손': null, a: { hash: '"따옴표"\n', mod: 5, added: 6 } };
    await writeFile(join(dir, 'decks', '.anki-export.json'), JSON.stringify({ notes: kept }));
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    const text = await readFile(join(dir, 'decks', '.anki-export.json'), 'utf8');
    const { notes } = JSON.parse(text) as { notes: Record<string, unknown> };
    expect(Object.keys(notes)).toHaveLength(4 + 5);
    expect(notes).toMatchObject(kept);
    const sorted = Object.fromEntries(Object.entries(notes).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(text).toBe(`${JSON.stringify({ notes: sorted }, null, 1)}\n`);
    // Read back as it was written (amgi's entries and the others), nothing changes.
    expect((await runAmgi(['export', '--format', 'apkg'], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, 'decks', '.anki-export.json'), 'utf8')).toBe(text);
  });
});

describe('field HTML without parsing', () => {
  const none = () => undefined;
  const samples = [
    '한 문단입니다.',
    '첫 줄\n둘째 줄',
    '첫 문단.\n\n둘째 문단.\n\n\n셋째.',
    '\n\n앞뒤 빈 줄\n\n',
    'CRLF 줄\r\n다음 줄\r\n\r\n문단',
    '따옴표 "인용" 과 \'작은따옴표\'',
    'URL https://example.com/a?b=c 그대로',
    '1. 목록',
    '2024년에 시작',
    '- 목록',
    '  들여쓰기',
    '끝에 공백  \n다음',
    '제목\n===',
    '제목\n---',
    'a & b',
    '<b>굵게</b>',
    '**굵게**',
    '`코드`',
    '> 인용',
    '# 제목',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    '탭\t있음',
    '괄호 (설명) 와 콜론 : 값',
    '= 등호로 시작',
    '+ 더하기',
    '100) 번호',
    '*',
    '',
    '- 목록 하나\n- 목록 둘',
    '문단\n\n- 가\n- 나\n\n뒤 문단',
    '- 가\n\n- 나',
    '- 1. 중첩',
    '- - 중첩',
    '- ',
    '-  두 칸',
    '- 가\n나',
    '- 가\n  이어짐',
    '문단\n- 바로 목록',
    '- 가 : 설명입니다.\n- 나 : 설명 (괄호).',
    '뜻\n:-:',
    'a\nb\n:--',
    'a\u0000b',
    '\uFEFFa',
    '\u00a0\n\u00a0',
    '전각\u3000공백',
    '\u3000앞',
    '끝\u00a0',
    '```\na < b && c > d "q" \'s\'\n```',
    '설명.\n\n```c\n#include <stdio.h>\nint main() {}\n```',
    '```\n\n```',
    '```\n```',
    '```\na\n\nb\n\n```',
    '```\n  들여쓰기\n    - 목록 아님\n```',
    '```c++\nx\n```',
    '````\n```\n````',
    '문단\n\n```\n코드\n```\n\n- 가\n- 나',
    '```\n코드\n```\n문단',
    '```\n코드\n```\n- 가',
    '- 가\n\n```\n코드\n```\n\n- 나',
    '```\n<b>&amp;</b>\n```',
    '```\n하나\n```\n```js\n둘\n```',
    '```\n코드',
    '```\n코드\n```  ',
    ' ```\n코드\n```',
    '```py title\nx\n```',
    '```\n코드\n   ```',
    '문단\n```\n코드\n```',
    '```\r\n코드\r\n```',
    '```\n탭\t\n```',
    '~~~\n코드\n~~~',
  ];

  it('gives exactly what the parser gives, or leaves the text to the parser', async () => {
    const { note, seededRandom } = await import('../src/bench/generate.js');
    const random = seededRandom(9);
    const backs = [
      ...samples,
      ...cardsOf(await readFile(join(repoRoot, 'source-notes', '클라우드-컴퓨팅과-AWS의-개요.md'), 'utf8')).map((card) => card.back),
      ...Array.from({ length: 5 }, (_, n) => cardsOf(note(random, n, 4)).map((card) => card.back)).flat(),
    ];
    let fast = 0;
    for (const back of backs) {
      const plain = plainParagraphsHtml(back);
      if (plain === undefined) continue;
      fast++;
      expect(plain, JSON.stringify(back)).toBe(parsedFieldHtml(back, none).html);
    }
    expect(fast).toBeGreaterThan(40); // the fast path is actually taken
    expect(plainParagraphsHtml('설명.\n\n```c\n#include <stdio.h>\n```')).toBe('<p>설명.</p><pre><code class="language-c">#include &lt;stdio.h&gt;</code></pre>');
    // A quote of plain lines (prose a note boxed), its paragraphs apart, takes the fast path too.
    for (const quote of ['> 가을이 온다.', '앞.\n\n> 가을\n> 겨울\n>\n> 봄\n\n뒤.', '> 가을\n\n> 겨울']) {
      expect(plainParagraphsHtml(quote), quote).toBe(parsedFieldHtml(quote, none).html);
    }
    for (const syntax of ['> ', '> *강조*', '>  두 칸', '> 가을\n겨울', '>가을']) expect(plainParagraphsHtml(syntax), syntax).toBeUndefined();
    for (const syntax of ['```\n코드', '```\n코드\n```  ', ' ```\n코드\n```', '```py title\nx\n```', '```\n코드\n   ```', '문단\n```\n코드\n```', '```\r\n코드\r\n```', '```\n탭\t\n```', '뜻\n:-:', 'a\u0000b', '\uFEFFa', '\u00a0\n\u00a0', '1. 목록', '- 가\n\n- 나', '- 1. 중첩', '-  두 칸', '  들여쓰기', '끝에 공백  \n다음', '제목\n===', 'a & b', '<b>굵게</b>', '**굵게**', '탭\t있음', '+ 더하기', '100) 번호']) {
      expect(plainParagraphsHtml(syntax), syntax).toBeUndefined();
    }
  });
});

describe('math for MathJax', () => {
  it('reads \\( and \\[ as Markdown escapes, and \\\\( as the MathJax delimiter the README tells users to write', async () => {
    const { markdownToFieldHtml } = await import('../src/export/html.js');
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(field('수식 \\\\(x^2\\\\) 입니다.')).toBe('<p>수식 \\(x^2\\) 입니다.</p>');
    expect(field('\\\\[ a < b \\\\]')).toBe('<p>\\[ a &lt; b \\]</p>');
    expect(field('괄호 \\[중요\\]')).toBe('<p>괄호 [중요]</p>');
  });
});

describe('CSV rows written by hand', () => {
  it('are what csv-stringify writes with every field quoted', async () => {
    const { ankiCsv } = await import('../src/export/csv.js');
    const { stringify } = await import('csv-stringify/sync');
    const fields = ['', '"', '""', 'a"b', '#주석처럼', '탭\t있음', '줄\n바꿈', 'CR\r만', 'CRLF\r\n', ' 앞뒤 공백 ', '=1+2', '-', '\u0000', '한글 "따옴표" 끝"'];
    const notes = fields.map((field, n) => ({
      guid: `g${n}${field}`,
      cardId: `c${n}`,
      front: field,
      back: fields[(n + 3) % fields.length]!,
      source: 'a.md:1',
      tags: ['amgi', field],
      deck: `덱${field}`,
    }));
    const csv = ankiCsv(notes);
    const rows = notes.map((note) => [note.front, note.back, note.tags.join(' '), note.deck, note.guid]);
    expect(csv.slice(csv.indexOf('\n"'))).toBe(`\n${stringify(rows, { delimiter: '\t', quoted: true, quoted_empty: true, record_delimiter: '\n' })}`);
    expect(ankiCsv([])).toMatch(/#match scope:notetype\n$/);
  });
});
