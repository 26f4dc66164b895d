/**
 * One item of a list and what it is: a term (`- 용어 : 설명`), a sub-title over its explanation, a
 * heading written in it, a question, a lead-in of the items under it, or a line of its owner's back;
 * and the blocks under it (nested lists, tables) read as its own.
 */
import type { Heading, List, ListItem, Node, Paragraph, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { pushAll } from '../../util/arrays.js';
import { codePointLength } from '../../util/text.js';
import { displayTitle, subjectOf } from '../front.js';
import { cleanTitle, titleText } from '../title-rules/clean.js';
import { acronymBeforeItsWords } from '../title-rules/glosses.js';
import { isListingLeadIn, isNotATerm, startsWithLeadIn } from '../title-rules/labels.js';
import { CALLOUT_TITLE_MAX, isClauseOfOwner, isTitleLike, LIST_TITLE_MAX, namesOverSentence } from '../title-rules/names.js';
import { questionPrefixLength } from '../title-rules/question-labels.js';
import { isNamedTask, saysWhatItIs } from '../title-rules/tasks.js';
import { abbreviatedAspect, isSettingExample, splitTerm } from '../title-rules/terms.js';
import { labelsAValue, listsNames, namesOneValue, numberWord } from '../title-rules/values.js';
import { shownTitle, withoutGloss } from '../titles.js';
import type { Concept } from '../types.js';
import { choicesInto, multipleChoice } from './choices.js';
import { definitionItem } from './lines.js';
import { listInto, MAX_LIST_DEPTH } from './lists.js';
import { questionItem } from './questions.js';
import { dedent, end, lineOf, start } from './source.js';
import type { ExtractionState } from './state.js';
import { readTable } from './tables.js';

/** A line that is only an image, in Markdown or HTML. */
const IMAGE_LINE = /^\s*(!\[[^\]]*\]\([^)]*\)|<img\s[^>]*>)\s*$/i;

export function itemConcept(state: ExtractionState, owner: Concept | undefined, item: ListItem, depth: number, titlesHere: boolean, titleLines = false, aspectsShortened = false): Concept | undefined {
  const first = item.children[0];
  if (first?.type === 'heading') return headingItem(state, owner, item, first, depth);
  if (first?.type !== 'paragraph') return undefined;
  const firstLineSource = state.firstLineSource(first);
  const section = owner?.section ?? state.sectionPath();
  const defined = state.linesRead.get(item)?.definitions;
  if (defined !== undefined) return definitionItem(state, owner, item, first, defined, section);
  const choice = multipleChoice(state, item);
  if (choice !== undefined) {
    const concept = state.child(owner, 'qa', choice.question, lineOf(item), section);
    state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
    choicesInto(state, concept, item, choice);
    return concept;
  }
  const questionPrefix = questionPrefixLength(firstLineSource);
  if (questionPrefix !== undefined) return questionItem(state, owner, item, questionPrefix, section);
  // the section's own items, not those of a concept in it
  const term = state.followUps && depth === 1 ? undefined : ((aspectsShortened ? abbreviatedAspect(firstLineSource) : undefined) ?? splitTerm(firstLineSource));
  if (term && repeatsOwner(owner, term.term)) return undefined;
  if (term) {
    const concept = state.child(owner, 'term', term.term, lineOf(item), section);
    const description = firstLineSource.slice(term.descriptionStart);
    if (description.trim() !== '') state.definedOnItsLine.add(concept);
    if (item.children.length === 1 && state.afterFirstLine(first) === undefined && labelsAValue(term.term, description)) {
      markLabelledValue(concept, description);
      if (listsNames(description)) state.namesListed.add(concept);
      if (namesOneValue(term.term, description)) state.termsOfOneValue.add(concept);
    }
    state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
    itemBody(state, concept, item, start(first) + term.descriptionStart, depth + 1);
    return concept;
  }
  const nested = item.children[1];
  if (item.children.length === 2 && nested?.type === 'list' && state.afterFirstLine(first) === undefined && isListingLeadIn(cleanTitle(state.firstLine(first)))) {
    // `- 주요 항목들` over `- **Date**: …`: the items are the owner's, the label only lines them up.
    state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'explanation', ...(owner ? { concept: owner } : {}) });
    const items = listInto(state, owner, nested, depth + 1);
    if (items.type === 'markdown') state.leadInLines.set(item, { label: cleanTitle(state.firstLine(first)), items: items.markdown });
    return undefined;
  }
  const clauseTables = tablesUnderClause(state, item);
  if (clauseTables.length > 0) {
    if (owner) for (const table of clauseTables) state.withOwner(owner, () => readTable(state, table));
    return undefined;
  }
  const title = itemTitle(state, item);
  if (title !== undefined && repeatsOwner(owner, title)) return undefined;
  // A setting written out with its value (`` `Access-Control-Allow-Origin: *` ``) under a term explained on
  // its line is an example of it, remark and all; under a title alone (`## Cache-Control 지시어`), each
  // such setting is what the title lists, and a card of its own.
  if (title !== undefined && owner?.kind === 'term' && state.definedOnItsLine.has(owner) && isSettingExample(state.firstLineSource(first))) return undefined;
  // Among siblings that head explanations, a first line that ends as a name over a sentence heads one too.
  const rest = state.afterFirstLine(first);
  const titleOverSentence = titlesHere && rest !== undefined && namesOverSentence(state.firstLine(first), state.source.slice(rest, end(first)));
  if (title !== undefined && (item.children.length > 1 || breaksAfterTitle(first) || titleLines || titleOverSentence) && titlesHere) {
    const concept = state.child(owner, 'list-title', title, lineOf(item), section);
    state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
    itemBody(state, concept, item, undefined, depth + 1);
    return concept;
  }
  // A question too long for a sub-title among questions (`2. 은행원 알고리즘을 설명해보세요.` over its answer) is
  // asked as written where the note answers it, as `Q.` is; unanswered, it stays a line of the owner's back.
  if (state.listedQuestions.has(item)) return questionItem(state, owner, item, 0, section);
  return undefined;
}

