/**
 * Statistics drawn for the terminal: lines of text, none wider than the given width (80 by default),
 * Hangul counting two columns. Colour only adds emphasis; every chart reads without it.
 */
import picocolors from 'picocolors';
import type { Colors } from 'picocolors/types.js';
import { stripVTControlCharacters } from 'node:util';
import { studyDate } from '../schedule/fsrs.js';
import { displayWidth, padEndToWidth, padStartToWidth, repeatToWidth, table, truncateToWidth } from '../util/columns.js';
import { formatCount } from '../util/count.js';
import { collapseWhitespace } from '../util/text.js';
import { HEATMAP_DAYS, LEECH_LAPSES, type ReviewStats } from './stats.js';

export interface RenderOptions {
  /** Widest line, in display columns. */
  width?: number;
  colors?: Colors;
  /** Every deck was chosen: the reviews left out are then of cards in no deck (orphans), not of other decks. */
  everyDeck?: boolean;
}

/** Rows of the due forecast chart; each row is eight steps of the eighth blocks. */
const CHART_ROWS = 6;
const VERTICAL_EIGHTHS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const HORIZONTAL_EIGHTHS = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
/** Shades of the heatmap, from no review to the busiest quarter of days. */
const SHADES = ['·', '░', '▒', '▓', '█'] as const;
/** Columns of a 100% bar in the answer-button chart. */
const BUTTON_BAR_WIDTH = 30;
/** Where the heatmap's first week column is: after its indentation and weekday labels. */
const HEATMAP_START = 5;
/** Leeches listed; `--json` gives them all. */
const LEECHES_SHOWN = 20;
const DECK_COLUMN_MAX = 20;

export function renderStats(stats: ReviewStats, options: RenderOptions = {}): string[] {
  const width = options.width ?? 80;
  const colors = options.colors ?? picocolors.createColors(false);
  const sections = [
    header(stats, width, colors),
    stateSection(stats, colors),
    forecastSection(stats, colors),
    heatmapSection(stats, width, colors),
    recentSection(stats, colors),
    stabilityLine(stats, colors),
    leechSection(stats, width, colors),
  ];
  const lines = sections.flatMap((section, n) => (n === 0 ? section : ['', ...section]));
  if (stats.uncountedReviews > 0) {
    const left = options.everyDeck
      ? `어느 덱에도 없는 카드의 복습 ${formatCount(stats.uncountedReviews)}회는 세지 않았습니다 (see amgi orphans)`
      : `고른 덱에 없는 카드의 복습 ${formatCount(stats.uncountedReviews)}회는 세지 않았습니다 (reviews of other cards)`;
    lines.push('', colors.dim(truncateToWidth(left, width)));
  }
  return lines;
}

function header(stats: ReviewStats, width: number, colors: Colors): string[] {
  return [
    colors.bold(`amgi 통계 (statistics) · ${stats.date}`),
    truncateToWidth(`덱 (decks): ${stats.decks.length === 0 ? '없음 (none)' : stats.decks.join(', ')}`, width),
  ];
}

function stateSection(stats: ReviewStats, colors: Colors): string[] {
  const { counts } = stats;
  return [
    colors.bold('카드 상태 (cards by state)'),
    ...table([
      ['새 카드 (new)', formatCount(counts.new)],
      ['학습 중 (learning)', formatCount(counts.learning)],
      ['복습 (review)', formatCount(counts.review)],
      ['재학습 (relearning)', formatCount(counts.relearning)],
      ['일시 중지 (suspended)', formatCount(counts.suspended)],
      ['합계 (total)', formatCount(counts.total)],
    ]),
  ];
}

