/**
 * A paragraph whose lines its author wrote as a list, which CommonMark reads as one paragraph: lines
 * that each start with a number (`① …`, `(1) …`, `2) …`), and terms each over their definitions
 * (`보안 그룹` over `: 인스턴스 수준의 방화벽`). Each is read as the list it is (see lists.ts).
 */
import type { List, ListItem, Node, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { cleanTitle } from '../title-rules/clean.js';
import { isAnswerTemplateLabel, isNotATerm } from '../title-rules/labels.js';
import { isStatement, isTitleLike, TERM_MAX } from '../title-rules/names.js';
import { questionPrefixLength } from '../title-rules/question-labels.js';
import { asks } from '../title-rules/questions.js';
import { splitTerm } from '../title-rules/terms.js';
import { labelsAValue, listsNames, namesOneValue } from '../title-rules/values.js';
import type { Concept } from '../types.js';
import { markLabelledValue, repeatsOwner } from './list-items.js';
import { readList } from './lists.js';
import { end, lineOf, start } from './source.js';
import type { ExtractionState } from './state.js';

/** What `explain` calls a paragraph's lines read as a list, and each of its items (see `linesAsList`). */
export const NUMBERED_LINES_BLOCK = 'number lines';
const NUMBERED_LINE_BLOCK = 'number line';
export const DEFINITIONS_BLOCK = 'definitions';
const DEFINITION_BLOCK = 'definition';

/** A definition's line in a definition list: `: 인스턴스 수준의 방화벽`. */
const DEFINITION_MARK = /^[ \t]{0,3}:[ \t]+(?=\S)/;

/**
 * A number starting a line of a paragraph: `①`, `⑴` (no blank needed after them), `(1)`, `1)`. (`1.`, and
 * `1)` first in a paragraph, start a list in CommonMark; a later `2)` does not.)
 */
const LINE_NUMBER = /^[ \t]*(?:([①-⑳])[ \t]*|([⑴-⒇])[ \t]*|\((\d{1,2})\)[ \t]*|(\d{1,2})\)[ \t]+)(?=\S)/u;

/** A place in the note: its line, column and offset. */
type Point = NonNullable<Node['position']>['start'];

/** A paragraph's line read as a list item (see `linesAsList`), with the lines wrapped under it. */
export interface LineItem {
  /** Where it starts (its number, or its term) and where its last line ends, in the source. */
  start: number;
  end: number;
  /** Where its text starts, after its number. */
  textStart: number;
  /** Its first and last lines. */
  line: number;
  lastLine: number;
  /** Its number (`①` is 1). */
  number?: number;
  /** The mark the title's back lists it by, where that is no list marker (`①`, `(1)`; `2)` is listed as `2.`). */
  marker?: string;
  /** A term's definitions (see definitionLines). */
  definitions?: Definition[];
}

/** A paragraph read range by range, in order (see inlineWithin): the index of its first inline node not yet read whole. */
interface InlineCursor {
  paragraph: Paragraph;
  next: number;
}

/** A definition's text after its `: ` mark, whose width its wrapped lines are indented by. */
interface Definition {
  start: number;
  end: number;
  indent: number;
}

interface LineNumber {
  style: '①' | '⑴' | '(n)' | 'n)';
  number: number;
  /** The number as written, without blanks. */
  mark: string;
  /** Columns up to the text after it. */
  width: number;
}

/**
 * A paragraph each of whose lines starts with a number (`① 기능적 응집도: …`, `⑴`, `(1)`, `2)`), or
 * paragraphs of terms each over its definition (`보안 그룹` over `: 인스턴스 수준의 방화벽`, a definition
 * list as PHP Markdown Extra and Pandoc write it): CommonMark reads either as a paragraph, its author
 * wrote a list. Read as that list, so that its terms are cards as `- 기능적 응집도: …` items are and the
 * title's back names them. The index of the block after it, or undefined for any other paragraph.
 */
