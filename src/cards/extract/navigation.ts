/**
 * Blocks that only lead elsewhere and make no card: navigation lines (`[Top](#…)`), lists of links or
 * of wikilinks, tables of the works notes come from and their licences, tables of contents, and the
 * author's preface right under the note's title; and, under `## 참고`, the sentences that lead nowhere.
 */
import type { Blockquote, List, Node, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isTitleLike, LIST_TITLE_MAX } from '../title-rules/names.js';
import { isLicenceHeader, isNavigationLinks, isPreface, isReferenceLine } from '../title-rules/references.js';
import { splitTerm } from '../title-rules/terms.js';
import { end, start } from './source.js';
import { ASIDE_SECTION, type ExtractionState } from './state.js';

/** A line or blockquote made only of navigation links: `[Top](#…) [뒤로](…)`. */
export function isNavigation(node: Paragraph | Blockquote): boolean {
  const paragraph = node.type === 'blockquote' ? node.children[0] : node;
  if (paragraph?.type !== 'paragraph') return false;
  const linkTexts: string[] = [];
  let other = '';
  for (const child of paragraph.children) {
    if (child.type === 'link' || child.type === 'linkReference') linkTexts.push(toString(child));
    else other += toString(child);
  }
  return isNavigationLinks(linkTexts, other);
}

/** A blockquote or list holding only links: a reference list. */
export function isLinkList(node: Blockquote | List): boolean {
  const list = node.type === 'list' ? node : node.children.length === 1 ? node.children[0] : undefined;
  if (list?.type !== 'list') return false;
  return list.children.every((item) => {
    const paragraph = item.children[0];
    return (
      item.children.length === 1 &&
      paragraph?.type === 'paragraph' &&
      paragraph.children.some((child) => child.type === 'link') &&
      paragraph.children.every((child) => child.type === 'link' || (child.type === 'text' && !/[\p{L}\p{N}]/u.test(child.value)))
    );
  });
}

/**
 * `| 파일 | 저장소 | 라이선스 |` over a row per work, each with its link (`[gyoogle/…](https://github.com/…)`,
 * `MIT`): an attribution table, the sources of the notes and their licences. No card, as a list of links.
 */
export function isSourcesTable(table: Table): boolean {
  const [header, ...rows] = table.children;
  // A licence column that names the rows (`| 라이선스 | 특징 | 원문 |`) makes the licences the table's topic.
  if (header === undefined || rows.length === 0 || !header.children.slice(1).some((cell) => isLicenceHeader(toString(cell)))) return false;
  return rows.every((row) => row.children.some((cell) => cell.children.some((child) => child.type === 'link' && /^https?:/iu.test(child.url))));
}

/**
 * A list of in-page links (`- [OSI 7계층](#osi-7계층)`), nested or not, of short labels otherwise:
 * most of its items are such links, or every top-level one is (its sub-items may name the parts of
 * a section without links of their own). Not where an item says what its link's section is (`-
 * [프로세스](#프로세스) : 실행 중인 프로그램`): that is a term, kept as any.
 */
export function isTableOfContents(state: ExtractionState, list: List): boolean {
  const pending: List[] = [list];
  let links = 0;
  let labels = 0;
  let topLinks = 0;
  const unlinked: Paragraph[] = [];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const item of current.children) {
      for (const block of item.children) {
        if (block.type === 'list') pending.push(block);
        else if (block.type !== 'paragraph') return false;
        else if (block.children.some((child) => child.type === 'link' && child.url.startsWith('#'))) {
          // `- [프로세스](#프로세스) : 실행 중인 프로그램` says what its section is: content, no table of contents.
          if (describesItsLink(block)) return false;
          links++;
          if (current === list) topLinks++;
        } else unlinked.push(block);
      }
    }
  }
  // Most lists link to no heading, which is told before any line is read as a label (that cost every list).
  if (links === 0) return false;
  for (const block of unlinked) {
    if (isTitleLike(toString(block), LIST_TITLE_MAX) && !splitTerm(state.firstLineSource(block))) labels++;
    else return false;
  }
  const everyTopItemLinks = list.children.length >= 2 && topLinks === list.children.length;
  return links > 0 && (links >= labels || everyTopItemLinks);
}

