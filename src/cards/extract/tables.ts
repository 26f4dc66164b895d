/**
 * Tables: a two-column table of names and descriptions is a card per row; a wider one whose first
 * column names things is too, each row's back its other cells under their headers.
 */
import type { Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { askedTitle } from '../front.js';
import { asksForItsParts, aspectEnding, endsInAspect } from '../title-rules/aspects.js';
import { cleanTitle, titleText } from '../title-rules/clean.js';
import { aliasAsGloss, nameOneTerm } from '../title-rules/glosses.js';
import { isTitleLike, LIST_TITLE_MAX } from '../title-rules/names.js';
import { headerReadsAsRow, isComparisonCorner, namesEntry, propertyHeader } from '../title-rules/tables.js';
import { isAspectTitle, shownTitle, withoutGloss } from '../titles.js';
import type { BackPart, Concept } from '../types.js';
import { asksForAll, kindsCard, readAspectWordAmongNames } from './lists.js';
import { isSourcesTable } from './navigation.js';
import { end, lineOf, start } from './source.js';
import type { ExtractionState } from './state.js';

/** A two-column table's key column headed so lists kinds of its owner (`| 종류 | 내용 |`), asked as such. */
const KINDS_CORNER: ReadonlySet<string> = new Set(['종류', '유형', '분류', '구성 요소', '구성요소', '단계', '기능', '특징', '원칙']);

/**
 * A two-column table of terms and descriptions: one card per row, the owner lists the terms, or
 * keeps the whole table where it asks for all of it (`TCP와 UDP의 차이` over `| TCP | 연결형 |`).
 */
export function readTable(state: ExtractionState, node: Table): void {
  if (isSourcesTable(node)) {
    state.decide(node, 'dropped', undefined, 'a table of sources: works, their links and licences');
    return;
  }
  const [header, ...rows] = node.children;
  if (header !== undefined && header.children.length >= 3) {
    readWideTable(state, node);
    return;
  }
  const twoColumns = header !== undefined && rows.length > 0 && node.children.every((row) => row.children.length === 2);
  // `| TCP | 연결형 |` over `|---|---|`: a table written without a header, its first row one of its pairs.
  const headerIsRow = twoColumns && headerReadsAsRow(rowCells(header), rows.map(rowCells));
  if (headerIsRow) rows.unshift(header);
  const titles = rows.map(rowName);
  if (!twoColumns || !titles.every((title) => isTitleLike(title, LIST_TITLE_MAX))) {
    state.explain(node);
    return;
  }
  const owner = state.current();
  // `| 서비스 | 포트 |`: each row asked for its port (`SSH의 포트는?`), not what SSH is.
  // Not of rows that are questions (`| 질문 | 답 |` over `| 3계층은? | 네트워크 |`): each is asked as written.
  const property = headerIsRow || titles.some((title) => /[?？]$/u.test(title)) ? undefined : propertyHeader(cleanTitle(titleText(header.children[1]!)));
  const rowConcepts = rows.map((row, n) => {
    const cell = row.children[1]!;
    const concept = state.child(owner, 'table-row', titles[n]!, lineOf(row), owner?.section ?? state.sectionPath());
    if (property !== undefined) concept.valueOfTerm = property;
    // A cell's position includes its pipes; its content runs from the first to the last inline node.
    const first = cell.children[0];
    const last = cell.children[cell.children.length - 1];
    if (first && last) state.addSlice(concept, start(first), end(last), 0, cell);
    state.decisions.push({ line: lineOf(row), block: 'table row', outcome: 'title', concept });
    return concept;
  });
  readAspectWordAmongNames(rowConcepts, (row) => /(이란|란)\?$/.test(askedTitle(row)));
  if (owner && asksForAll(owner)) {
    state.addSlice(owner, start(node), end(node), state.indentOf(node), node);
    state.decide(node, 'explanation', owner);
    return;
  }
  if (owner) {
    const corner = header && !headerIsRow ? cleanTitle(titleText(header.children[0]!)) : '';
    nameRows(state, node, owner, corner, titles);
  } else state.decide(node, 'dropped', undefined, 'no title above it');
}

/**
 * The owner's back names a table's rows, each a card of its own. `| 종류 | 내용 |`: the names are the
 * owner's kinds, asked as such (`Flag Bit의 종류는?`), unless the owner asks for them already (`## 조인의
 * 종류`): then they are its answer, beside what is above the table (an image of them), not a second card
 * asking the same.
 */
function nameRows(state: ExtractionState, node: Table, owner: Concept, corner: string, names: readonly string[]): void {
  const listed = { type: 'markdown', markdown: names.map((name) => `- ${name}`).join('\n') } satisfies BackPart;
  const ownerTitle = shownTitle(owner);
  const ownerAsks = asksForItsParts(ownerTitle) || aspectEnding(ownerTitle) === corner || endsInCorner(ownerTitle, corner);
  if ((KINDS_CORNER.has(corner) || namesAClassification(corner)) && !ownerAsks) {
    state.decide(node, 'title', kindsCard(state, owner, corner, lineOf(node), listed.markdown));
    return;
  }
  owner.parts.push(listed);
  state.decide(node, 'explanation', owner);
}

/**
 * A corner naming the classification its rows are (`비용추정 단계 및 적용변수 구체화 정도에 따른 분류`, `스케줄링
 * 기법의 종류`): asked as the bare `분류` or `종류` is, so that its name is on a card, not lost with the header.
 */
function namesAClassification(corner: string): boolean {
  return /\S\s+(?:\S+\s+)?(?:분류|종류|유형)$/u.test(corner);
}

/** What a table's row is named: its first cell, an alias after ` ; ` as a gloss (see `aliasAsGloss`). */
function rowName(row: TableRow): string {
  return row.children[0] ? aliasAsGloss(cleanTitle(titleText(row.children[0]))) : '';
}

/** A two-column row's cells as text, to compare a header with the rows under it. */
function rowCells(row: TableRow): [string, string] {
  return [cleanTitle(titleText(row.children[0]!)), cleanTitle(titleText(row.children[1]!))];
}

/** A title whose last words are those of a table's corner (`디자인 패턴 분류` over `| 분류 | 패턴 |`) asks what the column lists. */
function endsInCorner(title: string, corner: string): boolean {
  const words = title.trim().split(/\s+/u);
  return words.slice(-corner.split(/\s+/u).length).join(' ') === corner;
}

/**
 * A table of three columns or more whose first column names things (`| 종류 | 방법 | 선점 |`): a card
 * per row, its back the other cells under their headers. Where the top-left cell says the columns
 * are what is compared (`| 구분 | TCP | UDP |`), each row is a property asked of them all. The owner
 * keeps the whole table. A table whose first column is not names (numbers, steps), or with cells of
 * arrows alone (a scale drawn with `<`), stays as it is.
 */
function readWideTable(state: ExtractionState, node: Table): void {
  const [header, ...rows] = node.children as [TableRow, ...TableRow[]];
  const owner = state.current();
  const headers = header.children.map((cell) => cleanTitle(titleText(cell)));
  const titles = rows.map(rowName);
  const headed = (title: string) => isTitleLike(title, LIST_TITLE_MAX) && /[\p{L}\p{N}]/u.test(title);
  // Cells of arrows or inequalities alone (`<`, `→`) make the table a scale or a diagram, not entries.
  const scale = rows.some((row) => row.children.some((cell) => /^[<>=≤≥→←↔⇒⇐]+$/u.test(toString(cell).trim())));
  const groups = owner && !scale && headers.slice(1).every(headed) ? rowGroups(rows, titles) : undefined;
  if (owner && groups !== undefined) {
    readGroupedTable(state, node, owner, headers, groups);
    return;
  }
  if (!owner || rows.length === 0 || scale || !headers.slice(1).every(headed) || !titles.every(namesEntry) || new Set(titles).size < titles.length) {
    state.explain(node);
    return;
  }
  // `| 구분 | TCP | UDP |`: the columns are the things compared where the title above names them
  // (`TCP와 UDP의 차이`), or where every row names an aspect of them (`| 장점 | … |`, `| 용도 | … |`);
  // else they may as well be properties (`| 구분 | 가용성 | 최소 저장 기간 |`), and each row is shown
  // by its name alone.
  const compared = headers.slice(1);
  const above = [owner.title, ...owner.section];
  const comparison = isComparisonCorner(headers[0]!) && !compared.some(isAspectTitle);
  const namedAbove = comparison ? compared.map((name) => nameAsTitledAbove(name, above)) : [];
  const named = comparison && namedAbove.every((name) => name !== undefined);
  const aspectsOfColumns = comparison && !named && titles.every(isAspectTitle);
  // Rows naming terms of the owner's go on those terms' cards (see joinRowsToTheirTerms in cards.ts): the table stays.
  const rowsOfTerms = state.concepts.some((concept) => concept.parent === owner && titles.some((title) => nameOneTerm(title, shownTitle(concept))));
  if (!comparison && (asksForRowNames(owner) || (asksWhatItIsOver(owner) && !rowsOfTerms))) {
    // `개발 조직 방법` over `| 분류 | 정의 | 장점 | 단점 |`: the methods are the rows, answered by their names as
    // over a two-column table; each row's cells are on its own card, which the whole table would repeat.
    // So under a title asked what it is (`- CMMi` over `| Level | Focus | Process Areas |`): the table is
    // no definition, and the learner asked `CMMi란?` should not recite what the rows' cards ask.
    owner.parts.push({ type: 'markdown', markdown: titles.map((title) => `- ${title}`).join('\n') });
    state.decide(node, 'explanation', owner);
  } else state.explain(node);
  rows.forEach((row, n) => {
    const concept = state.child(owner, 'table-row', titles[n]!, lineOf(row), owner.section);
    if (named) concept.across = namedAbove as string[];
    else if (aspectsOfColumns) concept.across = compared.map((name) => namesWithoutGloss(name).at(-1) ?? name);
    else if (comparison) concept.asWritten = true;
    const lines = row.children.slice(1, headers.length).flatMap((cell, column) => {
      const first = cell.children[0];
      const last = cell.children[cell.children.length - 1];
      const text = first && last ? state.source.slice(start(first), end(last)).trim() : '';
      return text ? [`- **${headers[column + 1]}**: ${text}`] : [];
    });
    if (lines.length > 0) concept.parts.push({ type: 'markdown', markdown: lines.join('\n') });
    state.collectImages(concept, row);
    state.decisions.push({ line: lineOf(row), block: 'table row', outcome: 'title', concept });
  });
}

/** Rows under one name: the row that names it, then those whose first cell is left blank below it. */
interface RowGroup {
  name: string;
  line: number;
  rows: TableRow[];
}

/**
 * A table laid out as merged cells (`| 신뢰성 | 성능 수준을 유지 | 성숙성 |` over `|  |  | 결함허용성 |`):
 * its first column named on a group's first row only, blank on the rows that go on with it. Undefined
 * for any other table: no row blank there, the first row blank, or a name not an entry or written twice.
 */
/** A note under a table's rows: `※ …`, `* …`, `주) …`, `참고: …`. */
const TABLE_NOTE = /^(?:※|\*|주\)|참고\s*[:：)])/u;

