/**
 * Tables, as rules about their cells read them: a top-left cell of things compared (`| 구분 | TCP | UDP |`),
 * a row's first cell that names an entry, a second column's header that names one property of each row
 * (`| 서비스 | 포트 |`), a header that is no header but a row like the others.
 */
import { isAspectTitle } from '../titles.js';
import { isTitleLike, LIST_TITLE_MAX } from './names.js';
import { DESCRIBES } from './words.js';

/** A table's top-left cell that says its columns are the things compared (`| 구분 | TCP | UDP |`). */
export function isComparisonCorner(title: string): boolean {
  return /^(구분|비교|비교\s*항목|항목|기준|비교\s*기준|)$/.test(title.trim());
}

/**
 * A table row's first cell that names an entry (`FCFS`, `S3 Standard-IA`, `폭포수`), not a step, a
 * date or a layer number (`1단계`, `3월 2일`, `L4`), which says nothing without the rest of the row.
 */
export function namesEntry(title: string): boolean {
  return isTitleLike(title, LIST_TITLE_MAX) && !/^\d/.test(title) && /\p{L}{2}/u.test(title);
}

/**
 * Headers of a column that describes what the row names (`| 용어 | 설명 |`, `| 번호 | 내용 요약 |`, `| 약어 |
 * 풀이 |`): its rows are asked 이란. So are answers and values paired with what asks for them (`| 질문 | 답 |`,
 * `| Before | After |`, `| Key | Value |`), which name no property either.
 */
const DESCRIPTION_HEADERS = /설명|의미|뜻|정의|내용|개념|비고|요약|정리|풀이|해설|^(?:답|정답|답변|값|after|value|answer|description|meaning|definition|details?|explanation|notes?|remarks?|summary)$/iu;

/**
 * The header of a two-column table's second column, where it names one property of each row (`| 서비스 |
 * 포트 |`, `| 계층 | PDU |`): a row is asked for it (`SSH의 포트는?`), as `SSH란?` would not be answered by
 * `22`. A describing header (`설명`, `내용`) or a long one asks nothing of the kind.
 */
export function propertyHeader(header: string): string | undefined {
  const name = header.trim();
  if (name === '' || name.length > 12 || name.split(/\s+/u).length > 2 || !/\p{L}/u.test(name) || DESCRIPTION_HEADERS.test(name)) return undefined;
  return name;
}

/** Headers of a column of names (`| 용어 | … |`, `| 구분 | … |`), beside the aspects and describing headers. */
const NAME_COLUMN_HEADERS = /^(?:이름|명칭|용어|단어|키워드|약어|약자|구분|형태|name|term|keyword|item|type|kind|key)$/iu;
/** Prefixes that make a value its opposite (`연결형` and `비연결형`): two values of one column. */
const NEGATING_PREFIX = /^(?:비|무|불|반|미)$/u;

type CellShape = 'number' | 'capitals' | 'latin' | 'hangul' | 'other';

/** How a cell is written: a number, a name in capitals (`TCP`, `S3`, `HTTP/2`), other Latin, or Korean. */
function cellShape(cell: string): CellShape {
  if (/^\d/u.test(cell)) return 'number';
  if (/[\uac00-\ud7a3]/u.test(cell)) return 'hangul';
  if (/^[A-Z][A-Z0-9./+-]+$/u.test(cell)) return 'capitals';
  return /[A-Za-z]/u.test(cell) ? 'latin' : 'other';
}

/** `비연결형` is `연결형` negated (or the other way round). */
function negates(value: string, other: string): boolean {
  return value.length > other.length && value.endsWith(other) && NEGATING_PREFIX.test(value.slice(0, value.length - other.length));
}

/**
 * A two-column table written without a header (`| TCP | 연결형 |`, `|---|---|`, `| UDP | 비연결형 |`):
 * Markdown makes its first row the header, but it reads as a row like the others. No cell of it labels
 * its column (`구분`, `설명`, `특징`, or the word the column's cells end in, `계층` over `물리 계층`), each is
 * written as its column's cells are, and one column shows it is a value: names in capitals (`TCP` among
 * `UDP`, `SCTP`), numbers (`22` among `80`), a value whose opposite is below it (`연결형`, `비연결형`), or
 * a phrase describing (`실행 중인 프로그램`), which no header is.
 */
export function headerReadsAsRow(header: readonly [string, string], rows: readonly (readonly [string, string])[]): boolean {
  if (rows.length === 0) return false;
  const column = (n: 0 | 1) => rows.map((row) => row[n]);
  const labels = (cell: string, cells: readonly string[]) =>
    cell === '' ||
    isAspectTitle(cell) ||
    DESCRIPTION_HEADERS.test(cell) ||
    NAME_COLUMN_HEADERS.test(cell) ||
    isComparisonCorner(cell) ||
    cells.some((below) => below.length > cell.length && below.endsWith(cell) && !negates(below, cell));
  const shaped = (cell: string, cells: readonly string[]) => cells.some((below) => cellShape(below) === cellShape(cell));
  for (const n of [0, 1] as const) {
    if (labels(header[n], column(n)) || !shaped(header[n], column(n))) return false;
  }
  const [name, value] = header;
  const every = (cells: readonly string[], shape: CellShape) => cells.every((cell) => cellShape(cell) === shape);
  return (
    (cellShape(name) === 'capitals' && every(column(0), 'capitals')) ||
    (cellShape(value) === 'number' && every(column(1), 'number')) ||
    column(1).some((below) => negates(below, value) || negates(value, below)) ||
    (value.split(/\s+/u).length >= 3 && DESCRIBES.test(value))
  );
}