/** A vertical bar per day, two columns apiece, scaled so the busiest day fills the chart. */
function forecastSection(stats: ReviewStats, colors: Colors): string[] {
  const days = stats.forecast;
  const heading = colors.bold(`앞으로 ${days.length}일 복습 예정 (due forecast)`);
  const max = Math.max(0, ...days.map((day) => day.due));
  if (max === 0) return [heading, `  앞으로 ${days.length}일 동안 복습할 카드가 없습니다 (nothing due)`];
  const eighths = days.map((day) => (day.due === 0 ? 0 : Math.max(1, Math.round((day.due / max) * CHART_ROWS * 8))));
  const labelWidth = String(max).length;
  const rows = Array.from({ length: CHART_ROWS }, (_, row) => {
    const floor = (CHART_ROWS - 1 - row) * 8;
    // Two columns a day: a bar and a space, or a bar alone where block characters are drawn two columns wide.
    const bars = eighths.map((height) => padEndToWidth(barCell(height - floor), 2)).join('');
    return `  ${padStartToWidth(row === 0 ? String(max) : '', labelWidth)} ${colors.dim('│')}${colors.cyan(bars.trimEnd())}`.trimEnd();
  });
  const chartStart = 2 + labelWidth + 1 + displayWidth('│'); // where day 0's bar is
  const axis = `  ${padStartToWidth('0', labelWidth)} ${colors.dim(`└${repeatToWidth('─', days.length * 2 - 1)}`)}`;
  const dayLabels = [0, 7, 14, 21, 28].filter((day) => day < days.length).map((day) => ({ column: chartStart + day * 2, text: day === 0 ? '오늘' : `+${day}` }));
  const total = days.reduce((sum, day) => sum + day.due, 0);
  const busiest = days.find((day) => day.due === max)!;
  return [
    heading,
    ...rows,
    axis,
    placeLabels(dayLabels),
    `  합계 ${formatCount(total)}장 · 오늘 ${formatCount(days[0]!.due)}장 · 가장 많은 날 ${busiest.date} (${formatCount(max)}장)`,
  ];
}

/** One cell of a vertical bar: `filled` eighths of it are filled. */
function barCell(filled: number): string {
  if (filled <= 0) return ' ';
  return VERTICAL_EIGHTHS[Math.min(filled, 8) - 1]!;
}

/** Labels at given columns on one line; a label that would touch the one before it is left out. */
function placeLabels(labels: readonly { column: number; text: string }[]): string {
  let line = '';
  for (const { column, text } of labels) {
    const used = displayWidth(line);
    if (used > 0 && used + 1 > column) continue;
    line += ' '.repeat(column - used) + text;
  }
  return line;
}

/** A calendar of the past year: a row per weekday (Sunday first), a column per week, today last. */
function heatmapSection(stats: ReviewStats, width: number, colors: Colors): string[] {
  const today = dayNumber(stats.date);
  let first = today - HEATMAP_DAYS + 1;
  let firstSunday = first - weekday(first);
  let weeks = Math.floor((today - firstSunday) / 7) + 1;
  // Where the shades are drawn two columns wide, a year of weeks is wider than the width: the latest weeks that fit.
  const cell = displayWidth(SHADES[4]);
  const fitting = Math.floor((width - HEATMAP_START) / cell);
  const cut = weeks > fitting;
  if (cut) {
    firstSunday += (weeks - fitting) * 7;
    first = firstSunday;
    weeks = fitting;
  }
  const heading = colors.bold(cut ? `지난 ${weeks}주 복습 기록 (reviews, past ${weeks} weeks)` : '지난 1년 복습 기록 (reviews, past year)');
  const heatmap = cut ? stats.heatmap.filter((day) => dayNumber(day.date) >= first) : stats.heatmap;
  if (heatmap.length === 0) {
    const never = stats.stability.max === null; // no card in these decks was ever answered
    return [heading, never ? '  아직 복습 기록이 없습니다 (no reviews yet)' : cut ? `  지난 ${weeks}주 동안 복습 기록이 없습니다 (no reviews in the past ${weeks} weeks)` : '  지난 1년 동안 복습 기록이 없습니다 (no reviews in the past year)'];
  }
  const reviews = new Map(heatmap.map(({ date, reviews: count }) => [date, count]));
  const shading = shadeLevels(heatmap.map((day) => day.reviews));
  const rowLabels = ['  ', '월', '  ', '수', '  ', '금', '  '];
  const rows = rowLabels.map((label, weekdayIndex) => {
    const cells = Array.from({ length: weeks }, (_, week) => {
      const day = firstSunday + week * 7 + weekdayIndex;
      if (day < first || day > today) return ' '.repeat(cell);
      const level = shading.levelOf(reviews.get(studyDate(day)) ?? 0);
      return level === 0 ? colors.dim(SHADES[0]) : colors.green(SHADES[level]);
    });
    return `  ${colors.dim(label)} ${cells.join('')}`.trimEnd();
  });
  const total = heatmap.reduce((sum, day) => sum + day.reviews, 0);
  const legend = [`${colors.dim(SHADES[0])} 0`, ...shading.ranges.map(({ level, low, high }) => `${colors.green(SHADES[level])} ${low === high ? low : `${low}–${high}`}`)];
  return [
    heading,
    `${' '.repeat(HEATMAP_START)}${monthLabels(firstSunday, first, weeks, cell)}`.trimEnd(),
    ...rows,
    ...legendLines(legend, colors.dim('(하루 복습 수, reviews a day)'), width),
    `  복습 ${formatCount(total)}회 · 복습한 날 ${heatmap.length}일 · 하루 최다 ${formatCount(Math.max(...heatmap.map((day) => day.reviews)))}회`,
  ];
}