function rowGroups(rows: readonly TableRow[], titles: readonly string[]): RowGroup[] | undefined {
  if (titles[0] === '' || !titles.includes('')) return undefined;
  // A row that only notes something of the table (`|  | ※ n은 원소 수 |`) continues no group: such a table
  // is read as any other, its note kept on the back above.
  if (rows.some((row, n) => titles[n] === '' && TABLE_NOTE.test(toString(row).trim()))) return undefined;
  const groups: RowGroup[] = [];
  rows.forEach((row, n) => {
    if (titles[n] !== '') groups.push({ name: titles[n]!, line: lineOf(row), rows: [row] });
    else groups.at(-1)!.rows.push(row);
  });
  const names = groups.map((group) => group.name);
  if (groups.length < 2 || !names.every(namesEntry) || new Set(names).size < names.length) return undefined;
  return groups;
}

/**
 * A table of merged-cell groups (see rowGroups): a card per group, asked by its name in the owner's
 * context, its back the other cells of its rows; the owner's back names the groups, as over a table of
 * one row each (see nameRows). The raw table, half of it blank cells, is on no card.
 */
function readGroupedTable(state: ExtractionState, node: Table, owner: Concept, headers: readonly string[], groups: readonly RowGroup[]): void {
  nameRows(state, node, owner, headers[0]!, groups.map((group) => group.name));
  const continued = groups.flatMap((group) => group.rows.slice(1));
  const once = headers.map((_, column) => column).filter((column) => column > 0 && continued.every((row) => cellText(state, row, column) === ''));
  for (const group of groups) {
    const concept = state.child(owner, 'table-row', group.name, group.line, owner.section);
    const back = groupBack(state, headers, once, group.rows);
    if (back !== '') concept.parts.push({ type: 'markdown', markdown: back });
    for (const row of group.rows) state.collectImages(concept, row);
    state.decisions.push({ line: group.line, block: 'table row', outcome: 'title', concept });
  }
}

