/**
 * How a card fills the review screen, whatever its size. Pure: lines in, lines out (already wrapped
 * and coloured by the session). On a short screen the answer keeps rows of its own: what matters
 * least goes first (blank lines, the deck line, the key hints, the divider), then the question is cut
 * (it was seen whole on the question side, which scrolls), then the buttons take their shorter
 * forms, so that no card is graded unseen.
 */
import { CONTEXT_SEPARATOR, displayTitle } from '../cards/titles.js';
import { displayWidth } from '../util/columns.js';
import { wrap } from './wrap.js';

/**
 * The sections the deck line names above a front: those the front does not begin with already. A
 * front says its parent's title (`데이터베이스 정의 › 공유 데이터란?`), or is its section's title (a
 * quiz question), and the screen shows it once. Nothing is lost: what is left out is on the front.
 */
export function sectionsAboveFront(section: readonly string[], front: string): readonly string[] {
  // The front says a title as the build wrote it there: without its section number (see displayTitle).
  const said = (front.split('\n')[0] ?? '').split(CONTEXT_SEPARATOR);
  const same = (title: string, part: string | undefined) => part === title || part === displayTitle(title);
  for (let count = Math.min(section.length, said.length); count > 0; count--) {
    if (section.slice(-count).every((title, n) => same(title, said[n]))) return section.slice(0, -count);
  }
  return section;
}

/**
 * Lines of the answer kept in view, when it has that many, however short the screen; an answer that
 * needs scrolling gets rows for its "above" and "below" lines besides.
 */
export const MIN_ANSWER_ROWS = 3;

export interface CardParts {
  /** The deck and section line. */
  header: string[];
  front: string[];
  /** The line between question and answer (back side only). */
  divider: string[];
  /** The answer's lines; undefined on the front side. */
  answer: string[] | undefined;
  /** The grade buttons (back side only): always shown. */
  buttons: string[];
  /** Shorter forms of the buttons, shortest last, for a screen too short to show the answer beside them. */
  compactButtons?: string[][];
  hint: string[];
}

export interface Markers {
  /** The line saying `count` answer lines are above. */
  above(count: number): string;
  /** The line saying `count` answer lines are below. */
  below(count: number): string;
  /** The last line of a question cut short. */
  cut(line: string): string;
}

export interface CardLayout {
  lines: string[];
  /** The scroll position, kept within the answer; below 0, up into a question cut short (see minScroll). */
  scroll: number;
  /** Rows the answer has: a page, for Page Up and Page Down. */
  answerRows: number;
  /** How far up the answer side scrolls: below 0 where the question is cut short, by its lines (and the divider's). */
  minScroll: number;
}

export function layoutCard(parts: CardParts, rows: number, scroll: number, markers: Markers): CardLayout {
  const { answer } = parts;
  let { header, front, divider, hint, buttons } = parts;
  let gapAfterHeader = [''];
  let gapBeforeButtons = [''];
  const used = () => header.length + gapAfterHeader.length + front.length + divider.length + gapBeforeButtons.length + buttons.length + hint.length;
  const wanted = answer === undefined ? 0 : Math.min(answer.length, MIN_ANSWER_ROWS);
  // Lines of the answer that scrolls are seen between its "above" and "below" lines: those rows are
  // worth the deck line and the hints, but not cutting the question further.
  const withMarkers = answer !== undefined && answer.length > MIN_ANSWER_ROWS ? Math.min(answer.length, MIN_ANSWER_ROWS + 2) : wanted;
  const drops = [() => (gapBeforeButtons = []), () => (gapAfterHeader = []), () => (header = []), () => (hint = []), () => (divider = [])];
  for (const drop of drops) {
    if (rows - used() >= withMarkers) break;
    drop();
  }
  if (answer === undefined) {
    // The question side: a question longer than the screen scrolls, as an answer does (a multiple-choice
    // question's every choice must be seen before it is answered).
    const room = Math.max(1, rows - (used() - front.length));
    const window = answerWindow(front, room, scroll, markers);
    const lines = [...header, ...gapAfterHeader, ...window.lines, ...gapBeforeButtons, ...hint];
    return { lines: lines.slice(0, rows), scroll: window.scroll, answerRows: room, minScroll: 0 };
  }
  const wholeFront = front;
  if (rows - used() < wanted && front.length > 1) {
    const keep = Math.max(1, front.length - (wanted - (rows - used())));
    if (keep < front.length) front = [...front.slice(0, keep - 1), markers.cut(front[keep - 1]!)];
  }
  // Still too short (the question is down to a line): the buttons' shorter forms.
  for (const compact of parts.compactButtons ?? []) {
    if (rows - used() >= wanted) break;
    buttons = compact;
  }
  // The buttons are never cut: on a screen too small for all, the top goes.
  const bottom = [...buttons, ...hint];
  const screen = (body: string[]) => [...body.slice(0, Math.max(0, rows - bottom.length)), ...bottom].slice(-rows);
  // A question cut short can be read again by scrolling up from the answer: question, divider and
  // answer then scroll as one.
  const above = front === wholeFront ? 0 : wholeFront.length + divider.length;
  if (above > 0 && scroll < 0) {
    const room = Math.max(1, rows - (used() - front.length - divider.length));
    const window = answerWindow([...wholeFront, ...divider, ...answer], room, above + scroll, markers);
    // Scrolled down to where the answer ends on the screen: the answer's own view again.
    if (window.scroll >= above + scroll) {
      return { lines: screen([...header, ...gapAfterHeader, ...window.lines, ...gapBeforeButtons]), scroll: window.scroll - above, answerRows: room, minScroll: -above };
    }
  }
  const room = Math.max(1, rows - used());
  const window = answerWindow(answer, room, Math.max(0, scroll), markers);
  return { lines: screen([...header, ...gapAfterHeader, ...front, ...divider, ...window.lines, ...gapBeforeButtons]), scroll: window.scroll, answerRows: room, minScroll: -above };
}