export function linesAsList(state: ExtractionState, blocks: readonly RootContent[], i: number): number | undefined {
  const first = blocks[i] as Paragraph;
  // Most paragraphs are neither, as their second line tells: a number or a definition's `: ` starts it.
  const secondLine = state.afterFirstLine(first);
  if (secondLine === undefined) return undefined;
  const second = state.lineFrom(secondLine);
  if (lineNumber(second) === undefined && !DEFINITION_MARK.test(second)) return undefined;
  const numbered = numberedLines(state, first);
  if (numbered !== undefined) {
    const list = listOfLines(state, [{ paragraph: first, items: numbered.items }], true);
    const leadIn = numbered.leadInEnd === undefined ? undefined : paragraphWithin(state, { paragraph: first, next: 0 }, first.position!.start, pointAt(state, numbered.leadInEnd, lineOf(first)));
    if (list === undefined || (numbered.leadInEnd !== undefined && leadIn === undefined)) return undefined;
    if (leadIn !== undefined) state.explain(leadIn); // `응집도는 다음과 같이 나뉜다.` above the lines
    listOfLinesRead(state, list, blocks[i + 1], blocks[i + 2], NUMBERED_LINES_BLOCK, NUMBERED_LINE_BLOCK);
    return i + 1;
  }
  const groups: { paragraph: Paragraph; items: LineItem[] }[] = [];
  for (let n = i; blocks[n]?.type === 'paragraph'; n++) {
    const items = definitionLines(state, blocks[n] as Paragraph);
    if (items === undefined) break;
    groups.push({ paragraph: blocks[n] as Paragraph, items });
  }
  const list = groups.length > 0 ? listOfLines(state, groups, false) : undefined;
  if (list === undefined) return undefined;
  const after = i + groups.length;
  listOfLinesRead(state, list, blocks[after], blocks[after + 1], DEFINITIONS_BLOCK, DEFINITION_BLOCK);
  return after;
}

/** A list read from lines (see `linesAsList`), read as any list is; `explain` names its blocks as what they are. */
function listOfLinesRead(state: ExtractionState, list: List, next: RootContent | undefined, afterNext: RootContent | undefined, listBlock: string, itemBlock: string): void {
  const from = state.decisions.length;
  readList(state, list, next, afterNext);
  for (const decision of state.decisions.slice(from)) {
    if (decision.block === 'list') decision.block = listBlock;
    else if (decision.block === 'list item') decision.block = itemBlock;
  }
}

/**
 * The lines of a paragraph that each start with a number, alike and in order (`①`, `②`; `(1)`, `(2)`),
 * a line indented under one going on with it, the first line perhaps a lead-in (`다음과 같이 나뉜다.`),
 * where two at least and most of them say a term (`기능적 응집도: …`): numbered sentences are prose, and
 * numbered lines under a question (`다음 중 …?`) its choices.
 */
function numberedLines(state: ExtractionState, node: Paragraph): { items: LineItem[]; leadInEnd: number | undefined } | undefined {
  const from = start(node);
  const items: LineItem[] = [];
  let leadInEnd: number | undefined;
  let previous: LineNumber | undefined;
  let at = from;
  for (const [n, written] of state.source.slice(from, end(node)).split('\n').entries()) {
    const numbered = lineNumber(written);
    const line = lineOf(node) + n;
    if (numbered !== undefined) {
      if (previous !== undefined && (numbered.style !== previous.style || numbered.number !== previous.number + 1)) return undefined;
      previous = numbered;
      const indent = written.length - written.trimStart().length;
      items.push({ start: at + indent, end: at + written.length, textStart: at + numbered.width, line, lastLine: line, number: numbered.number, ...(numbered.style === 'n)' ? {} : { marker: numbered.mark }) });
    } else if (n === 0) {
      leadInEnd = at + written.length;
    } else if (items.length > 0 && /^[ \t]/.test(written)) {
      Object.assign(items[items.length - 1]!, { end: at + written.length, lastLine: line }); // wrapped under the line above
    } else return undefined;
    at += written.length + 1;
  }
  if (items.length < 2) return undefined;
  if (leadInEnd !== undefined) {
    const leadIn = state.source.slice(from, leadInEnd);
    if (asks(cleanTitle(leadIn)) || questionPrefixLength(leadIn) !== undefined) return undefined;
  }
  const saysTerm = (item: LineItem) => {
    const text = state.lineFrom(item.textStart);
    const term = splitTerm(text);
    return term !== undefined && term.descriptionStart < text.length && !isNotATerm(term.term);
  };
  return items.filter(saysTerm).length * 2 > items.length ? { items, leadInEnd } : undefined;
}