/**
 * The title of a list item used as a sub-title: a short first line that is not a term. `glossAside`: its
 * name alone is judged, a gloss after it (`나선형 모형(Spiral Model ; 위험을 분석하며 반복하는 모형)`) may
 * say anything, where the line's place already says it is a title. Read once per item as a list title
 * (its list, the items beside it and the item itself each ask; see ExtractionState.itemTitles).
 */
export function itemTitle(state: ExtractionState, item: ListItem, maxLength = LIST_TITLE_MAX, glossAside = false): string | undefined {
  if (maxLength !== LIST_TITLE_MAX || glossAside) return readItemTitle(state, item, maxLength, glossAside);
  if (state.itemTitles.has(item)) return state.itemTitles.get(item);
  const title = readItemTitle(state, item, maxLength, glossAside);
  state.itemTitles.set(item, title);
  return title;
}

function readItemTitle(state: ExtractionState, item: ListItem, maxLength: number, glossAside: boolean): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const line = state.firstLine(first);
  if (state.linesRead.get(item)?.definitions !== undefined) return undefined; // a term over its definition
  const judged = glossAside && codePointLength(cleanTitle(line)) <= maxLength ? withoutGloss(cleanTitle(line)) : line;
  const titleLike = isTitleLike(judged, maxLength) || (codePointLength(cleanTitle(judged)) <= maxLength && isNamedTask(cleanTitle(judged)));
  if (!titleLike || splitTerm(state.firstLineSource(first)) || isNotATerm(cleanTitle(line)) || startsWithLeadIn(line)) return undefined;
  // `- ![asg-create-1](…)`: a picture, whose alt text names a file, not a concept.
  if (IMAGE_LINE.test(state.firstLineSource(first))) return undefined;
  // A clause of the title above over items (`전문가에게 의뢰` over `- 장점 : …`) stays in that title's
  // explanation with them; over tables last, those are the title's (see tablesUnderClause).
  if (isClauseOfOwner(cleanTitle(line)) && item.children.slice(1).every((block) => block.type === 'list' || block.type === 'table')) {
    const blocks = item.children.slice(1).map((block) => block.type);
    if (blocks.indexOf('table') < 0 || blocks.lastIndexOf('list') < blocks.indexOf('table')) return undefined;
  }
  return cleanTitle(line);
}

export function itemHasMore(state: ExtractionState, item: ListItem): boolean {
  const first = item.children[0];
  return item.children.length > 1 || (first?.type === 'paragraph' && state.afterFirstLine(first) !== undefined);
}

/** The explanation inside a titled list item: the rest of its first paragraph, then its other blocks. */
export function itemBody(state: ExtractionState, concept: Concept, item: ListItem, from: number | undefined, depth: number): void {
  const [first, ...others] = item.children;
  if (first?.type === 'paragraph') {
    const restStart = from ?? state.afterFirstLine(first);
    if (restStart !== undefined && restStart < end(first)) state.addSlice(concept, restStart, end(first), state.indentOf(first), first);
  }
  for (const block of others) {
    if (block.type === 'list' && depth <= MAX_LIST_DEPTH) {
      // Before what its items gave the concept (the tables under a clause, see tablesUnderClause).
      const partsBefore = concept.parts.length;
      concept.parts.splice(partsBefore, 0, listInto(state, concept, block, depth));
      state.collectImages(concept, block);
    } else if (block.type === 'table' && depth <= MAX_LIST_DEPTH) {
      // A table written in the item (`- Flag Bit` over `| URG | … |`): its rows are the item's, as a
      // table's are the title's above it anywhere else.
      state.withOwner(concept, () => readTable(state, block));
    } else {
      state.addSlice(concept, start(block), end(block), state.indentOf(block), block);
    }
  }
}