/**
 * A group's cells under their headers: a column the table writes on a group's first row only (`once`) says
 * it of the whole group (`- **내용**: 성능 수준을 유지`); one column going on down its rows lists them
 * (`- **부특성**: 성숙성, 결함허용성`); several such stay a table of those rows, without the blank first column.
 */
function groupBack(state: ExtractionState, headers: readonly string[], once: readonly number[], rows: readonly TableRow[]): string {
  const going = headers.map((_, column) => column).filter((column) => column > 0 && !once.includes(column) && rows.some((row) => cellText(state, row, column) !== ''));
  const lines = once.flatMap((column) => (cellText(state, rows[0]!, column) ? [`- **${headers[column]}**: ${cellText(state, rows[0]!, column)}`] : []));
  if (going.length === 1) {
    const values = rows.map((row) => cellText(state, row, going[0]!)).filter((text) => text !== '');
    lines.push(`- **${headers[going[0]!]}**: ${values.join(', ')}`);
  } else if (going.length > 1) {
    const table = [going.map((column) => headers[column]), going.map(() => '---'), ...rows.map((row) => going.map((column) => cellText(state, row, column)))];
    if (lines.length > 0) lines.push('');
    lines.push(...table.map((cells) => `| ${cells.join(' | ')} |`));
  }
  return lines.join('\n');
}

