/**
 * Terminals set to draw East Asian ambiguous-width characters (· … ─ • ①) two columns wide: every
 * width amgi measures follows the setting, and the terminal's answer to the probe is read.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import picocolors from 'picocolors';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { isCursorReport, widthFromReport } from '../src/review/ambiguous-probe.js';
import { readConfig } from '../src/review/config.js';
import { renderMarkdown } from '../src/review/terminal-markdown.js';
import { wrap } from '../src/review/wrap.js';
import { setAmbiguousWidth } from '../src/util/ambiguous-width.js';
import { displayWidth, padEndToWidth, repeatToWidth, table, truncateToWidth } from '../src/util/columns.js';
import { plainTable, plainWidth } from '../src/util/plain-columns.js';
import { runAmgi, tempDir, writeFiles } from './helpers.js';

const wide = (text: string) => stringWidth(text, { ambiguousIsNarrow: false });
const colors = picocolors.createColors(false);

afterEach(() => setAmbiguousWidth(1));

describe('widths where ambiguous-width characters are drawn wide', () => {
  const samples = [
    '완료 3 · 남음 17 (새 5 · 학습 2 · 복습 10) · 1:05', '네트워크 › 전송 계층 — 요약…', 'today’s • ─│└┼', '  월  ·░▒▓█ ▁▂▃▄▅▆▇█ ▀▐▟',
    picocolors.bold('굵게 · ') + picocolors.dim(' 흐리게…'), // plain fast path
    '① 첫째 ② 둘째', '→ 화살표 ※ 참고', '☁️ Café', '°C ± α', // string-width's own path
  ];

  it('counts one column each by default, two each once set, on the fast path and off it alike', () => {
    for (const text of samples) expect(displayWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    expect(displayWidth('가 · 나')).toBe(7);
    setAmbiguousWidth(2);
    for (const text of samples) expect(displayWidth(text), JSON.stringify(text)).toBe(wide(text));
    expect(displayWidth('가 · 나')).toBe(8);
    expect(plainWidth('─'.repeat(10))).toBe(20);
    // ASCII and Hangul are never ambiguous: the same either way.
    expect(displayWidth('TCP 3-way 핸드셰이크')).toBe(stringWidth('TCP 3-way 핸드셰이크'));
  });

  it('wraps, cuts and pads text to the screen counting them two columns', () => {
    setAmbiguousWidth(2);
    const line = '연결형 · 신뢰성… ─ 순서 보장 • 흐름 제어 › 혼잡 제어 ① 세그먼트 ② 확인 응답 · 재전송 · 타이머';
    for (const width of [20, 31, 40]) {
      const rows = wrap(line, width);
      for (const row of rows) expect(wide(row), row).toBeLessThanOrEqual(width);
      // Nothing lost: the rows hold the line's words, in order.
      expect(rows.join(' ').replace(/\s+/g, ' ')).toBe(line);
    }
    // Nothing ambiguous, nothing swapped: wrapped as before.
    expect(wrap('가나다 라마바 사아자', 8).map((row) => row.trimEnd())).toEqual(['가나다', '라마바', '사아자']);
    const cut = truncateToWidth('··········', 7);
    expect(cut).toBe('··…');
    expect(wide(cut)).toBeLessThanOrEqual(7);
    expect(wide(padEndToWidth('•', 5))).toBe(5);
    expect(repeatToWidth('─', 9)).toBe('────');
  });

  it('draws a card’s back with its quote, rule, table and lists no wider than the screen', () => {
    const back = [
      '> 인용 · 문장… 이 길게 이어져서 화면의 끝을 넘어갑니다 · 그리고 더',
      '',
      '---',
      '',
      '| 항목 · 이름 | 설명 … |',
      '|---|---|',
      '| TCP · 연결형 | 순서 보장 ① |',
      '| UDP | 빠름 ② · 가벼움 |',
      '',
      '- 첫째 · 항목 — 설명… 그리고 긴 설명이 이어집니다',
      '  - 둘째 • 항목',
    ].join('\n');
    for (const width of [30, 44, 60]) {
      setAmbiguousWidth(1);
      const narrowRows = renderMarkdown(back, width, colors);
      setAmbiguousWidth(2);
      const rows = renderMarkdown(back, width, colors);
      for (const row of rows) expect(wide(row), `${width}: ${row}`).toBeLessThanOrEqual(width);
      // Counted as one column, some row would be wider than such a terminal draws in this width.
      if (width === 44) expect(Math.max(...narrowRows.map(wide))).toBeGreaterThan(width);
    }
    // The table's rule lines up under its cells and separators.
    setAmbiguousWidth(2);
    const rows = renderMarkdown('| 가 | 나 |\n|---|---|\n| 다라 | 마 |', 40, colors);
    expect(rows.map(wide)).toEqual([10, 10, 10]);
    expect(rows[1]).toBe('── ┼ ─');
  });

  it('lays out the tables of amgi due and stats with them two columns wide', () => {
    const rows = [['', '새 카드'], ['네트워크 · 기초', '3'], ['OS…', '12']];
    setAmbiguousWidth(2);
    const lines = plainTable(rows)!;
    expect(lines).toEqual(table(rows));
    // The last column is right-aligned: every row ends in the same column.
    expect(new Set(lines.map(wide)).size).toBe(1);
    // `네트워크 · 기초` is 16 columns, `OS…` 4: twelve spaces pad it, then the count's own column.
    expect(lines[2]).toBe(`  OS…${' '.repeat(12)}  ${' '.repeat(5)}12`);
  });
});

describe('the terminal’s answer to the probe', () => {
  it('reads the cursor’s column: 2 is one column, 3 two, anything else no answer', () => {
    expect(widthFromReport('\x1b[1;2R')).toBe(1);
    expect(widthFromReport('\x1b[24;3R')).toBe(2);
    expect(widthFromReport('\x1b[5;1R')).toBeUndefined();
    expect(widthFromReport('\x1b[5;13R')).toBeUndefined();
    expect(isCursorReport('\x1b[12;3R')).toBe(true);
    expect(isCursorReport('q')).toBe(false);
    expect(isCursorReport('\x1b[A')).toBe(false);
    expect(isCursorReport(undefined)).toBe(false);
  });
});

describe('ambiguousWidth in amgi.config.json and AMGI_AMBIGUOUS_WIDTH', () => {
  it('is auto unless set; the environment wins over the file; a bad value names where it was set', async () => {
    const dir = await tempDir();
    expect(readConfig(dir, {}, {}).ambiguousWidth).toBe('auto');
    await writeFile(join(dir, 'amgi.config.json'), JSON.stringify({ ambiguousWidth: 2, newPerDay: 5 }));
    expect(readConfig(dir, {}, {})).toMatchObject({ ambiguousWidth: 2, limits: { newPerDay: 5 } });
    expect(readConfig(dir, {}, { AMGI_AMBIGUOUS_WIDTH: '1' }).ambiguousWidth).toBe(1);
    expect(readConfig(dir, {}, { AMGI_AMBIGUOUS_WIDTH: 'auto' }).ambiguousWidth).toBe('auto');
    expect(() => readConfig(dir, {}, { AMGI_AMBIGUOUS_WIDTH: 'wide' })).toThrow('AMGI_AMBIGUOUS_WIDTH must be 1, 2 or auto, not "wide".');
    await writeFile(join(dir, 'amgi.config.json'), JSON.stringify({ ambiguousWidth: 'wide' }));
    expect(() => readConfig(dir, {}, {})).toThrow(`${join(dir, 'amgi.config.json')}: ambiguousWidth must be 1, 2 or "auto", not "wide".`);
  });

  it('makes amgi due lay out its table for a terminal drawing them wide, and says a bad value without a stack trace', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'source-notes/망·기초.md': '# 네트워크 · 기초\n\n> TCP\n\n연결형\n', 'source-notes/os.md': '# OS…\n\n> 커널\n\n운영체제의 핵심\n' });
    expect((await runAmgi(['build'], { cwd: dir })).code).toBe(0);
    const narrow = await runAmgi(['due'], { cwd: dir });
    const wideDue = await runAmgi(['due'], { cwd: dir, env: { AMGI_AMBIGUOUS_WIDTH: '2' } });
    expect(narrow.code).toBe(0);
    expect(wideDue.code).toBe(0);
    // The count columns line up when `·` and `…` are drawn two columns wide.
    // Today's table (the forecast's has other columns).
    const countEnds = (stdout: string, measure: (text: string) => number) =>
      new Set(stdout.split('\n').slice(0, 4).filter((line) => /^  (네트워크|OS)/.test(line)).map((line) => measure(line)));
    expect(countEnds(wideDue.stdout, wide).size).toBe(1);
    expect(countEnds(narrow.stdout, stringWidth).size).toBe(1);
    const bad = await runAmgi(['due'], { cwd: dir, env: { AMGI_AMBIGUOUS_WIDTH: '3' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('AMGI_AMBIGUOUS_WIDTH must be 1, 2 or auto, not "3".');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