function lineNumber(line: string): LineNumber | undefined {
  const match = LINE_NUMBER.exec(line);
  if (!match) return undefined;
  const [written, circled, parenthesized, inParentheses, beforeParenthesis] = match;
  const width = written.length;
  if (circled !== undefined) return { style: '①', number: circled.charCodeAt(0) - 0x2460 + 1, mark: circled, width };
  if (parenthesized !== undefined) return { style: '⑴', number: parenthesized.charCodeAt(0) - 0x2474 + 1, mark: parenthesized, width };
  if (inParentheses !== undefined) return { style: '(n)', number: Number(inParentheses), mark: `(${inParentheses})`, width };
  return { style: 'n)', number: Number(beforeParenthesis), mark: `${beforeParenthesis})`, width };
}

/**
 * A paragraph of terms each over its definitions (`보안 그룹`, then `: 인스턴스 수준의 방화벽` and more
 * `: ` lines, a line indented under one going on with it): each term's line and its definitions.
 * Undefined where any other line is in it, or a term's line names nothing (`참고`, a sentence).
 */
function definitionLines(state: ExtractionState, node: Paragraph): LineItem[] | undefined {
  const from = start(node);
  const lines = state.source.slice(from, end(node)).split('\n');
  const items: LineItem[] = [];
  let at = from;
  for (const [n, written] of lines.entries()) {
    const mark = DEFINITION_MARK.exec(written)?.[0].length;
    const line = lineOf(node) + n;
    const last = items[items.length - 1];
    if (mark !== undefined && last !== undefined) {
      last.definitions!.push({ start: at + mark, end: at + written.length, indent: mark });
      Object.assign(last, { end: at + written.length, lastLine: line });
    } else if (mark === undefined && DEFINITION_MARK.test(lines[n + 1] ?? '')) {
      const term = cleanTitle(written);
      if (!isTitleLike(written, TERM_MAX) || isStatement(term) || isNotATerm(term) || isAnswerTemplateLabel(term)) return undefined;
      const indent = written.length - written.trimStart().length;
      items.push({ start: at + indent, end: at + written.length, textStart: at + indent, line, lastLine: line, definitions: [] });
    } else if (last !== undefined && /^[ \t]/.test(written)) {
      last.definitions![last.definitions!.length - 1]!.end = at + written.length; // wrapped under the line above
      Object.assign(last, { end: at + written.length, lastLine: line });
    } else return undefined;
    at += written.length + 1;
  }
  return items.length > 0 ? items : undefined;
}

/**
 * The list of `groups`' lines as read (see numberedLines, definitionLines), each item's paragraph the
 * inline nodes of its lines, its number left out; undefined where markup runs across two items' lines.
 */
function listOfLines(state: ExtractionState, groups: readonly { paragraph: Paragraph; items: readonly LineItem[] }[], ordered: boolean): List | undefined {
  const children: ListItem[] = [];
  const read: LineItem[] = [];
  for (const { paragraph, items } of groups) {
    const inline = { paragraph, next: 0 };
    for (const item of items) {
      const [itemStart, textStart, itemEnd] = [pointAt(state, item.start, item.line), pointAt(state, item.textStart, item.line), pointAt(state, item.end, item.lastLine)];
      const text = paragraphWithin(state, inline, textStart, itemEnd);
      if (text === undefined) return undefined;
      children.push({ type: 'listItem', spread: false, children: [text], position: { start: itemStart, end: itemEnd } });
      read.push(item);
    }
  }
  children.forEach((child, n) => state.linesRead.set(child, read[n]!));
  const list: List = { type: 'list', ordered, spread: false, children, position: { start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end } };
  if (ordered) list.start = read[0]!.number ?? 1;
  return list;
}