/** `1. ##### 상호 배제` over its explanation: a heading written inside a list item titles the item. */
function headingItem(state: ExtractionState, owner: Concept | undefined, item: ListItem, heading: Heading, depth: number): Concept | undefined {
  const title = cleanTitle(titleText(heading));
  if (item.children.length < 2 || !isTitleLike(title, CALLOUT_TITLE_MAX)) return undefined;
  const concept = state.child(owner, 'list-title', title, lineOf(item), owner?.section ?? state.sectionPath());
  state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
  itemBody(state, concept, item, undefined, depth + 1);
  return concept;
}

/**
 * A term over a value (see labelsAValue): kept as written where "…이란?" would ask what the value does not
 * answer, or asked for what its number is (`Port Unreachable ; Code 3`, see numberWord).
 */
export function markLabelledValue(concept: Concept, description: string): void {
  concept.labelsValue = true;
  const word = numberWord(description);
  if (word !== undefined) concept.valueWord = word;
}

/**
 * `- EC2 tasks - HTTP` in a list of bare names (`- Lambda functions`, `- IP address`): a code or a
 * number added to a name (`HTTP`, `443`), not a definition; "EC2 tasks란?" is not answered by `HTTP`.
 * Such items stay lines of the owner's explanation, as written. Where more items have one than not,
 * the list pairs names with values (see `labelsAValue`); a word (`S3 : 저장소`) may well define.
 */
export function attributesAmongNames(state: ExtractionState, list: List): Set<ListItem> {
  const valued: ListItem[] = [];
  let bare = 0;
  for (const item of list.children) {
    const first = item.children[0];
    if (item.children.length !== 1 || first?.type !== 'paragraph' || state.afterFirstLine(first) !== undefined) return new Set();
    const line = state.firstLineSource(first);
    const term = splitTerm(line);
    if (term === undefined) bare += 1;
    // A code (`HTTP`), not a number: `- SSH - 22` among `- DNS` is a port worth asking, as it was written.
    else if (/^[A-Za-z][A-Za-z0-9./+_-]*$/u.test(line.slice(term.descriptionStart).trim())) valued.push(item);
    else return new Set();
  }
  return bare >= valued.length ? new Set(valued) : new Set();
}

/**
 * The tables written last under a clause said of the owner (`- 수학적 기법이지만 비정형 모델` over `| 유형 |
 * 설명 |`): the owner's, as if written right under it, their rows cards in its context; the clause is
 * a line of the owner's explanation (see itemTitle). None for any other item.
 */
export function tablesUnderClause(state: ExtractionState, item: ListItem): Table[] {
  const [first, ...others] = item.children;
  if (first?.type !== 'paragraph' || state.afterFirstLine(first) !== undefined) return [];
  // So under a label naming no term (`- 암기법 ; 신사이기 유효` over the table of 신뢰성, 사용성…): the table is the owner's.
  if (!isClauseOfOwner(cleanTitle(state.firstLine(first))) && !startsWithLeadIn(state.firstLine(first))) return [];
  const firstTable = others.findIndex((block) => block.type === 'table');
  if (firstTable < 0) return [];
  const [before, tables] = [others.slice(0, firstTable), others.slice(firstTable)];
  if (!before.every((block) => block.type === 'list') || !tables.every((block) => block.type === 'table')) return [];
  return tables as Table[];
}

/** An item whose title is alone on its line and whose explanation, below it, starts by saying what it is. */
export function definedUnderItsLine(state: ExtractionState, item: ListItem): boolean {
  const [first, next] = item.children;
  if (first?.type !== 'paragraph') return false;
  const rest = state.afterFirstLine(first);
  let explanation: string | undefined;
  if (rest !== undefined) explanation = state.source.slice(rest, end(first));
  else if (next?.type === 'paragraph') explanation = titleText(next);
  else if (next?.type === 'list' && next.children[0]?.children[0]?.type === 'paragraph') explanation = titleText(next.children[0].children[0]);
  const line = explanation?.trim().split('\n')[0];
  return line !== undefined && saysWhatItIs(cleanTitle(line));
}