/** Words beside an item's link (`: 실행 중인 프로그램`), not its number (`1.`) nor a separator. */
function describesItsLink(paragraph: Paragraph): boolean {
  const beside = paragraph.children.filter((child) => child.type !== 'link').map((child) => toString(child)).join('');
  return /\p{L}{2,}/u.test(beside.replace(/^\s*\d+[.)]\s*/u, ''));
}

/**
 * A list of nothing but wikilinks (`- [[TCP]]`, `- [[UDP]]`, nested or not): the notes a note leads to,
 * each a deck of its own, as a vault's table of contents or its related notes list them. No answer.
 */
export function isWikilinkList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((block) =>
      block.type === 'list'
        ? isWikilinkList(block)
        : block.type === 'paragraph' &&
          block.children.some((child) => child.type === 'link' && child.data?.wikilink === true) &&
          block.children.every((child) => (child.type === 'link' && child.data?.wikilink === true) || (child.type === 'text' && !/[\p{L}\p{N}]/u.test(child.value))),
    ),
  );
}

/**
 * Under an aside's heading (`### 참고`, `## 참고 사항`; see isAsideHeading), a paragraph, list, item or quote of
 * sentences (`UDP는 DNS 질의에 쓰인다.`, `- QUIC도 UDP 위에서 동작한다.`) with no link: a fact of the topic
 * set apart, not a source. Each of its lines ends as a sentence does; a link, an image, a citation
 * (`컴퓨터 네트워크, 쿠로스, 2017`), a `출처:` line or one saying where the note comes from (`모든 내용은 책을
 * 참고했다.`, see isPreface) leaves it a reference, left out with its section.
 */
export function isAsideStatement(state: ExtractionState, node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote') return false;
  const text = toString(node);
  if (leadsElsewhere(node) || /https?:\/\/|www\./iu.test(text) || isPreface(state.source.slice(start(node), end(node)), true)) return false;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.every((line) => STATEMENT_END.test(line) && !isReferenceLine(line));
}

/**
 * A block under `## 참고` (see isAsideHeading): its sentences go on the card of the section it stands in,
 * the rest is left out as a reference section's is; in a list, item by item (`- QUIC도 UDP 위에서 동작한다.`
 * kept, `- [RFC 768](…)` left out).
 */
export function readAside(state: ExtractionState, node: RootContent): void {
  if (isAsideStatement(state, node)) {
    state.explain(node);
    return;
  }
  state.decide(node, 'dropped', undefined, ASIDE_SECTION);
  if (node.type !== 'list') return;
  for (const item of node.children) {
    if (!isAsideStatement(state, item)) continue;
    state.explain(item);
    state.decisions[state.decisions.length - 1]!.block = 'list item';
  }
}

/** A link, an image or HTML anywhere in a block. */
function leadsElsewhere(node: Node): boolean {
  if (LEADING_ELSEWHERE.has(node.type)) return true;
  return 'children' in node && Array.isArray(node.children) && (node.children as Node[]).some(leadsElsewhere);
}

const LEADING_ELSEWHERE: ReadonlySet<string> = new Set(['link', 'linkReference', 'image', 'imageReference', 'html']);

/** How a Korean sentence ends: `…쓰인다.`, `…있어요`, `…필요함`, `…없음`. */
const STATEMENT_END = /[\uac00-\ud7a3](?:다|요|함|음|임|됨)[.!]?$/u;

/**
 * Right under the note's `#` title, before anything it explains: an author's preface (`이 문서는 …
 * 정리한 것입니다`), and a list of only links (to the other pages of the author's notes). Either would
 * make a card asking about the note itself.
 */
export function isPrefaceBlock(state: ExtractionState, node: RootContent): boolean {
  const owner = state.current();
  if (owner === undefined || owner !== state.deckTitle || owner.parts.length > 0) return false;
  if (node.type === 'list') return isLinkList(node);
  return (node.type === 'paragraph' || node.type === 'blockquote') && isPreface(state.source.slice(start(node), end(node)), state.prefaceGoesOn);
}
