/**
 * Blocks that only lead elsewhere and make no card: navigation lines (`[Top](#…)`), lists of links or
 * of wikilinks, tables of contents, and the author's preface right under the note's title.
 */
import type { Blockquote, List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isTitleLike, LIST_TITLE_MAX } from '../title-rules/names.js';
import { isNavigationLinks, isPreface } from '../title-rules/references.js';
import { splitTerm } from '../title-rules/terms.js';
import { end, start } from './source.js';
import type { ExtractionState } from './state.js';

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
 * A list of in-page links (`- [OSI 7계층](#osi-7계층)`), nested or not, of short labels otherwise:
 * most of its items are such links, or every top-level one is (its sub-items may name the parts of
 * a section without links of their own).
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