/** A paragraph of the inline nodes of a paragraph from `from` to `to` (see inlineWithin). */
function paragraphWithin(state: ExtractionState, inline: InlineCursor, from: Point, to: Point): Paragraph | undefined {
  const children = inlineWithin(state, inline, from, to);
  return children === undefined ? undefined : { type: 'paragraph', children, position: { start: from, end: to } };
}

/**
 * The inline nodes of a paragraph from `from` (a line's start, or after its number) to `to` (a line's
 * end), a text running across them cut there; read from the cursor on, which is left at the first node
 * that runs past `to` (ranges are asked in order: the paragraph is read once). Undefined where other
 * markup runs across them (an emphasis over two lines), or a text's lines cannot be told apart in its source.
 */
function inlineWithin(state: ExtractionState, inline: InlineCursor, from: Point, to: Point): PhrasingContent[] | undefined {
  const within: PhrasingContent[] = [];
  const nodes = inline.paragraph.children;
  const first = inline.next;
  while (inline.next < nodes.length && end(nodes[inline.next]!) <= to.offset!) inline.next++;
  for (const node of nodes.slice(first, inline.next + 1)) {
    if (end(node) <= from.offset! || start(node) >= to.offset!) continue;
    if (start(node) >= from.offset! && end(node) <= to.offset!) {
      within.push(node);
      continue;
    }
    if (node.type !== 'text') return undefined;
    const lines = node.value.split('\n');
    if (lines.length !== node.position!.end.line - lineOf(node) + 1) return undefined;
    const cutAtStart = start(node) < from.offset!;
    const firstLine = cutAtStart ? from.line - lineOf(node) : 0;
    const kept = lines.slice(firstLine, (end(node) > to.offset! ? to.line : node.position!.end.line) - lineOf(node) + 1);
    if (cutAtStart) {
      // What the source has before `from` on its line (a number), as the text has it: a line's
      // indentation is no part of the text after its first line.
      const lineStart = firstLine === 0 ? start(node) : state.source.lastIndexOf('\n', from.offset! - 1) + 1;
      const before = state.source.slice(lineStart, from.offset!);
      const skipped = firstLine === 0 ? before : before.trimStart();
      if (!kept[0]!.startsWith(skipped)) return undefined;
      kept[0] = kept[0]!.slice(skipped.length);
    }
    const value = kept.join('\n');
    if (value !== '') within.push({ type: 'text', value, position: { start: cutAtStart ? from : node.position!.start, end: end(node) > to.offset! ? to : node.position!.end } });
  }
  return within;
}

/** The point at `offset`, on `line` (known to the caller, so that no line is counted twice). */
function pointAt(state: ExtractionState, offset: number, line: number): Point {
  const lineStart = offset === 0 ? 0 : state.source.lastIndexOf('\n', offset - 1) + 1;
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * A term over its definitions (`보안 그룹` over `: 인스턴스 수준의 방화벽`, see definitionLines): a card
 * as a `- 용어 : 설명` item is, its back its definitions without their marks.
 */
export function definitionItem(state: ExtractionState, owner: Concept | undefined, item: ListItem, paragraph: Paragraph, definitions: readonly Definition[], section: string[]): Concept | undefined {
  const term = cleanTitle(state.firstLine(paragraph));
  if (repeatsOwner(owner, term)) return undefined;
  const concept = state.child(owner, 'term', term, lineOf(item), section);
  state.definedOnItsLine.add(concept);
  const description = definitions.map((definition) => state.source.slice(definition.start, definition.end)).join('\n');
  if (definitions.length === 1 && labelsAValue(term, description)) {
    markLabelledValue(concept, description);
    if (listsNames(description)) state.namesListed.add(concept);
    if (namesOneValue(term, description)) state.termsOfOneValue.add(concept);
  }
  state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
  for (const definition of definitions) state.addSlice(concept, definition.start, definition.end, definition.indent, item);
  return concept;
}