/** A cell's text as written, from its first inline node to its last (its position includes its pipes). */
function cellText(state: ExtractionState, row: TableRow, column: number): string {
  const cell = row.children[column];
  const first = cell?.children[0];
  const last = cell?.children[cell.children.length - 1];
  return first && last ? state.source.slice(start(first), end(last)).trim() : '';
}

/** A title asking for an aspect (`개발 조직 방법은?`, `TCP의 특징은?`) or its parts, not for all a table says. */
function asksForRowNames(owner: Concept): boolean {
  const title = shownTitle(owner);
  return (endsInAspect(title) || asksForItsParts(title)) && !asksForAll(owner);
}

/** A title asked what it is (`CMMi란?`), which its parts' names follow, not a question asking for all it says. */
function asksWhatItIsOver(owner: Concept): boolean {
  return !asksForAll(owner) && /(이란|란)\?$/u.test(askedTitle(owner));
}

/**
 * A compared column's name as a title above says it: whole, or without what only glosses it (see
 * namesWithoutGloss). Undefined where no title names it.
 */
function nameAsTitledAbove(column: string, above: readonly string[]): string | undefined {
  return namesWithoutGloss(column).find((name) => above.some((title) => title.includes(name)));
}

/**
 * A column's name without a name in brackets, then without an English one after the Korean
 * (`오버로딩 overloading` → `오버로딩`), longest first: a question names each compared column briefly.
 */
function namesWithoutGloss(column: string): string[] {
  const unbracketed = withoutGloss(column);
  const korean = withoutEnglishAfterKorean(unbracketed);
  return [unbracketed, ...(korean ? [korean] : [])].filter((name) => name !== '');
}

/**
 * A name without the English words after its Korean (`오버로딩 overloading` → `오버로딩`), or undefined
 * where none end it or no Hangul comes before them. Scanned from the end, as a pattern would try each
 * Hangul letter against all the rest.
 */
function withoutEnglishAfterKorean(name: string): string | undefined {
  const isBlank = (char: string) => /\s/.test(char);
  // The run of English letters, blanks and hyphens the name ends with.
  let runStart = name.length;
  while (runStart > 0 && /[A-Za-z\s-]/.test(name[runStart - 1]!)) runStart--;
  // The English starts at its first blank that a letter follows (`연결 - connection` keeps `연결 -`).
  for (let at = runStart; at < name.length; ) {
    if (!isBlank(name[at]!)) {
      at++;
      continue;
    }
    let next = at;
    while (next < name.length && isBlank(name[next]!)) next++;
    if (next < name.length && /[A-Za-z]/.test(name[next]!)) {
      const korean = name.slice(0, at);
      return /[\uac00-\ud7a3]/.test(korean) && !/[\n\r\u2028\u2029]/.test(korean) ? korean : undefined;
    }
    at = next;
  }
  return undefined;
}