/**
 * The answer lines shown in `room` rows from `scroll`, with a line saying how many are above and
 * below. A marker never stands for one line: that line is shown instead.
 */
export function answerWindow(lines: readonly string[], room: number, scroll: number, markers: Pick<Markers, 'above' | 'below'>): { lines: string[]; scroll: number } {
  if (lines.length <= room) return { lines: [...lines], scroll: 0 };
  if (room === 2) {
    // A row for the line, and one saying there is more, unless that would stand for one line.
    const at = clamp(scroll, 0, lines.length - 2);
    const below = lines.length - at - 1;
    return { lines: below > 1 ? [lines[at]!, markers.below(below)] : lines.slice(at, at + 2), scroll: at };
  }
  if (room < 3) {
    const at = clamp(scroll, 0, lines.length - room);
    return { lines: lines.slice(at, at + room), scroll: at };
  }
  // Scrolled to the end, the top marker takes a row and the rest show the last lines.
  let at = clamp(scroll, 0, lines.length - (room - 1));
  if (at === 1) at = 0; // "1 line above" would hide the line it counts (see scrollBy)
  const above = at > 0 ? [markers.above(at)] : [];
  let shown = room - above.length;
  if (lines.length - at > shown) shown--; // a row for the marker below, which then stands for two lines or more
  const below = lines.length - at - shown;
  return { lines: [...above, ...lines.slice(at, at + shown), ...(below > 0 ? [markers.below(below)] : [])], scroll: at };
}

/**
 * The scroll position after moving `by` lines (down when positive) in an answer window of `room` rows.
 * Position 1 is passed over where the window has markers: its "1 line above" would hide the very line it
 * counts, so moving down from the top goes to 2, and moving up from 2 goes back to the top.
 */
export function scrollBy(scroll: number, by: number, room: number, min = 0): number {
  const next = Math.max(min, scroll + by);
  // Up in a question cut short (see layoutCard), positions count from the question's first line.
  const position = next < 0 ? next - min : next;
  if (position !== 1 || room < 3) return next;
  return (by > 0 ? 2 : 0) + (next < 0 ? min : 0);
}

/**
 * Items (a key and what it does) laid out in rows of `width` columns, joined by `separator` and never
 * split between rows, unless one alone is wider than a row.
 */
export function packItems(items: readonly string[], separator: string, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const item of items) {
    const joined = row === '' ? item : `${row}${separator}${item}`;
    if (row === '' || displayWidth(joined) <= width) {
      row = joined;
      continue;
    }
    rows.push(row);
    row = item;
  }
  if (row !== '') rows.push(row);
  return rows.flatMap((line) => (displayWidth(line) <= width ? [line] : wrap(line, width)));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