/** The legend on one line, or its note on a line of its own when long counts would pass the width. */
function legendLines(legend: readonly string[], note: string, width: number): string[] {
  const line = `  ${legend.join('  ')}  ${note}`;
  return displayWidth(stripVTControlCharacters(line)) <= width ? [line] : [`  ${legend.join('  ')}`, `  ${note}`];
}

/** Month names over the first week column in which each month has begun. */
function monthLabels(firstSunday: number, first: number, weeks: number, cell: number): string {
  const labels: { column: number; text: string }[] = [];
  let previousMonth = -1;
  for (let week = 0; week < weeks; week++) {
    const month = Number(studyDate(Math.max(first, firstSunday + week * 7)).slice(5, 7));
    if (month !== previousMonth) labels.push({ column: week * cell, text: `${month}월` });
    previousMonth = month;
  }
  // Months begin four or five weeks apart: a label too wide for the gap ("12월" before "1월") drops
  // its 월, and one still too wide (the first column's partial month) gives way to the next.
  const fits = (label: { column: number; text: string }, next: { column: number } | undefined) => !next || next.column - label.column >= displayWidth(label.text) + 1;
  const fitted = labels.map((label, n) => (fits(label, labels[n + 1]) ? label : { ...label, text: label.text.replace('월', '') }));
  return placeLabels(fitted.filter((label, n) => fits(label, fitted[n + 1])));
}

interface ShadeRange {
  level: 1 | 2 | 3 | 4;
  low: number;
  high: number;
}

/**
 * Shades by quantile of the days with reviews: a day's level is set by the share of those days with
 * fewer reviews, by quarters. The lightest days are always the lightest shade, and ties (many days
 * of one review) share one shade rather than spreading over several.
 */