/** An item kept as written in its list's back; a term over its definitions as a term line is (`- HTTP : 80`). */
export function keptItem(state: ExtractionState, item: ListItem, to: number, leftOut: ReadonlySet<ListItem> = new Set()): string {
  if (state.linesRead.get(item)?.definitions === undefined) return dedent(withoutItems(state, item, to, leftOut), state.indentOf(item));
  const [term, definition, ...more] = state.source.slice(start(item), to).split('\n').map((line) => line.trim());
  return [`- ${term} ${definition}`, ...more].join('\n  ');
}

/**
 * The item's source up to `to`, without the lines of the items inside it that are `leftOut` (left to
 * their own cards, see carded-parts.ts), each with all it holds.
 */
function withoutItems(state: ExtractionState, item: ListItem, to: number, leftOut: ReadonlySet<ListItem>): string {
  const cuts: [number, number][] = [];
  const pending: ListItem[] = [item];
  while (pending.length > 0) {
    for (const block of pending.pop()!.children) {
      if (block.type !== 'list') continue;
      for (const sub of block.children) {
        if (!leftOut.has(sub)) pending.push(sub);
        else if (start(sub) < to) {
          // Whole lines: from the start of the item's line to the end of its last one.
          const lineEnd = state.source.indexOf('\n', end(sub));
          cuts.push([state.source.lastIndexOf('\n', start(sub) - 1) + 1, Math.min(to, lineEnd < 0 ? state.source.length : lineEnd + 1)]);
        }
      }
    }
  }
  if (cuts.length === 0) return state.source.slice(start(item), to);
  cuts.sort((a, b) => a[0] - b[0]);
  let text = '';
  let from = start(item);
  for (const [cutFrom, cutTo] of cuts) {
    text += state.source.slice(from, cutFrom);
    from = Math.max(from, cutTo);
  }
  return (text + state.source.slice(from, Math.max(from, to))).replace(/\s+$/u, '');
}

/**
 * A first line ended by a hard break (two spaces or `\`), the explanation under it in the same
 * paragraph: `2.  데이터의 무결성␠␠␠` over its sentence, as its siblings have theirs in nested blocks.
 */
export function breaksAfterTitle(paragraph: Paragraph): boolean {
  return paragraph.children[1]?.type === 'break' && paragraph.children.length > 2;
}

/**
 * `- 신뢰성` under `- 신뢰성 ; 기능의 계속적인 수행`: an item named as the one it is under says more of
 * that one (here its formula), not of another thing. It stays on the owner's back as written; a card of
 * its own would ask the owner's question again (`신뢰성 › 신뢰성이란?`).
 */
export function repeatsOwner(owner: Concept | undefined, title: string): boolean {
  if (owner === undefined) return false;
  const ownerTitle = shownTitle(owner);
  const own = displayTitle(cleanTitle(title));
  // An item naming its owner by the acronym the owner spells out (`- ICMP ; …` under `- ICMP Internet Control
  // Message Protocol`) says what the owner is: a line of its back, no second card asking it again.
  if (owner.kind !== 'heading') return own === subjectOf(ownerTitle) || own === acronymBeforeItsWords(subjectOf(ownerTitle));
  // A heading that asks what something is (`### CORS란`) is asked it again by an item of its own, the
  // name spelled out (`- CORS(Cross Origin Resource Sharing)란`): one question, answered on the heading's
  // back. A heading that only names it (`### CORS`) asks nothing, and the item is its card.
  const asked = subjectOf(ownerTitle);
  return asked !== ownerTitle && withoutGloss(subjectOf(own)) === withoutGloss(asked);
}

/**
 * Whether a list item's nested blocks explain its first line rather than continue an outline of short
 * bullets: `- 컴퓨팅` over `  - EC2` is an outline; `1. 물리 계층` over `* 비트를 전송한다.` explains, and
 * so do terms (`- 저장 위치` over `  - 쿠키 : 클라이언트`) and a paragraph of its own under the title line
 * (a loose item).
 */
export function isExplained(item: ListItem): boolean {
  if (item.children[1]?.type === 'paragraph') return true;
  const pending: Node[] = item.children.slice(1);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'list' || node.type === 'listItem') pushAll(pending, (node as List | ListItem).children);
    else if (node.type !== 'paragraph') return true;
    else if (toString(node).split('\n').some((line) => isDescription(line) || splitTerm(line) !== undefined)) return true;
  }
  return false;
}

/** A line that describes rather than names: a sentence, or a phrase of four words or more. */
function isDescription(line: string): boolean {
  return !isTitleLike(line, LIST_TITLE_MAX) || cleanTitle(line).split(' ').length >= 4;
}