function shadeLevels(counts: readonly number[]): { levelOf: (count: number) => 0 | 1 | 2 | 3 | 4; ranges: ShadeRange[] } {
  const sorted = counts.filter((count) => count > 0).sort((a, b) => a - b);
  const levelOf = (count: number): 0 | 1 | 2 | 3 | 4 => {
    if (count <= 0) return 0;
    const fewer = sorted.filter((other) => other < count).length;
    return Math.min(4, 1 + Math.floor((4 * fewer) / sorted.length)) as 1 | 2 | 3 | 4;
  };
  const ranges: ShadeRange[] = [];
  for (const count of new Set(sorted)) {
    const level = levelOf(count) as ShadeRange['level'];
    const last = ranges.at(-1);
    if (last?.level === level) last.high = count;
    else ranges.push({ level, low: last ? last.high + 1 : 1, high: count });
  }
  return { levelOf, ranges };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: the study-day number `studyDate` came from. */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** 0 for Sunday … 6 for Saturday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function recentSection(stats: ReviewStats, colors: Colors): string[] {
  const { passed, total } = stats.retentionReviews;
  const retention = stats.retention === null ? '— (복습 단계 카드의 답 없음, no review answers)' : `${percent(stats.retention)} (${formatCount(passed)}/${formatCount(total)})`;
  const verdict = stats.retention === null ? '' : stats.retention >= stats.desiredRetention ? ' — 목표 이상 (at or above target)' : ' — 목표보다 낮음 (below target)';
  const buttons = stats.buttons;
  const answered = buttons.again + buttons.hard + buttons.good + buttons.easy;
  const rows: [string, number][] = [
    ['1 다시 (again)', buttons.again],
    ['2 어려움 (hard)', buttons.hard],
    ['3 알맞음 (good)', buttons.good],
    ['4 쉬움 (easy)', buttons.easy],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  const countWidth = formatCount(answered).length;
  const buttonLines =
    answered === 0
      ? ['  답 버튼: 최근에 답한 카드가 없습니다 (no answers)']
      : rows.map(([label, count]) =>
          `  ${padEndToWidth(label, labelWidth)}  ${padStartToWidth(formatCount(count), countWidth)}  ${padStartToWidth(percent(count / answered), 6)}  ${colors.cyan(horizontalBar(count / answered))}`.trimEnd(),
        );
  return [colors.bold(`최근 ${stats.recentDays}일 (last ${stats.recentDays} days)`), `  실제 기억률 (true retention): ${retention}`, `  목표 기억률 (desired retention): ${percent(stats.desiredRetention)}${verdict}`, '', ...buttonLines];
}

/** A bar BUTTON_BAR_WIDTH columns long at 100%, to the eighth of a column; any non-zero share shows. */
function horizontalBar(share: number): string {
  if (share <= 0) return '';
  // Half as many blocks where they are drawn two columns wide: the bar is as long on screen.
  const eighths = Math.max(1, Math.round(share * (BUTTON_BAR_WIDTH / displayWidth('█')) * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 === 0 ? '' : HORIZONTAL_EIGHTHS[(eighths % 8) - 1]!);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function stabilityLine(stats: ReviewStats, colors: Colors): string[] {
  const { median, max } = stats.stability;
  const heading = colors.bold('안정도 (stability, 답한 카드)');
  if (median === null || max === null) return [heading, '  아직 답한 카드가 없습니다 (no card answered yet)'];
  return [heading, `  중앙값 (median) ${inDays(median)} · 최대 (max) ${inDays(max)}`];
}

function inDays(value: number): string {
  return `${value.toFixed(1)}일`;
}

/** Leeches, most lapses first: lapses, deck, then the front, cut to the line. */
function leechSection(stats: ReviewStats, width: number, colors: Colors): string[] {
  const heading = `거머리 카드 (leeches, ${LEECH_LAPSES}+ lapses)`;
  if (stats.leeches.length === 0) return [colors.bold(heading), '  없음 (none)'];
  const shown = stats.leeches.slice(0, LEECHES_SHOWN);
  const lapsesWidth = Math.max(...shown.map((leech) => displayWidth(`${leech.lapses}회`)));
  const deckWidth = Math.min(DECK_COLUMN_MAX, Math.max(...shown.map((leech) => displayWidth(leech.deck))));
  const lines = shown.map((leech) => {
    const start = `  ${padStartToWidth(`${leech.lapses}회`, lapsesWidth)}  ${padEndToWidth(truncateToWidth(leech.deck, deckWidth), deckWidth)}  `;
    const mark = leech.suspended ? ' (일시 중지)' : '';
    const front = truncateToWidth(collapseWhitespace(leech.front), width - displayWidth(start) - displayWidth(mark));
    return `${start}${front}${mark && colors.dim(mark)}`;
  });
  if (stats.leeches.length > shown.length) lines.push(colors.dim(`  … ${formatCount(stats.leeches.length - shown.length)}장 더 (--json for all)`));
  return [colors.bold(`${heading}: ${formatCount(stats.leeches.length)}장`), ...lines];
}
